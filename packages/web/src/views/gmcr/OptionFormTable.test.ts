// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EngineHost } from '@parley/views';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { dilemma } from '@parley/views/testing';
import { OptionFormTable } from './OptionFormTable.tsx';

// jsdom lays nothing out: give the scroll box a size, and a ResizeObserver that never fires.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterEach(cleanup);

const data = new EngineHost().handle({ kind: 'gmcr', scenario: dilemma() }, () => {})
  .result as GmcrViewData;
const stateIds = () =>
  [...document.querySelectorAll('tbody tr[data-row] th')].map((th) =>
    th.textContent!.replace('★ ', ''),
  );

describe('the option-form table', () => {
  it('lists every feasible state, the status quo marked', () => {
    render(h(OptionFormTable, { data, selected: null, onSelect: () => {}, conceptFilter: null }));
    expect(stateIds()).toEqual(['1', '2', '3', '4']);
    expect(screen.getByText('★')).toBeTruthy();
  });

  it('shows only the Nash equilibria when the concept filter is set (mutual confession, state 4)', () => {
    render(h(OptionFormTable, { data, selected: null, onSelect: () => {}, conceptFilter: 'nash' }));
    expect(stateIds()).toEqual(['4']);
    expect(screen.getByText('1 of 4 states match the filters', { exact: false })).toBeTruthy();
  });

  it('sorts by a concept column, equilibria first', () => {
    render(h(OptionFormTable, { data, selected: null, onSelect: () => {}, conceptFilter: null }));
    fireEvent.click(screen.getByRole('button', { name: /^GMR equilibria: sort/ }));
    expect(stateIds().slice(0, 2).sort()).toEqual(['1', '4']);
  });

  it('filters an option to taken, then not taken, then either', () => {
    render(h(OptionFormTable, { data, selected: null, onSelect: () => {}, conceptFilter: null }));
    const button = () => screen.getByRole('button', { name: /^Filter by Prisoner 1 confesses/ });
    fireEvent.click(button());
    expect(stateIds()).toEqual(['2', '4']);
    fireEvent.click(button());
    expect(stateIds()).toEqual(['1', '3']);
    fireEvent.click(button());
    expect(stateIds()).toHaveLength(4);
  });

  it('takes a Y/N pattern in the state box', () => {
    render(h(OptionFormTable, { data, selected: null, onSelect: () => {}, conceptFilter: null }));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '-Y' } });
    expect(stateIds()).toEqual(['3', '4']);
  });

  it('selects a state with Enter', () => {
    const onSelect = vi.fn();
    render(h(OptionFormTable, { data, selected: null, onSelect, conceptFilter: null }));
    fireEvent.keyDown(document.querySelector('tr[data-row="2"]')!, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(2);
  });
});
