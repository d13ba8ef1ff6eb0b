// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FeasibilityForm } from './FeasibilityForm.tsx';
import { renderForm } from './formHarness.ts';
import { SUMMIT } from './formFixtures.ts';

afterEach(cleanup);

const type = (label: string, value: string) => {
  const input = screen.getByRole('textbox', { name: label });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

describe('the feasibility form', () => {
  it('edits a condition in its `when` key, keeping its reason', () => {
    const form = renderForm(FeasibilityForm, SUMMIT);
    type('Condition 1', 'freeze & (test | lift)');
    expect(form.data().infeasible).toEqual([
      { when: 'freeze & (test | lift)', reason: 'A freeze rules out tests.' },
    ]);
  });

  it('adds two options that exclude each other, then gives a bare condition a reason', () => {
    const form = renderForm(FeasibilityForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Add a condition' }));
    expect((form.data().infeasible as unknown[])[1]).toBe('lift & freeze');
    type('Reason of condition 2', 'Relief comes after the freeze.');
    expect((form.data().infeasible as unknown[])[1]).toEqual({
      when: 'lift & freeze',
      reason: 'Relief comes after the freeze.',
    });
  });

  it('shows a syntax error with its column as typed', () => {
    renderForm(FeasibilityForm, SUMMIT);
    fireEvent.change(screen.getByRole('textbox', { name: 'Condition 1' }), {
      target: { value: 'freeze && test' },
    });
    expect(screen.getByRole('status').textContent).toMatch(/^freeze && test.*column 9/);
  });

  it('removes a condition, and says so when every state is feasible', () => {
    const form = renderForm(FeasibilityForm, SUMMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(form.data().infeasible).toEqual([]);
    expect(screen.getByText('Every combination of options is feasible.')).toBeTruthy();
  });
});
