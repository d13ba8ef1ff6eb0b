/** Small readers of the page for the workbench test: visible states, table text, drawn areas. */
import type { Locator, Page } from 'playwright-core';
import { distinctColors } from './pngColors.ts';

export const visible = (page: Page, selector: string, timeout = 30_000) =>
  page.locator(selector).first().waitFor({ state: 'visible', timeout });

/** Every body row of a table as the text of its cells (th and td), trimmed. */
export function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((el) =>
    [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
    ),
  );
}

/** The header cells of a table's first head row, trimmed. */
export function tableHead(table: Locator): Promise<string[]> {
  return table.evaluate((el) =>
    [...el.querySelectorAll('thead tr:first-child th')].map((th) => (th.textContent ?? '').trim()),
  );
}

/**
 * Distinct colours in a screenshot of the element: a drawn chart has many, an empty canvas one
 * or two. Fails when the element has no size.
 */
export async function drawnColours(element: Locator): Promise<number> {
  const box = await element.boundingBox();
  if (!box || box.width < 10 || box.height < 10) {
    throw new Error(`the drawing area has no size: ${JSON.stringify(box)}`);
  }
  return distinctColors(await element.screenshot());
}

/** Waits until a locator's text matches, and returns it. */
export async function textMatching(
  locator: Locator,
  pattern: RegExp,
  timeout = 30_000,
): Promise<string> {
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    text = ((await locator.first().textContent({ timeout })) ?? '').trim();
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`text "${text}" does not match ${pattern} after ${timeout} ms`);
}

/**
 * Selects text in the scenario editor: `target` at the first place after each of `anchors` in
 * turn (so `['id: sequencing', 'salience:']` finds the first salience of that issue), and
 * focuses the editor, so that typing replaces it.
 */
export async function selectInEditor(page: Page, anchors: string[], target: string): Promise<void> {
  await page.locator('textarea.code-input').waitFor({ timeout: 30_000 });
  const found = await page.evaluate(
    ([anchors, target]) => {
      const el = document.querySelector<HTMLTextAreaElement>('textarea.code-input')!;
      let at = 0;
      for (const a of anchors) {
        const k = el.value.indexOf(a, at);
        if (k < 0) return `"${a}" is not in the editor`;
        at = k + a.length;
      }
      const k = el.value.indexOf(target, at);
      if (k < 0) return `"${target}" is not in the editor after ${anchors.join(' → ')}`;
      el.focus();
      el.setSelectionRange(k, k + target.length);
      return null;
    },
    [anchors, target] as const,
  );
  if (found !== null) throw new Error(found);
}

export const editorText = (page: Page) =>
  page.locator('textarea.code-input').inputValue({ timeout: 30_000 });
