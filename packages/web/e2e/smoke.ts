/**
 * End-to-end smoke test of the built workbench: `vite preview` on 127.0.0.1, the system's
 * chromium driven by playwright-core (no browser download), every view opened on the flagship
 * scenario at 1280×800 and 1920×1080, with screenshots written to docs/screenshots/.
 *
 * Fails when a page logs an error, the CSP reports a violation, the app requests anything
 * outside its own origin, axe-core finds an accessibility violation, or a view does not show
 * what it should.
 *
 *     npm run e2e -w @parley/web          (builds first)
 *     CHROMIUM=/path/to/chromium tsx e2e/smoke.ts
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium, reportCspViolations, watch, type Problems } from './browser.ts';
import { accessibilityProblems } from './accessibility.ts';
import { SCENES, type Scene } from './scenes.ts';

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = resolve(here, '..');
const shots = resolve(webRoot, '../../docs/screenshots');
const SIZES: { width: number; height: number }[] = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

async function runScene(
  browser: Browser,
  origin: string,
  scene: Scene,
  size: { width: number; height: number },
) {
  const problems: Problems = { list: [] };
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  const page = await context.newPage();
  watch(page, origin, problems);
  await reportCspViolations(page);
  const started = performance.now();
  await page.goto(`${origin}/${scene.hash}`);
  await scene.check(page);
  const ms = Math.round(performance.now() - started);
  const layout = await page.evaluate(() => ({
    // The page itself must never scroll sideways: wide content scrolls inside its own region.
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    overflowY: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  problems.list.push(...(await accessibilityProblems(page)));
  if (!scene.scrolls) {
    if (layout.overflowX > 0) problems.list.push(`page scrolls sideways by ${layout.overflowX}px`);
    if (layout.overflowY > 0) problems.list.push(`page scrolls down by ${layout.overflowY}px`);
  }
  const file = join(shots, `${scene.name}-${size.width}x${size.height}.png`);
  await page.screenshot({ path: file });
  await scene.after?.(page);
  await context.close();
  return { problems: problems.list, ms, file };
}

async function main() {
  mkdirSync(shots, { recursive: true });
  // PARLEY_E2E_URL: test a running Parley server (which serves the built app) instead.
  const external = process.env.PARLEY_E2E_URL?.replace(/\/$/, '');
  const server = external
    ? null
    : await preview({
        // Not vite.config.ts: its /api proxy would log every failed /api/health probe.
        configFile: false,
        root: webRoot,
        logLevel: 'warn',
        preview: { host: '127.0.0.1', port: 0, strictPort: false },
      });
  const origin = external ?? server?.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!origin) throw new Error('vite preview did not start');
  const browser = await launchChromium();
  let failed = 0;
  const only = process.argv[2];
  try {
    for (const scene of SCENES.filter((s) => !only || s.name.includes(only))) {
      for (const size of scene.sizes ?? SIZES) {
        const label = `${scene.name} at ${size.width}×${size.height}`;
        try {
          const { problems, ms, file } = await runScene(browser, origin, scene, size);
          if (problems.length > 0) {
            failed++;
            console.log(`✗ ${label} (${ms} ms)\n  ${problems.join('\n  ')}`);
          } else console.log(`✓ ${label} (${ms} ms) → ${file}`);
        } catch (error) {
          failed++;
          console.log(`✗ ${label}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server?.close();
  }
  console.log(failed === 0 ? 'e2e: all scenes passed' : `e2e: ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
