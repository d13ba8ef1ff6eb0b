/**
 * The built web app the test serves: packages/web/dist, rebuilt (`npm run build -w @parley/web`)
 * only when it is missing or older than any of its sources — the app's own and the workspace
 * packages it bundles — as `npm start` decides (scripts/staleness.ts).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, stale, webSources } from '../../../scripts/staleness.ts';

export { repoRoot };
/** PARLEY_E2E_WEB: serve another build of the app (then nothing is built). */
export const webDist = process.env.PARLEY_E2E_WEB ?? join(repoRoot, 'packages/web/dist');

/** True when the dist is missing or older than a source. */
export const distIsStale = (): boolean => stale(join(webDist, 'index.html'), webSources());

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
