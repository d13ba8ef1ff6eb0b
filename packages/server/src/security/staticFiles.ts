/**
 * Serving the web app's files from one directory, and nothing outside it. A request path is
 * decoded once, split into segments, and refused (404, the same answer as a missing file, so
 * probing learns nothing) when a segment is empty of meaning (`.`, `..`), hidden (`.env`),
 * holds a NUL or a backslash; the joined path must stay under the root, and so must its real
 * path after symbolic links. Paths without an extension that match no file get `index.html`,
 * so the single-page app can own its routes.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.yaml': 'application/yaml; charset=utf-8',
};

/** The segments of a URL path, or undefined when any of them is unsafe. */
export function safeSegments(urlPath: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.') || s.includes(':'))) return undefined;
  return segments;
}

/** The file a URL path names under `root` (no existence check), or undefined when unsafe. */
export function resolveUnder(root: string, urlPath: string): string | undefined {
  const segments = safeSegments(urlPath);
  if (!segments) return undefined;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

async function fileAt(root: string, realRoot: string, path: string): Promise<string | undefined> {
  try {
    let target = path;
    if ((await stat(target)).isDirectory()) target = join(target, 'index.html');
    const real = await realpath(target);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

export function registerStaticFiles(app: FastifyInstance, webDir: string): void {
  const root = resolve(webDir);
  let realRoot: string | undefined;
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    realRoot ??= await realpath(root).catch(() => root);
    const wanted = resolveUnder(root, path);
    let file = wanted && (await fileAt(root, realRoot, wanted));
    if (!file && wanted && extname(wanted) === '')
      file = await fileAt(root, realRoot, join(root, 'index.html'));
    if (!file) return reply.code(404).send({ error: 'not-found', message: 'no such file' });
    const size = (await stat(file)).size;
    return reply
      .type(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
      .header('content-length', size)
      .header('cache-control', 'no-cache')
      .send(createReadStream(file));
  };
  app.get('/*', { schema: { hide: true } }, serve);
  app.get('/', { schema: { hide: true } }, serve);
}
