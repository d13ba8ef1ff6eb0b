/**
 * Starts a worker thread for a module. From TypeScript sources (tsx, vitest) the worker first
 * registers tsx's loader through a one-line bootstrap, since Node 20 cannot load `.ts` itself
 * (research/ecosystem.md, the piscina pitfall; packages/cli/src/pool/workerPool.ts does the
 * same); built JavaScript starts directly.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export function startWorker(url: URL, resourceLimits?: ResourceLimits): Worker {
  const options = resourceLimits ? { resourceLimits } : {};
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const boot = [
    `import(${JSON.stringify(tsxEsmApi())})`,
    `.then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`,
    '.catch((error) => { console.error(error); process.exit(1); });',
  ].join('');
  return new Worker(boot, { ...options, eval: true });
}

/** URL of tsx's ESM registration API (its `import` export of `tsx/esm/api`). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require('tsx/package.json') as {
    exports: Record<string, { import: { default: string } }>;
  };
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}
