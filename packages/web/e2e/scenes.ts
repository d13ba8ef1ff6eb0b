/** What the smoke test opens, and what each page must show before its screenshot. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface Scene {
  name: string;
  hash: string;
  check(page: Page): Promise<void>;
  after?(page: Page): Promise<void>;
  sizes?: { width: number; height: number }[];
  /** The page may scroll (a printed report is long). */
  scrolls?: boolean;
}

const KOREA = 'catalog%3Akorean-peninsula-2018';
const visible = (page: Page, selector: string, timeout = 30_000) =>
  page.locator(selector).first().waitFor({ state: 'visible', timeout });

export const SCENES: Scene[] = [
  {
    name: 'library',
    hash: '#/',
    check: async (page) => {
      await visible(page, '.card h3 >> text=Korean Peninsula');
    },
  },
  {
    name: 'editor',
    hash: `#/s/${KOREA}/edit`,
    check: async (page) => {
      await visible(page, '.badge.good >> text=valid');
      // Misspell a key: the problem is listed with its hint and underlined.
      const editor = page.getByRole('textbox', { name: /Scenario text/ });
      await editor.focus();
      await page.evaluate(() => {
        const el = document.querySelector('textarea')!;
        const at = el.value.indexOf('capability:');
        el.setSelectionRange(at, at + 'capability'.length);
      });
      await page.keyboard.type('capabilty');
      await visible(page, '.problem.error >> text=capabilty');
      await visible(page, 'mark.diag.error');
      await page.locator('.problem.error').first().click();
      await visible(page, '#editor-caret.caret-problem');
    },
  },
  {
    name: 'save-copy',
    hash: '#/s/catalog%3Achicken/edit',
    sizes: [{ width: 1280, height: 800 }],
    check: async (page) => {
      await visible(page, '.badge.good >> text=valid');
      await page.evaluate(() => {
        const el = document.querySelector('textarea')!;
        const at = el.value.indexOf('title: ') + 'title: '.length;
        el.setSelectionRange(at, at);
      });
      await page.getByRole('textbox', { name: /Scenario text/ }).focus();
      await page.keyboard.type('My ');
      await page.getByLabel('Note').fill('renamed');
      await page.getByRole('button', { name: 'Save as my copy' }).click();
      await visible(page, '.badge >> text=version 1');
      if (page.url().includes('catalog'))
        throw new Error(`still on the catalog original: ${page.url()}`);
      await page.goto(page.url().replace(/#.*$/, '#/'));
      await visible(page, '.card h3 >> text=/My (Own )?Chicken/');
    },
  },
  {
    name: 'gmcr-graph',
    hash: `#/s/${KOREA}/gmcr`,
    check: async (page) => {
      await visible(page, '.graph-canvas canvas', 60_000);
      await visible(page, '.stability-grid');
      // Let the layout settle before the screenshot.
      await page
        .locator('.state-graph figcaption >> text=click a state')
        .waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'gmcr-table',
    hash: `#/s/${KOREA}/gmcr`,
    check: async (page) => {
      await visible(page, '.stability-grid', 60_000);
      await page.getByRole('button', { name: /^Nash/ }).click();
      await visible(page, '.option-form-table tbody tr');
      const count = await page.locator('.table-count').textContent();
      if (!/of 6144 states/.test(count ?? '')) throw new Error(`unexpected count: ${count}`);
      // Keyboard: select the first Nash equilibrium with Enter.
      await page.locator('.option-form-table tbody tr[data-row="0"]').focus();
      await page.keyboard.press('Enter');
      await visible(page, '.option-form-table tbody tr.selected');
    },
  },
  {
    name: 'gmcr-small',
    hash: '#/s/catalog%3Aprisoners-dilemma/gmcr',
    check: async (page) => {
      await visible(page, '.graph-canvas canvas', 60_000);
      await page
        .locator('.state-graph figcaption >> text=click a state')
        .waitFor({ timeout: 60_000 });
      await visible(page, '.reasons');
    },
  },
  {
    name: 'forecast',
    hash: `#/s/${KOREA}/forecast`,
    check: async (page) => {
      await visible(page, '.forecast-table tbody tr', 60_000);
      await page.getByLabel('Monte Carlo runs').selectOption('200');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await visible(page, '.forecast-table .range', 120_000);
      await visible(page, '.issue-detail canvas');
    },
  },
  {
    name: 'games',
    hash: `#/s/${KOREA}/games`,
    check: async (page) => {
      await visible(page, '.games h3 >> text=Strategic form', 60_000);
      await visible(page, '.games table tbody tr');
    },
  },
  {
    name: 'games-2x2',
    hash: '#/s/catalog%3Aprisoners-dilemma/games',
    check: async (page) => {
      await visible(page, '.bimatrix td.nash', 60_000);
      await visible(page, '.games canvas');
    },
  },
  {
    name: 'negotiate',
    hash: `#/s/${KOREA}/negotiate`,
    check: async (page) => {
      await visible(page, '.negotiate canvas', 120_000);
      await visible(page, '.negotiate table tbody tr');
    },
  },
  {
    name: 'compare',
    hash: `#/s/${KOREA}/compare`,
    check: async (page) => {
      await visible(page, '.compare-table tbody tr', 180_000);
      await visible(page, '.compare canvas');
    },
  },
  {
    name: 'forms',
    hash: `#/s/${KOREA}/forms`,
    check: async (page) => {
      const capability = page.getByLabel('Capability of United States');
      await capability.waitFor({ timeout: 30_000 });
      await capability.fill('-5');
      await capability.press('Enter');
      // A negative capability is refused by the validator, and the problem shows at the field.
      await visible(page, '.field.invalid .field-problems .error');
      await page.getByRole('tab', { name: 'GMCR options' }).click();
      await page
        .getByLabel(/^Owner of/)
        .first()
        .waitFor();
    },
  },
  {
    // A preference statement with a typo: the statement parser's problem shows at its column.
    name: 'forms-preferences',
    hash: `#/s/${KOREA}/forms`,
    check: async (page) => {
      await page.getByRole('tab', { name: 'Preferences' }).click();
      const first = page.getByLabel('Statement 1', { exact: true });
      await first.waitFor({ timeout: 30_000 });
      await first.fill('-us_max_pressure & dprk_tset');
      await visible(page, '.field-problems >> text=column');
    },
  },
  {
    name: 'forms-structure',
    hash: `#/s/${KOREA}/forms`,
    check: async (page) => {
      await page.getByRole('tab', { name: 'Structure of talks' }).click();
      await page.getByRole('tab', { name: 'Tracks' }).waitFor({ timeout: 30_000 });
      await page.getByRole('tab', { name: 'Roles' }).click();
      await page.getByRole('tab', { name: 'Tracks' }).click();
      await visible(page, '.form-section');
    },
  },
  {
    name: 'forms-architectures',
    hash: `#/s/${KOREA}/forms`,
    check: async (page) => {
      await page.getByRole('tab', { name: 'Architectures' }).click();
      await visible(page, '.form-section');
    },
  },
  {
    // Runs the earlier scenes left on the server (none when the app runs without one).
    name: 'runs',
    hash: `#/s/${KOREA}/runs`,
    check: async (page) => {
      await visible(page, '#runs-h');
      const table = page.locator('.runs-table');
      const alone = page.locator('.runs-page .notice');
      await Promise.race([
        table.waitFor({ state: 'visible', timeout: 30_000 }),
        alone.waitFor({ state: 'visible', timeout: 30_000 }),
      ]);
      if (!(await table.isVisible())) return;
      await visible(page, '.runs-table .badge.good');
      await page
        .getByRole('button', { name: /^Details of / })
        .first()
        .click();
      await visible(page, '.run-details');
    },
  },
  {
    name: 'export',
    hash: '#/s/catalog%3Aprisoners-dilemma/gmcr',
    sizes: [{ width: 1280, height: 800 }],
    scrolls: true,
    check: async (page) => {
      await visible(page, '.stability-grid', 60_000);
      for (const [button, pattern] of [
        ['HTML', /<h2 id="gmcr-selected-state-h">Selected state 1/],
        ['Markdown', /^# Prisoner's Dilemma/],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.getByRole('button', { name: button, exact: true }).click(),
        ]);
        const text = readFileSync((await download.path())!, 'utf8');
        if (!pattern.test(text)) throw new Error(`the ${button} report lacks ${pattern}`);
      }
      // PDF: the report replaces the app for printing (the print dialog itself is the browser's).
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', { name: 'PDF', exact: true }).click();
      await page.locator('body.printing #print-report h1').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      await visible(page, '#print-report h1');
    },
  },
];
