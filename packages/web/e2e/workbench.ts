/**
 * End-to-end test of the workbench in a real browser against its own Parley server: load the
 * app, open the flagship scenario, run every analysis view and check that it shows what the
 * engines compute (run here in Node on the same scenario text), type an error into the YAML
 * editor and see its diagnostic, fix it, save a copy and a second version, restart the server
 * (SIGTERM, then SIGKILL right after a save was acknowledged) on the same data directory and
 * find every edit again. Screenshots of each view at 1280×800 go to
 * docs/screenshots/workbench-<view>.png.
 *
 * Fails on console errors, page errors, CSP violations, HTTP ≥ 400 (but the /api/health probe)
 * and requests outside the app's origin; gives up after PARLEY_E2E_TIMEOUT seconds (300).
 *
 *     npm run e2e:workbench -w @parley/web        (builds first)
 *     npx tsx packages/web/e2e/workbench.ts       (builds only when the dist is stale)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '@parley/model';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type ServerProcess } from '../../../scripts/serverProcess.ts';
import { checkComparison, checkForecast, checkGames, checkNegotiation } from './analysisChecks.ts';
import { launchChromium, reportCspViolations, watch, type Problems } from './browser.ts';
import { Checklist, StepFailed } from './checklist.ts';
import { checkEditAndSave, checkPersisted, saveAnotherVersion } from './editorChecks.ts';
import {
  compareExpected,
  forecastExpected,
  forecastRanges,
  gamesExpected,
  gmcrExpected,
  negotiateExpected,
  scenarioOf,
} from './expected.ts';
import { checkGmcr } from './gmcrChecks.ts';
import { ensureBuilt, repoRoot, webDist } from './webBuild.ts';

const FLAGSHIP = join(repoRoot, 'catalog/korean-peninsula-2018.yaml');
const SHOTS = join(repoRoot, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_S = Number(process.env.PARLEY_E2E_TIMEOUT ?? 300);

/** Everything to stop, whatever happens. */
const running: {
  servers: Set<ServerProcess>;
  browser: Browser | null;
  data: string | null;
  /** The page in use, for a screenshot when a step fails. */
  page: Page | null;
} = { servers: new Set(), browser: null, data: null, page: null };
const FAILURE_SHOT = join(tmpdir(), 'parley-e2e-workbench-failure.png');

async function cleanUp(): Promise<void> {
  await running.browser?.close().catch(() => undefined);
  running.browser = null;
  await Promise.all([...running.servers].map((s) => s.stop('SIGKILL')));
  running.servers.clear();
  if (running.data) rmSync(running.data, { recursive: true, force: true });
  running.data = null;
}

async function serve(data: string): Promise<ServerProcess> {
  const server = await startServer(['--data', data, '--web', webDist]);
  running.servers.add(server);
  return server;
}

async function stop(server: ServerProcess, signal: NodeJS.Signals): Promise<number | null> {
  const code = await server.stop(signal);
  running.servers.delete(server);
  return code;
}

interface Session {
  context: BrowserContext;
  page: Page;
  problems: Problems;
  /** Stops recording problems (before the server is killed under the page). */
  quiet: () => void;
}

async function openSession(browser: Browser, origin: string, hash: string): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: Problems = { list: [] };
  const quiet = watch(page, origin, problems);
  running.page = page;
  await reportCspViolations(page);
  await page.goto(`${origin}/${hash}`);
  return { context, page, problems, quiet };
}

/** The page's recorded problems as one check, then closes its context. */
async function closeSession(c: Checklist, session: Session, what: string) {
  await c.check(
    `${what}: no console error, page error, CSP violation, failed response or foreign request`,
    async () => session.problems.list.length === 0 || session.problems.list.join('\n'),
  );
  await session.context.close();
}

const shooter = (page: Page) => async (name: string) => {
  // The checks scroll charts into view; the screenshot shows the view from its top.
  await page.locator('.scroll-body').evaluateAll((els) => els.forEach((e) => (e.scrollTop = 0)));
  await page.screenshot({ path: join(SHOTS, `workbench-${name}.png`) });
};

const navTo = (page: Page, label: string) =>
  page
    .getByRole('navigation', { name: 'Workbench' })
    .getByRole('link', { name: label, exact: true })
    .click();

/** What the engines compute for the flagship, in Node. */
function expectations(scenario: Scenario) {
  const started = performance.now();
  const gmcr = gmcrExpected(scenario);
  const expected = {
    gmcr,
    forecast: forecastExpected(scenario),
    monteCarlo: { runs: 200, seed: 1, ranges: forecastRanges(scenario, 200, 1) },
    negotiate: negotiateExpected(scenario),
    games: gamesExpected(gmcr.analysis),
    compare: compareExpected(scenario),
  };
  console.log(`  (engines in Node: ${Math.round(performance.now() - started)} ms)`);
  return expected;
}

