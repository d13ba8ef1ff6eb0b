/**
 * Automated accessibility check of a page with axe-core (WCAG 2.x A/AA rules and best
 * practices): every violation, whatever its impact, is a problem. axe runs through the DevTools
 * protocol (`page.evaluate`), which the app's Content-Security-Policy does not govern, so the
 * page is tested under its real policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** One line per axe violation on the page as it stands: rule, impact, help, first element. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const violations = (await page.evaluate(
    `${AXE_SOURCE};axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as Violation[];
  return violations.map(
    (v) =>
      `accessibility (${v.impact ?? 'unknown'}): ${v.id} — ${v.help}; ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ') ?? '?'}`,
  );
}
