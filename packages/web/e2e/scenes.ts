/** What the smoke test opens, and what each page must show before its screenshot. */
import type { Page } from 'playwright-core';

export interface Scene {
  name: string;
  hash: string;
  check(page: Page): Promise<void>;
  after?(page: Page): Promise<void>;
  sizes?: { width: number; height: number }[];
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
    name: 'gmcr-graph',
    hash: `#/s/${KOREA}/gmcr`,
    check: async (page) => {
      await visible(page, '.graph-canvas canvas', 60_000);
      await visible(page, '.stability-grid');
      // Let the layout settle before the screenshot.
      await page.locator('.state-graph figcaption >> text=click a state').waitFor({ timeout: 60_000 });
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
      await page.locator('.state-graph figcaption >> text=click a state').waitFor({ timeout: 60_000 });
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
];
