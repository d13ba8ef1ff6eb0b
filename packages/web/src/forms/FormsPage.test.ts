// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchContext, type Workbench } from '../app/workbench.ts';
import { SUMMIT } from './formFixtures.ts';
import FormsPage from './FormsPage.tsx';

afterEach(cleanup);

function renderPage(text: string) {
  const edit = vi.fn();
  const workbench = {
    route: { name: 'scenario', id: 'toy', page: 'forms' },
    navigate: () => {},
    backend: null,
    workspace: {
      open: { id: 'toy', title: 'Toy', text, version: 1, readOnly: false, file: 'toy.yaml' },
      text,
      dirty: false,
      diagnostics: [],
      saving: false,
      error: null,
    },
    actions: { edit, save: vi.fn(), revert: vi.fn() },
    reportParams: { current: {} },
  } as unknown as Workbench;
  render(h(WorkbenchContext.Provider, { value: workbench }, h(FormsPage)));
  return edit;
}

describe('the forms page', () => {
  it('has one tab per part of the scenario, the structure of talks grouped in one', () => {
    renderPage(SUMMIT);
    const tabs = screen.getAllByRole('tablist')[0]!.querySelectorAll('[role=tab]');
    expect([...tabs].map((t) => t.textContent)).toEqual([
      'Actors',
      'Issues and positions',
      'GMCR options',
      'Preferences',
      'Feasibility',
      'Structure of talks',
      'Architectures',
    ]);
  });

  it('hands every edit to the workspace as new text, to be validated like typing', () => {
    const edit = renderPage(SUMMIT);
    fireEvent.click(screen.getByRole('tab', { name: 'Feasibility' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(edit).toHaveBeenCalledTimes(1);
    expect(edit.mock.calls[0]![0]).toContain('infeasible: []');
  });

  it('asks for the syntax to be fixed first when the text does not parse', () => {
    renderPage('actors: [1, 2');
    expect(screen.getByText(/fix its syntax in the YAML editor first/)).toBeTruthy();
  });
});
