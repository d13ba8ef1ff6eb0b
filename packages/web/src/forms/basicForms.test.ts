// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorsForm } from './ActorsForm.tsx';
import { renderForm } from './formHarness.ts';
import { SUMMIT } from './formFixtures.ts';
import { IssuesForm } from './IssuesForm.tsx';
import { OptionsForm } from './OptionsForm.tsx';

afterEach(cleanup);

type Data = Record<string, unknown>;
const ids = (list: unknown) => (list as Data[]).map((x) => x.id);

describe('the actors, options and issues forms on the shared list table', () => {
  it('renames an actor, adds one and removes one', () => {
    const form = renderForm(ActorsForm, SUMMIT);
    const name = screen.getByRole('textbox', { name: 'Name of South Korea' });
    fireEvent.change(name, { target: { value: 'Republic of Korea' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect((form.data().actors as Data[])[2]!.name).toBe('Republic of Korea');
    fireEvent.click(screen.getByRole('button', { name: 'Add an actor' }));
    expect(ids(form.data().actors)).toEqual(['usa', 'dprk', 'rok', 'actor-4']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Republic of Korea' }));
    expect(ids(form.data().actors)).toEqual(['usa', 'dprk', 'actor-4']);
  });

  it("shows the validator's problem beside the field it concerns", () => {
    renderForm(ActorsForm, SUMMIT);
    const id = screen.getByRole('textbox', { name: 'Id of United States' });
    fireEvent.change(id, { target: { value: '1usa' } });
    fireEvent.blur(id);
    expect(id.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(id.getAttribute('aria-describedby')!);
    expect(described?.textContent).toMatch(/ids start with a letter/);
  });

  it('moves an option down, which reorders the letters of the states', () => {
    const form = renderForm(OptionsForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Move Lift sanctions down' }));
    expect(ids(form.data().options)).toEqual(['freeze', 'lift', 'test']);
  });

  it("chooses an option's owner among the actors", () => {
    const form = renderForm(OptionsForm, SUMMIT);
    fireEvent.change(screen.getByRole('combobox', { name: 'Owner of Test a missile' }), {
      target: { value: 'rok' },
    });
    expect((form.data().options as Data[])[2]!.owner).toBe('rok');
  });

  it("edits an issue's scale and an actor's position", () => {
    const form = renderForm(IssuesForm, SUMMIT);
    const position = screen.getByRole('spinbutton', { name: 'Position of North Korea' });
    fireEvent.change(position, { target: { value: '75' } });
    fireEvent.blur(position);
    const issue = (form.data().issues as Data[])[0]!;
    expect((issue.positions as Data).dprk).toEqual({ position: 75, salience: 90 });
    expect(form.text()).toContain('dprk: { position: 75, salience: 90 }');
  });
});
