/**
 * The YAML editor end to end: an error typed into the flagship is listed with its line:col and
 * hint (as @parley/model's parser reports it, run here in Node), fixed by a visible change,
 * saved as the user's copy and then as a second version with a note; and later, on a restarted
 * server, the same text and history found again from the library.
 */
import { parseScenario, type Diagnostic } from '@parley/model';
import type { Page } from 'playwright-core';
import { Checklist } from './checklist.ts';
import { editorText, selectInEditor, textMatching, visible } from './dom.ts';

type Shot = (name: string) => Promise<void>;

/** What was saved, to be found again after a restart. */
export interface Saved {
  id: string;
  title: string;
  version: number;
  text: string;
  notes: string[];
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the text on screen has been validated and has no error. */
async function validAgain(page: Page) {
  await visible(page, '.problems p >> text=/^\\d+ errors?|^No problems/');
  await visible(page, 'header .badge.good >> text=valid', 30_000);
}

/** The problem list as the editor shows it. */
function shownProblems(page: Page) {
  return page.locator('.problem-list button.problem').evaluateAll((buttons) =>
    buttons.map((b) => ({
      severity: b.classList.contains('error') ? 'error' : 'warning',
      message: (b.querySelector('.problem-message')?.textContent ?? '')
        .replace(/^[×!]\s*(error|warning):\s*/, '')
        .trim(),
      where: b.querySelector('.problem-where')?.textContent?.trim(),
      hint: b.querySelector('.problem-hint')?.textContent?.trim() ?? null,
    })),
  );
}

const listed = (d: Diagnostic) => ({
  severity: d.severity === 'error' ? 'error' : 'warning',
  message: d.message,
  where: `${d.line !== undefined ? `line ${d.line}:${d.col ?? 1}` : 'no position'}${d.path ? ` · ${d.path}` : ''}`,
  hint: d.hint ? `hint: ${d.hint}` : null,
});

/** 1-based line of a character offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export async function checkEditAndSave(
  page: Page,
  c: Checklist,
  catalogText: string,
  tag: string,
  shot: Shot,
): Promise<Saved> {
  await c.step('Editor: the flagship opens and validates', () =>
    visible(page, 'header .badge.good >> text=valid', 60_000),
  );
  await c.check(
    'Editor: the text is the catalog file',
    async () =>
      (await editorText(page)) === catalogText ||
      'the editor text differs from catalog/korean-peninsula-2018.yaml',
  );

  // An unknown actor as the owner of the first option.
  const bad = 'usa_typo';
  await c.step(
    `Editor: owner "${bad}" (an unknown actor) is listed with its line:col and hint`,
    async () => {
      await selectInEditor(page, ['\noptions:', 'owner: '], 'usa');
      await page.keyboard.type(bad);
      await visible(page, 'header .badge.bad >> text=/\\d+ errors?/', 30_000);
      await visible(page, `.problem.error >> text=${bad}`, 30_000);
      const text = await editorText(page);
      const expected = parseScenario(text, { file: 'korean-peninsula-2018.yaml' }).diagnostics;
      const at = lineAt(text, text.indexOf(`owner: ${bad}`));
      const mine = expected.find((d) => d.severity === 'error' && d.message.includes(bad));
      if (!mine) return `the parser reports no error naming ${bad}: ${JSON.stringify(expected)}`;
      if (mine.line !== at)
        return `the parser puts the error on line ${mine.line}, the edit is on line ${at}`;
      if (!mine.hint) return 'the diagnostic has no hint';
      return Checklist.same('problem list', await shownProblems(page), expected.map(listed));
    },
  );
  await c.check('Editor: saving is refused while the text has errors', async () => {
    const save = page.getByRole('button', { name: 'Save as my copy' });
    return (await save.isDisabled()) || 'the save button is enabled';
  });
  await c.check(
    'Editor: choosing the problem moves the caret to it and shows the hint below the text',
    async () => {
      await page.locator('.problem.error', { hasText: bad }).first().click();
      await visible(page, '#editor-caret.caret-problem', 10_000);
      const caret = squash(await page.locator('#editor-caret').textContent());
      return caret.includes(bad) && caret.includes('—') ? true : `caret line reads "${caret}"`;
    },
  );
  await shot('editor-error');

  const title = `Korean Peninsula talks, e2e edit ${tag}`;
  await c.step('Editor: fixing the owner and retitling validates again', async () => {
    await selectInEditor(page, ['\noptions:', 'owner: '], bad);
    await page.keyboard.type('usa');
    const old = /^title: (.*)$/m.exec(await editorText(page))?.[1];
    if (!old) return 'no title line';
    await selectInEditor(page, ['\ntitle: '], old);
    await page.keyboard.insertText(title);
    await visible(page, '.toolbar .badge.warn >> text=unsaved changes');
    await validAgain(page);
  });

  const notes = [`e2e ${tag}: retitled`, `e2e ${tag}: US salience on sequencing 90 → 85`];
  let id = '';
  await c.step("Save: the read-only original is saved as the user's copy, version 1", async () => {
    await page.getByLabel('Note').fill(notes[0]!);
    await page.getByRole('button', { name: 'Save as my copy' }).click();
    await visible(page, '.toolbar .badge >> text=version 1', 30_000);
    await page.waitForURL(/#\/s\/sc_[^/]+\/edit/, { timeout: 10_000 });
    id = decodeURIComponent(/#\/s\/([^/]+)\//.exec(page.url())![1]!);
    await textMatching(page.locator('header .scenario-title'), new RegExp(`^${title}`));
  });

  await c.step(
    'Save: a second edit (a salience value) is saved as version 2 with its note',
    async () => {
      await selectInEditor(
        page,
        ['\n  - id: sequencing', '\n      usa:', 'salience:', 'value: '],
        '90',
      );
      await page.keyboard.type('85');
      await visible(page, '.toolbar .badge.warn >> text=unsaved changes');
      await validAgain(page);
      await page.getByLabel('Note').fill(notes[1]!);
      await page.getByRole('button', { name: 'Save version' }).click();
      await visible(page, '.toolbar .badge >> text=version 2', 30_000);
    },
  );
  await c.check('Save: the history lists version 1 with its note', () =>
    historyHas(page, [notes[0]!]),
  );
  const text = await editorText(page);
  await c.check(`Save: the server holds ${id} version 2 with the edits`, async () => {
    const origin = new URL(page.url()).origin;
    const reply = await fetch(`${origin}/api/scenarios/${encodeURIComponent(id)}`);
    const body = (await reply.json()) as { version: number; title: string; text: string };
    if (body.version !== 2) return `version ${body.version}`;
    if (body.title !== title) return `title "${body.title}"`;
    return body.text === text || 'the stored text differs from the editor text';
  });
  await shot('editor-saved');
  return { id, title, version: 2, text, notes };
}

/** The version menu offers every older version with its note. */
async function historyHas(page: Page, notes: string[]) {
  const select = page.locator('label', { hasText: 'History' }).locator('select');
  await select.waitFor({ timeout: 15_000 });
  const options = (await select.locator('option').allTextContents()).map(squash);
  const missing = notes.filter((n) => !options.some((o) => o.includes(`— ${n}`)));
  return (
    missing.length === 0 ||
    `no history entry for ${missing.join('; ')} in ${JSON.stringify(options)}`
  );
}

/** Finds the saved scenario in the library of a (restarted) server and opens it. */
export async function checkPersisted(
  page: Page,
  c: Checklist,
  saved: Saved,
  when: string,
  shot?: Shot,
) {
  await c.step(
    `${when}: the library lists "${saved.title}" at version ${saved.version}`,
    async () => {
      await visible(page, 'header .badge.accent >> text=/^server$/', 30_000);
      const card = page.locator('.card', { has: page.locator('h3', { hasText: saved.title }) });
      await card.waitFor({ timeout: 30_000 });
      const badge = squash(await card.locator('.badge').first().textContent());
      if (badge !== `version ${saved.version}`) return `the card says "${badge}"`;
      if (shot) await shot('library-after-restart');
      await card.locator('h3 a').click();
    },
  );
  await c.check(
    `${when}: the editor shows exactly the saved text, version ${saved.version}`,
    async () => {
      await page.waitForURL(new RegExp(`#/s/${encodeURIComponent(saved.id)}/edit`), {
        timeout: 10_000,
      });
      await visible(page, `.toolbar .badge >> text=version ${saved.version}`, 30_000);
      await validAgain(page);
      return (
        (await editorText(page)) === saved.text || 'the editor text differs from the text saved'
      );
    },
  );
  await c.check(`${when}: the history keeps every earlier note`, () =>
    historyHas(page, saved.notes.slice(0, saved.version - 1)),
  );
}

/** One more edit and save (version + 1) on the open copy; resolves once the save is acknowledged. */
export async function saveAnotherVersion(
  page: Page,
  c: Checklist,
  saved: Saved,
  note: string,
): Promise<Saved> {
  const title = `${saved.title} (saved before SIGKILL)`;
  const version = saved.version + 1;
  await c.step(`Save: version ${version} ("${note}") is acknowledged`, async () => {
    await selectInEditor(page, ['\ntitle: '], saved.title);
    await page.keyboard.insertText(title);
    await visible(page, '.toolbar .badge.warn >> text=unsaved changes');
    await validAgain(page);
    await page.getByLabel('Note').fill(note);
    await page.getByRole('button', { name: 'Save version' }).click();
    await visible(page, `.toolbar .badge >> text=version ${version}`, 30_000);
  });
  return { ...saved, title, version, text: await editorText(page), notes: [...saved.notes, note] };
}
