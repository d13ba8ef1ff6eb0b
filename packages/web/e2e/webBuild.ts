/**
 * The built web app the test serves: packages/web/dist, rebuilt (`npm run build -w @parley/web`)
 * only when it is missing or older than any of its sources — the app's own and the workspace
 * packages it bundles — as `npm start` decides (scripts/start.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const web = join(repoRoot, 'packages/web');
/** PARLEY_E2E_WEB: serve another build of the app (then nothing is built). */
export const webDist = process.env.PARLEY_E2E_WEB ?? join(web, 'dist');

/** Newest modification time under `path`, skipping node_modules and dist. */
function newest(path: string): number {
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

const SOURCES = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  ...['model', 'engines', 'report', 'views'].map((p) => join(repoRoot, 'packages', p, 'src')),
];

/** True when the dist is missing or older than a source. */
export function distIsStale(): boolean {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newest(s) > built);
}

/** Builds the web app when it is stale; throws when the build fails. */
export function ensureBuilt(): void {
  if (process.env.PARLEY_E2E_WEB) return;
  if (!distIsStale()) return;
  console.log('  building the web app (vite)…');
  const result = spawnSync('npm', ['run', 'build', '--silent', '-w', '@parley/web'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the web build failed (exit ${result.status})`);
}
