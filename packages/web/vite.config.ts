/**
 * Vite build of the Parley workbench. The app makes no request outside its own origin: no web
 * fonts, no CDNs. The built index.html carries a strict Content-Security-Policy (no inline
 * scripts, no eval); the dev server leaves it out because React's fast refresh injects an inline
 * preamble. `/api` is proxied to the Parley server (PARLEY_API_URL) in dev and preview.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The policy of the built app; docs/web.md explains each directive. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'parley-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

const api = process.env.PARLEY_API_URL ?? 'http://127.0.0.1:8080';
const proxy = { '/api': { target: api, changeOrigin: false } };

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // Heavy views (sigma, echarts) are split off with import(); this only silences the warning
    // for the engine worker, which bundles every engine on purpose.
    chunkSizeWarningLimit: 900,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Name the shared chart and graph libraries after themselves, not after whichever app
        // module happened to be bundled with them.
        advancedChunks: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ },
            { name: 'sigma', test: /node_modules[\\/](sigma|graphology)/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', proxy, fs: { allow: ['../..'] } },
  preview: { host: '127.0.0.1', proxy },
});
