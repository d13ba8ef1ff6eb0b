/**
 * What the browser tests share: the system's chromium (no browser download; CHROMIUM overrides
 * the path) and the watch on a page that turns console errors, page errors, CSP violations,
 * failed responses and requests outside the app's origin into problems.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export interface Problems {
  list: string[];
}

/** Responses the app fails on purpose: the library probes /api/health to find the server. */
const PROBES = [/\/api\/health$/];

/**
 * Records what must not happen on `page` into `problems`. Returns a function that stops the
 * recording (for a page whose server is about to be killed on purpose).
 */
export function watch(page: Page, origin: string, problems: Problems): () => void {
  let on = true;
  const add = (text: string) => {
    if (!on) return;
    problems.list.push(text);
    // PARLEY_E2E_DEBUG=1 prints problems as they happen, between the checks that caused them.
    if (process.env.PARLEY_E2E_DEBUG) console.log(`  ! ${text}`);
  };
  page.on('console', (m) => {
    // Failed loads are judged below, by URL.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      add(`console error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !PROBES.some((p) => p.test(r.url()))) {
      add(`HTTP ${r.status()} for ${r.url()}`);
    }
  });
  page.on('pageerror', (e) => add(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      add(`request outside the app's origin: ${url}`);
    }
  });
  return () => {
    on = false;
  };
}

/** Reports every Content-Security-Policy violation as a console error (which watch records). */
export async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
}
