/**
 * The forecast, negotiation, games and comparison views against the engines: the numbers each
 * table shows (at the view's precision) equal the ones computed in Node, and every chart drew.
 */
import type { Page } from 'playwright-core';
import type { Scenario } from '@parley/model';
import { Checklist } from './checklist.ts';
import { drawnColours, tableHead, tableRows, visible } from './dom.ts';
import type {
  CompareExpected,
  ForecastExpected,
  GamesExpected,
  NegotiateExpected,
} from './expected.ts';

type Shot = (name: string) => Promise<void>;
/** A drawn ECharts canvas has far more colours than this (series, axes, anti-aliasing). */
const CHART_COLOURS = 8;

const chartDrawn = async (page: Page, selector: string) => {
  await visible(page, `${selector} canvas`, 30_000);
  const colours = await drawnColours(page.locator(selector).first());
  return colours >= CHART_COLOURS || `the chart looks blank (${colours} colours)`;
};

export async function checkForecast(
  page: Page,
  c: Checklist,
  f: ForecastExpected,
  shot?: Shot,
  what = 'Forecast',
  monteCarlo?: { runs: number; seed: number; ranges: string[][] },
) {
  await c.step(`${what}: the models run`, () => visible(page, '.forecast-table tbody tr', 120_000));
  await c.check(
    `${what}: the per-issue model table shows the engine forecasts (1 decimal)`,
    async () => {
      const table = page.locator('.forecast-table');
      const head = await tableHead(table);
      const want = Checklist.same('columns', head, [
        'Issue',
        'Mean',
        'Cap. mean',
        'Median',
        'BDM',
        'SMP',
      ]);
      if (want !== true) return want;
      const rows = (await tableRows(table)).map(([issue = '', ...cells]) => ({
        // The issue cell ends with its scale, e.g. "(0–100)"; a "*" marks a run that did not converge.
        name: issue.replace(/\s*\(\s*-?[\d.]+–-?[\d.]+\)$/, ''),
        cells: cells.map((x) => x.replace(/\s*\*$/, '')),
      }));
      return Checklist.same('forecasts', rows, f.issues);
    },
  );
  await c.check(`${what}: the trajectory chart of the first issue is drawn`, () =>
    chartDrawn(page, '.issue-detail figure'),
  );
  if (monteCarlo) {
    const { runs, seed, ranges } = monteCarlo;
    await c.check(
      `${what}: ${runs} Monte Carlo runs (seed ${seed}) give the engine's 5–95% ranges`,
      async () => {
        await page.getByLabel('Monte Carlo runs').selectOption(String(runs));
        await page.getByLabel('Seed').fill(String(seed));
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        await visible(page, '.forecast-table .range', 120_000);
        const shown = await page
          .locator('.forecast-table tbody tr')
          .evaluateAll((rows) =>
            rows.map((tr) =>
              [...tr.querySelectorAll('td')].map(
                (td) => td.querySelector('.range')?.textContent ?? '',
              ),
            ),
          );
        return Checklist.same('ranges', shown, ranges);
      },
    );
    await c.check(`${what}: the Monte Carlo histogram is drawn`, () =>
      chartDrawn(page, '.issue-detail .chart.short'),
    );
  }
  await shot?.('forecast');
}

export async function checkNegotiation(page: Page, c: Checklist, n: NegotiateExpected, shot: Shot) {
  await c.step('Negotiation: the analysis and sessions finish', () =>
    visible(page, '.negotiate table tbody tr', 180_000),
  );
  await c.check(
    'Negotiation: outcome space and Pareto frontier sizes equal the engine',
    async () => {
      const text = (await page.locator('.negotiate > p').first().textContent()) ?? '';
      const want =
        `${n.outcomes.toLocaleString('en-US')} outcomes over ${n.issues} issues, ${n.parties.length} parties; ` +
        `${n.paretoCount.toLocaleString('en-US')} Pareto-optimal utility vectors.`;
      return text.replace(/\s+/g, ' ').includes(want) || `shown "${text}", expected "${want}…"`;
    },
  );
  await c.check(
    'Negotiation: Nash and Kalai–Smorodinsky outcomes and utilities equal the engine (2 decimals)',
    async () => {
      const table = page.locator('.negotiate table', {
        has: page.locator('caption', { hasText: 'The outcome each solution picks' }),
      });
      const head = await tableHead(table);
      const cols = Checklist.same('columns', head, ['Solution', 'Outcome', ...n.parties]);
      if (cols !== true) return cols;
      const rows = await tableRows(table);
      const shown = Object.fromEntries(
        Object.keys(n.solutions).map((label) => {
          const row = rows.find((r) => r[0] === label);
          return [label, row ? { outcome: row[1], utilities: row.slice(2) } : null];
        }),
      );
      return Checklist.same('solutions', shown, n.solutions);
    },
  );
  await c.check(
    'Negotiation: the simulated sessions end as the engine simulates them',
    async () => {
      const table = page.locator('.negotiate table', {
        has: page.locator('caption', { hasText: 'Stacked alternating offers' }),
      });
      return Checklist.same('sessions', await tableRows(table), n.sessions);
    },
  );
  await c.check('Negotiation: the Pareto chart is drawn', () =>
    chartDrawn(page, '.negotiate figure'),
  );
  await shot('negotiate');
}

