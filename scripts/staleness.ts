/**
 * When a build output is stale: `npm start` (start.ts) and the workbench e2e (packages/web/e2e)
 * rebuild the CLI or the web app only when an output is older than its newest source.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const sourcesOf = (packages: string[]) => packages.map((p) => join(repoRoot, 'packages', p, 'src'));

/** Newest modification time under `path` (files and folders, skipping node_modules and dist). */
export function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    time = Math.max(time, newest(join(path, entry)));
  }
  return time;
}

/** True when `output` is missing or older than anything under `sources`. */
export function stale(output: string, sources: readonly string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => newest(s) > built);
}

/** The sources of the CLI bundle (packages/cli/dist/parley.js). */
export function cliSources(): string[] {
  const cli = join(repoRoot, 'packages/cli');
  return [...sourcesOf(['model', 'engines', 'report', 'cli']), join(cli, 'tsup.config.ts')];
}

/** The sources of the web app (packages/web/dist). */
export function webSources(): string[] {
  const web = join(repoRoot, 'packages/web');
  return [
    ...sourcesOf(['model', 'engines', 'report', 'views', 'web']),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
  ];
}