/** Every analysis view of the flagship, reached through the library and the navigation. */
async function checkAnalyses(
  page: Page,
  c: Checklist,
  scenario: Scenario,
  expected: ReturnType<typeof expectations>,
) {
  const shot = shooter(page);
  await c.step('Library: the server backs the library and lists the flagship', async () => {
    await page
      .locator('header .badge.accent', { hasText: /^server$/ })
      .waitFor({ timeout: 30_000 });
    await page.locator('.card h3', { hasText: scenario.title }).waitFor({ timeout: 30_000 });
    await shot('library');
    await page.locator('.card h3 a', { hasText: scenario.title }).click();
  });
  await c.step('Editor: the flagship opens from the library', () =>
    page.locator('header .badge.good', { hasText: 'valid' }).waitFor({ timeout: 60_000 }),
  );
  await navTo(page, 'GMCR stability');
  await checkGmcr(page, c, expected.gmcr, shot);
  await navTo(page, 'Forecast');
  await checkForecast(page, c, expected.forecast, shot, 'Forecast', expected.monteCarlo);
  await navTo(page, 'Negotiation');
  await checkNegotiation(page, c, expected.negotiate, shot);
  await navTo(page, 'Games');
  await checkGames(page, c, expected.games, shot);
  // The same view computed in the page's own engine worker instead of on the server.
  const local = page.getByLabel('compute in this browser');
  await c.step(
    'Games: "compute in this browser" moves the analysis to the engine worker',
    async () => {
      await local.check();
      await page
        .locator('.computed-on', { hasText: 'computed in this browser' })
        .waitFor({ timeout: 120_000 });
    },
  );
  await checkGames(page, c, expected.games, undefined, 'Games in this browser');
  await local.uncheck();
  await navTo(page, 'Comparison');
  await checkComparison(page, c, scenario, expected.compare, shot);
}

async function run(c: Checklist): Promise<void> {
  await c.step('The web app is built and up to date', async () => {
    ensureBuilt();
  });
  const catalogText = readFileSync(FLAGSHIP, 'utf8');
  const scenario = scenarioOf(catalogText);
  const expected = expectations(scenario);

  mkdirSync(SHOTS, { recursive: true });
  running.data = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  let server = await serve(running.data);
  console.log(`  server ${server.url}, data ${running.data}`);
  const browser = (running.browser = await launchChromium());
  const tag = Math.random().toString(36).slice(2, 8);

  // 1. The analyses; 2. an error, its diagnostic, the fix, two saves.
  let session = await openSession(browser, server.url, '#/');
  await checkAnalyses(session.page, c, scenario, expected);
  await navTo(session.page, 'YAML editor');
  let saved = await checkEditAndSave(session.page, c, catalogText, tag, shooter(session.page));
  console.log(`  saved ${saved.id} version ${saved.version}`);
  await closeSession(c, session, 'Analyses and editing');

  // 3. SIGTERM: a clean shutdown keeps everything, and the views run on the restored copy.
  await c.check('Restart: the server stops cleanly on SIGTERM (exit code 0)', async () => {
    const code = await stop(server, 'SIGTERM');
    return code === 0 || `exit code ${code}`;
  });
  server = await serve(running.data);
  session = await openSession(browser, server.url, '#/');
  await checkPersisted(session.page, c, saved, 'After SIGTERM and restart', shooter(session.page));
  await shooter(session.page)('history');
  const edited = forecastExpected(scenarioOf(saved.text));
  await c.check(
    'The saved salience edit changes the engine forecast (so the next check means something)',
    async () =>
      JSON.stringify(edited) !== JSON.stringify(expected.forecast) || 'no forecast changed',
  );
  await navTo(session.page, 'Forecast');
  await checkForecast(session.page, c, edited, undefined, 'Forecast of the restored copy');
  await navTo(session.page, 'YAML editor');

  // 4. SIGKILL right after a save was acknowledged: the save survives.
  saved = await saveAnotherVersion(session.page, c, saved, `e2e ${tag}: saved just before SIGKILL`);
  console.log(`  saved ${saved.id} version ${saved.version}; killing the server`);
  session.quiet();
  await stop(server, 'SIGKILL');
  await closeSession(c, session, 'Before SIGKILL');
  server = await serve(running.data);
  session = await openSession(browser, server.url, '#/');
  await checkPersisted(session.page, c, saved, 'After SIGKILL and restart');
  await closeSession(c, session, 'After the restarts');
}

async function main(): Promise<void> {
  const c = new Checklist();
  const began = performance.now();
  const timer = setTimeout(() => {
    console.log(`✗ gave up after ${TIMEOUT_S} s`);
    void cleanUp().finally(() => process.exit(1));
  }, TIMEOUT_S * 1000);
  try {
    await run(c);
  } catch (error) {
    if (!(error instanceof StepFailed))
      c.failures.push(`error: ${(error as Error).stack ?? error}`);
    console.log(`✗ ${(error as Error).message}`);
    const shot = await running.page
      ?.screenshot({ path: FAILURE_SHOT, timeout: 5_000 })
      .catch(() => null);
    if (shot) console.log(`  the page when it stopped: ${FAILURE_SHOT}`);
  } finally {
    clearTimeout(timer);
    await cleanUp();
  }
  const s = Math.round((performance.now() - began) / 100) / 10;
  if (c.failures.length === 0) {
    console.log(`e2e workbench: ${c.passed} checks passed (${s} s)`);
  } else {
    console.log(`e2e workbench: ${c.failures.length} failed, ${c.passed} passed (${s} s)`);
    for (const f of c.failures) console.log(`  - ${f.split('\n')[0]}`);
  }
  process.exitCode = c.failures.length === 0 ? 0 : 1;
}

await main();