export async function checkGames(
  page: Page,
  c: Checklist,
  g: GamesExpected,
  shot?: Shot,
  what = 'Games',
) {
  await c.step(`${what}: the game is solved`, () =>
    visible(page, '.games h3 >> text=Strategic form', 120_000),
  );
  await c.check(
    `${what}: players, strategies and profiles as the engine builds the game`,
    async () => {
      const text = await page.locator('.games p', { hasText: ' players: ' }).first().textContent();
      return (
        text?.replace(/\s+/g, ' ').trim() === g.summary ||
        `shown "${text}", expected "${g.summary}"`
      );
    },
  );
  if (g.players.length === 2) {
    await c.check(
      `${what}: the bimatrix equals the engine strategic form; shaded cells are its pure Nash equilibria`,
      async () => {
        const shown = await page.locator('table.bimatrix').evaluate((el) => ({
          head: [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim()),
          rows: [...el.querySelectorAll('tbody tr')].map((tr) => ({
            strategy: tr.querySelector('th')?.textContent?.trim(),
            // Only the cell's own text: the hidden "(Nash equilibrium)" notes are checked below.
            cells: [...tr.querySelectorAll('td')].map((td) =>
              [...td.childNodes]
                .filter((x) => x.nodeType === 3)
                .map((x) => x.textContent)
                .join(''),
            ),
            nash: [...tr.querySelectorAll('td')].map((td) => td.classList.contains('nash')),
          })),
        }));
        const [rowS, colS] = g.strategies as [string[], string[]];
        const at = (r: number, col: number) => g.profiles[r + rowS.length * col]!;
        const want = {
          head: [`${g.players[0]} \\ ${g.players[1]}`, ...colS],
          rows: rowS.map((s, r) => ({
            strategy: s,
            cells: colS.map((_, col) => at(r, col).payoffs.join(', ')),
            nash: colS.map((_, col) => g.nash.includes(at(r, col).strategies.join('|'))),
          })),
        };
        return Checklist.same('bimatrix', shown, want);
      },
    );
  } else {
    await c.check(`${what}: the listed profiles equal the engine strategic form`, async () => {
      const table = page.locator('.games table', {
        has: page.locator('caption', { hasText: 'Every pure profile' }),
      });
      const rows = await tableRows(table);
      const k = g.players.length;
      const want = g.profiles
        .slice(0, rows.length)
        .map((p) => [...p.strategies, p.state, ...p.payoffs]);
      return rows.length > 0 && rows[0]!.length === 2 * k + 1
        ? Checklist.same('profiles', rows, want)
        : `unexpected profile table shape: ${JSON.stringify(rows[0])}`;
    });
  }
  await c.check(
    `${what}: the equilibria listed as pure Nash equal the engine (enumpure)`,
    async () => {
      const table = page.locator('.games table', {
        has: page.locator('th', { hasText: 'Pure Nash (game)' }),
      });
      const rows = await tableRows(table);
      const shown = rows
        .filter((r) => r[3] === '●')
        .map((r) =>
          r[0]!
            .replace(/\s*status quo$/, '')
            .split(' · ')
            .join('|'),
        );
      return Checklist.same('pure Nash equilibria', shown.sort(), [...g.nash].sort());
    },
  );
  await shot?.('games');
}

export async function checkComparison(
  page: Page,
  c: Checklist,
  scenario: Scenario,
  x: CompareExpected,
  shot: Shot,
) {
  await c.step('Comparison: every architecture is simulated', () =>
    visible(page, '.compare-table tbody tr', 240_000),
  );
  const archs = scenario.architectures ?? [];
  await c.check(
    `Comparison: a column for each of the scenario's architectures (${archs.map((a) => a.id).join(', ')})`,
    async () => {
      const heads = await page.locator('.compare-table th.arch-head').evaluateAll((els) =>
        els.map((th) => ({
          name: th.querySelector('span')?.firstChild?.textContent?.trim(),
          links: [...th.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        })),
      );
      const names = heads.map((h) => h.name);
      const want = archs.map((a) => a.name);
      if ([...names].sort().join('\n') !== [...want].sort().join('\n'))
        return Checklist.same('columns', names, want);
      for (const a of archs) {
        const head = heads.find((h) => h.name === a.name)!;
        const withArch = head.links.some((l) => l.endsWith(`?arch=${a.id}`));
        if (!a.baseline && !withArch)
          return `the ${a.id} column does not link to its views: ${head.links.join(' ')}`;
      }
      return Checklist.same('column order', names, x.names);
    },
  );
  await c.check(
    'Comparison: who gains and who loses — every cell and its colour equal the engine',
    async () => {
      const shown = await page.locator('.compare-table tbody').evaluateAll((bodies) => {
        const body = bodies.find((b) =>
          b.querySelector('.group-row th')?.textContent?.startsWith('Who gains'),
        );
        if (!body) return null;
        return [...body.querySelectorAll('tr:not(.group-row)')].map((tr) => ({
          actor: tr.querySelector('th')?.textContent?.trim(),
          cells: [...tr.querySelectorAll('td')].map((td) => ({
            text: td.textContent?.trim(),
            tone: td.classList.contains('gain')
              ? 'gain'
              : td.classList.contains('loss')
                ? 'loss'
                : '',
          })),
        }));
      });
      if (shown === null) return 'no "Who gains and who loses" group in the table';
      const matching = shown.flatMap((r, i) =>
        r.cells.filter((cell, j) => JSON.stringify(cell) === JSON.stringify(x.gains[i]?.cells[j])),
      ).length;
      if (matching === 0) return 'no cell matches the engine';
      return Checklist.same('who gains and who loses', shown, x.gains);
    },
  );
  await c.check('Comparison: the gains chart is drawn', () => chartDrawn(page, '.compare figure'));
  await shot('compare');
}
