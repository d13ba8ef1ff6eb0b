/**
 * The GMCR view against the engine: counts, the state graph, the equilibria the option-form
 * table lists under each concept, the status quo mark and the explanation of a chosen state.
 */
import type { Page } from 'playwright-core';
import { Checklist } from './checklist.ts';
import { drawnColours, textMatching, visible } from './dom.ts';
import { CONCEPT_LABELS, conceptsOfState, stabilityLabels, type GmcrExpected } from './expected.ts';

type Shot = (name: string) => Promise<void>;

export async function checkGmcr(page: Page, c: Checklist, g: GmcrExpected, shot: Shot) {
  await c.step('GMCR: the analysis finishes and the state graph settles', async () => {
    await visible(page, '.graph-canvas', 120_000);
    await visible(page, '.state-graph figcaption >> text=click a state', 120_000);
  });
  await c.check('GMCR: feasible states and decision makers as the engine counts them', async () => {
    const text = await page.locator('.gmcr > .toolbar > .muted').first().textContent();
    const want = `${g.stateCount.toLocaleString('en-US')} feasible states · ${g.movers.length} decision makers`;
    return text?.includes(want) || `shown "${text}", expected "${want}"`;
  });
  await c.check('GMCR: equilibrium count per concept equals the engine', async () => {
    const chips = await page.locator('.gmcr button.chip').allTextContents();
    const want = g.concepts.map(
      (k) => `${CONCEPT_LABELS[k]} ${g.equilibria[k]!.length.toLocaleString('en-US')}`,
    );
    return Checklist.same('chips', chips.map(squash), want);
  });
  await c.check('GMCR: the state graph has every state and draws moves', async () => {
    const label = await page.locator('.graph-canvas').getAttribute('aria-label');
    const m = /State graph: (\d+) states, (\d+) moves drawn/.exec(label ?? '');
    if (!m) return `no state/move counts in the graph's label: ${label}`;
    if (Number(m[1]) !== g.stateCount)
      return `${m[1]} states in the graph, ${g.stateCount} expected`;
    if (Number(m[2]) === 0) return 'no move drawn';
    const colours = await drawnColours(page.locator('.graph-canvas'));
    return colours >= 8 || `the graph canvas looks blank (${colours} colours)`;
  });
  await shot('gmcr-graph');

  const sq = g.statusQuo + 1;
  await c.check(
    `GMCR: the explanation opens on the status quo (state ${sq}), one row per decision maker`,
    async () => {
      await textMatching(page.locator('#explain-h'), new RegExp(`^State ${sq}\\s*status quo$`));
      await visible(page, '.explain .stability-grid', 60_000);
      return explanationMatches(page, g, sq);
    },
  );

  for (const concept of g.concepts) {
    const label = CONCEPT_LABELS[concept]!;
    const want = g.equilibria[concept]!;
    await c.check(
      `GMCR: the table lists the ${want.length} ${label} equilibria of the engine`,
      async () => {
        await page.locator('.gmcr button.chip', { hasText: new RegExp(`^${label}\\b`) }).click();
        await textMatching(
          page.locator('.table-count'),
          new RegExp(`^${want.length} of ${g.stateCount} states match`),
        );
        let shown = await listedStates(page, 2);
        if (shown.length !== want.length) shown = await listedStates(page, 6);
        return Checklist.same(`${label} equilibria (1-based state ids)`, shown, want);
      },
    );
  }

  const nash = g.equilibria.nash ?? [];
  const chosen = nash.find((id) => id !== sq) ?? nash[0];
  if (chosen !== undefined) {
    await c.check(
      `GMCR: choosing state ${chosen} in the table explains it for every decision maker`,
      async () => {
        await page.locator('.gmcr button.chip', { hasText: /^Nash\b/ }).click();
        await textMatching(page.locator('.table-count'), new RegExp(`^${nash.length} of`));
        await page
          .locator('.option-form-table tbody tr', {
            has: page.locator(`th:text-matches("^(★ )?${chosen}$")`),
          })
          .click();
        await textMatching(page.locator('#explain-h'), new RegExp(`^State ${chosen}$`));
        await visible(page, '.explain .stability-grid', 60_000);
        const sentence = await page
          .locator('.explain p', { hasText: /Equilibrium under|Not an equilibrium/ })
          .textContent();
        const concepts = conceptsOfState(g, chosen);
        const wantSentence = `Equilibrium under ${concepts.join(', ')}.`;
        if (sentence?.trim() !== wantSentence)
          return `shown "${sentence}", expected "${wantSentence}"`;
        return explanationMatches(page, g, chosen);
      },
    );
    await shot('gmcr-table');
  }

  await c.check(`GMCR: the status quo row (state ${sq}) is marked ★`, async () => {
    const active = page.locator('.gmcr button.chip.active');
    if ((await active.count()) > 0) await active.click();
    await page.getByLabel('Filter states by id or Y/N pattern (- for either)').fill(String(sq));
    await textMatching(page.locator('.table-count'), /^1 of /);
    const row = page.locator('.option-form-table tbody tr[data-row]').first();
    const head = squash((await row.locator('th').textContent()) ?? '');
    const cls = (await row.getAttribute('class')) ?? '';
    if (head !== `★ ${sq}`) return `the row reads "${head}", expected "★ ${sq}"`;
    return cls.includes('status-quo') || `the row's class is "${cls}"`;
  });
}

/** The stability grid: a row per mover, each cell stable/unstable as the engine decided. */
/**
 * The explanation panel of state `id` against the engine, waited for: right after a new state is
 * chosen the panel may still hold the previous state's grid for a frame, then none while the
 * worker explains, so the check is repeated until it holds or 30 s pass.
 */
async function explanationMatches(page: Page, g: GmcrExpected, id: number) {
  const deadline = Date.now() + 30_000;
  let verdict = await explanationMatchesNow(page, g, id);
  while (verdict !== true && Date.now() < deadline) {
    await page.waitForTimeout(100);
    verdict = await explanationMatchesNow(page, g, id);
  }
  return verdict;
}

async function explanationMatchesNow(page: Page, g: GmcrExpected, id: number) {
  const rows = (await page.locator('.explain .stability-grid tbody th').allTextContents()).map(
    squash,
  );
  const names = Checklist.same('decision makers in the explanation', rows, g.movers);
  if (names !== true) return names;
  const cells = await page
    .locator('.explain .stability-grid tbody button.cell-button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  return Checklist.same(
    `stability of state ${id} per decision maker`,
    cells,
    stabilityLabels(g, id),
  );
}

/**
 * The state ids the (virtualised) option-form table lists: scrolled through from the top,
 * `frames` animation frames after each step for the rows to render.
 */
function listedStates(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const scroller = document.querySelector<HTMLElement>('.option-form-scroll')!;
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    const ids = new Set<number>();
    scroller.scrollTop = 0;
    for (let k = 0; k < frames; k++) await new Promise((r) => requestAnimationFrame(r));
    for (let guard = 0; guard < 20_000; guard++) {
      for (const th of scroller.querySelectorAll('tbody tr[data-row] th[scope="row"]')) {
        ids.add(Number((th.textContent ?? '').replace(/\D/g, '')));
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += Math.max(60, Math.floor(scroller.clientHeight * 0.6));
      for (let k = 0; k < frames; k++) await new Promise((r) => requestAnimationFrame(r));
    }
    scroller.scrollTop = 0;
    return [...ids].sort((a, b) => a - b);
  }, frames);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
