// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForm } from './formHarness.ts';
import { SUMMIT } from './formFixtures.ts';
import { PreferencesForm } from './PreferencesForm.tsx';

afterEach(cleanup);

const type = (label: string, value: string) => {
  const input = screen.getByRole('textbox', { name: label });
  fireEvent.change(input, { target: { value } });
  return input;
};
const statementsOf = (data: Record<string, unknown>, actor: string) =>
  ((data.preferences as Record<string, { statements: unknown[] }>)[actor]!.statements ?? []).map(
    (s) => (typeof s === 'string' ? s : (s as { statement: string }).statement),
  );

describe('the preferences form', () => {
  it('lists the decision makers: the actors that own an option', () => {
    renderForm(PreferencesForm, SUMMIT);
    const picker = screen.getByRole('combobox', { name: 'Decision maker' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['United States', 'North Korea']);
  });

  it('rewrites the statement at its path and keeps the comments', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.blur(type('Statement 1', '!test & !lift'));
    expect(statementsOf(form.data(), 'usa')[0]).toBe('!test & !lift');
    expect(form.text()).toContain("- '!test & !lift' # the first priority");
    expect(form.text()).toContain('# Toy summit: a comment that must survive.');
  });

  it('edits a statement written as an object in its `statement` key, keeping its note', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.keyDown(type('Statement 2', 'freeze if !lift'), { key: 'Enter' });
    const second = (form.data().preferences as { usa: { statements: unknown[] } }).usa
      .statements[1];
    expect(second).toEqual({ statement: 'freeze if !lift', note: 'The freeze is the goal.' });
  });

  it('shows a syntax error at its column while typing, before anything is written', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    const input = type('Statement 3', 'lift &');
    // parseStatement: the `&` at column 6 lacks its right operand; the problem sits past it.
    expect(screen.getByRole('status').textContent).toMatch(/column 7: .*after '&'|column 7/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(form.text()).toBe(SUMMIT);
  });

  it('names an unknown option as typed, and the validator agrees once it is written', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.blur(type('Statement 3', '!lfit'));
    expect(statementsOf(form.data(), 'usa')[2]).toBe('!lfit');
    expect(screen.getByRole('status').textContent).toContain(
      'column 2: unknown option `lfit` — did you mean `lift`?',
    );
    expect(screen.getByRole('status').querySelector('mark')?.textContent).toBe('lfit');
  });

  it('shows the labels of the options a statement names', () => {
    renderForm(PreferencesForm, SUMMIT);
    expect(screen.getByText('test: Test a missile')).toBeTruthy();
  });

  it('moves a statement up, which changes the order in the text', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Move statement 3 up' }));
    expect(statementsOf(form.data(), 'usa')).toEqual(['!test', '!lift', 'freeze']);
    expect(screen.getByRole('button', { name: 'Move statement 1 up' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('adds a statement about an option the actor owns, and removes one', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Add a statement' }));
    expect(statementsOf(form.data(), 'usa')).toEqual(['!test', 'freeze', '!lift', 'lift']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove statement 1' }));
    expect(statementsOf(form.data(), 'usa')).toEqual(['freeze', '!lift', 'lift']);
  });

  it('gives a bare statement a note by turning it into the object form', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.blur(type('Note of statement 3', 'Relief only for steps.'));
    expect(
      (form.data().preferences as { usa: { statements: unknown[] } }).usa.statements[2],
    ).toEqual({ statement: '!lift', note: 'Relief only for steps.' });
  });

  it('edits a ranking: a tie is written as a list, a wrong state is shown', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.change(screen.getByRole('combobox', { name: 'Decision maker' }), {
      target: { value: '1' },
    });
    fireEvent.blur(type('States at rank 1', 'ynn, nny'));
    expect((form.data().preferences as { dprk: { ranking: unknown[] } }).dprk.ranking[0]).toEqual([
      'YNN',
      'NNY',
    ]);
    type('States at rank 2', 'YN');
    expect(screen.getByText(/`YN` has 2 letters/)).toBeTruthy();
  });

  it('moves a ranking entry down', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.change(screen.getByRole('combobox', { name: 'Decision maker' }), {
      target: { value: '1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move rank 1 down' }));
    expect(
      (form.data().preferences as { dprk: { ranking: unknown[] } }).dprk.ranking.slice(0, 2),
    ).toEqual([['NNN', 'YYN'], 'YNN']);
  });

  it('offers statements or a ranking to a decision maker without a preference', () => {
    const text = SUMMIT.replace(/ {2}dprk:\n {4}ranking: .*\n/, '');
    const form = renderForm(PreferencesForm, text);
    fireEvent.change(screen.getByRole('combobox', { name: 'Decision maker' }), {
      target: { value: '1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Write statements' }));
    expect(statementsOf(form.data(), 'dprk')).toEqual(['freeze']);
  });

  it('offers the other kind again once every statement is removed', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    for (let k = 0; k < 3; k++)
      fireEvent.click(screen.getByRole('button', { name: 'Remove statement 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Write a ranking' }));
    expect((form.data().preferences as Record<string, unknown>).usa).toEqual({ ranking: ['NNN'] });
  });

  it('edits the states an actor misperceives', () => {
    const form = renderForm(PreferencesForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Add a misperceived condition' }));
    expect(
      (form.data().preferences as { usa: { misperceived: unknown } }).usa.misperceived,
    ).toEqual(['lift']);
  });
});
