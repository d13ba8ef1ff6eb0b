// @vitest-environment jsdom
/**
 * Every form on every catalog scenario: it renders, reads what is written (the flagship's 14
 * options, its statements and architectures) and an edit rewrites only the line it changes.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorsForm } from './ActorsForm.tsx';
import { ArchitecturesForm } from './ArchitecturesForm.tsx';
import { FeasibilityForm } from './FeasibilityForm.tsx';
import type { FormProps } from './formContext.ts';
import { renderForm } from './formHarness.ts';
import { IssuesForm } from './IssuesForm.tsx';
import { OptionsForm } from './OptionsForm.tsx';
import { PreferencesForm } from './PreferencesForm.tsx';
import { StructureForm } from './StructureForm.tsx';

const catalog = import.meta.glob<string>('../../../../catalog/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const scenario = (name: string) =>
  Object.entries(catalog).find(([path]) => path.endsWith(`/${name}.yaml`))![1];
const FORMS: [string, ComponentType<FormProps>][] = [
  ['actors', ActorsForm],
  ['issues', IssuesForm],
  ['options', OptionsForm],
  ['preferences', PreferencesForm],
  ['feasibility', FeasibilityForm],
  ['structure', StructureForm],
  ['architectures', ArchitecturesForm],
];

afterEach(cleanup);

/** How many lines differ between the texts, once their common head and tail are left out. */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail))
    tail++;
  return Math.max(a.length - head - tail, b.length - head - tail);
};

describe('the forms on the catalog', () => {
  it('has the scenarios to check', () => {
    expect(Object.keys(catalog).length).toBeGreaterThanOrEqual(5);
  });

  for (const [path, text] of Object.entries(catalog))
    for (const [name, form] of FORMS)
      it(`shows the ${name} of ${path.replace(/^.*\//, '')} without changing the text`, () => {
        const view = renderForm(form, text);
        expect(view.container.querySelector('section')).not.toBeNull();
        expect(view.text()).toBe(text);
      });

  it("lists the flagship's options in the feasibility conditions' labels", () => {
    renderForm(FeasibilityForm, scenario('korean-peninsula-2018'));
    expect(screen.getAllByRole('textbox', { name: /^Condition \d$/ })).toHaveLength(3);
  });

  it("edits the flagship's first US statement and rewrites that line only", () => {
    const before = scenario('korean-peninsula-2018');
    const form = renderForm(PreferencesForm, before);
    expect(screen.getAllByRole('textbox', { name: /^Statement \d+$/ })).toHaveLength(13);
    const input = screen.getByRole('textbox', { name: 'Statement 1' });
    fireEvent.change(input, { target: { value: '!dprk_test & !ru_evasion' } });
    fireEvent.blur(input);
    expect(form.text()).toContain("  - statement: '!dprk_test & !ru_evasion'");
    expect(changedLines(before, form.text())).toBe(1);
  });

  it('rewrites a folded note of the flagship in place, leaving every other paragraph folded', () => {
    const before = scenario('korean-peninsula-2018');
    const form = renderForm(PreferencesForm, before);
    const note = screen.getByRole('textbox', { name: 'Note of statement 2' });
    fireEvent.change(note, {
      target: { value: 'Sanctions stay until complete denuclearization.' },
    });
    fireEvent.blur(note);
    // The note was a `>-` paragraph of two lines; it is now one line in the same style.
    expect(form.text()).toContain(
      'note: >-\n          Sanctions stay until complete denuclearization.\n',
    );
    expect(changedLines(before, form.text())).toBe(2);
  });

  it("moves a flagship track's chair without touching the rest of the file", () => {
    const before = scenario('korean-peninsula-2018');
    const form = renderForm(StructureForm, before);
    fireEvent.change(screen.getByRole('combobox', { name: 'Chair (a party)' }), {
      target: { value: 'usa' },
    });
    expect(changedLines(before, form.text())).toBe(1);
  });
});
