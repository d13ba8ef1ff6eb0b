// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchContext, type Workbench } from '../../app/workbench.ts';
import { computeLocally, setComputeLocally } from '../../engine/computePreference.ts';
import type { RunState } from '../../engine/useEngineRun.ts';
import type { LibraryBackend } from '../../library/libraryBackend.ts';
import { ComputedOn, storedAt } from './ComputedOn.tsx';

afterEach(() => {
  cleanup();
  setComputeLocally(false);
});

function show(run: RunState<unknown>, kind: LibraryBackend['kind'] = 'server') {
  const workbench = { backend: { kind } } as unknown as Workbench;
  return render(h(WorkbenchContext.Provider, { value: workbench }, h(ComputedOn, { run })));
}

describe('where the analysis computes', () => {
  it('names the server run and links to the Runs page', () => {
    show({ status: 'done', data: {}, origin: { where: 'server', runId: 'run_Q1' } });
    expect(screen.getByText('computed on the server', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'run run_Q1' }).getAttribute('href')).toBe('#/runs');
  });

  it('says when a stored run was reused, and offers to recompute it', () => {
    const recompute = vi.fn();
    const reusedFrom = new Date().toISOString();
    show({
      status: 'done',
      data: {},
      origin: { where: 'server', runId: 'run_Q1', reusedFrom },
      recompute,
    });
    const note = screen.getByText('(reused)', { exact: false });
    expect(note.textContent).toBe(
      `stored run run_Q1 from ${storedAt(reusedFrom)} (reused) · recompute`,
    );
    expect(screen.queryByText('computed on the server', { exact: false })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'recompute' }));
    expect(recompute).toHaveBeenCalledTimes(1);
  });

  it('says so when the run computes in this browser', () => {
    show({
      status: 'running',
      fraction: 0,
      phase: '',
      cancel: () => {},
      origin: { where: 'browser' },
    });
    expect(screen.getByText('computing in this browser')).toBeTruthy();
  });

  it('offers to compute in this browser instead, and remembers the choice', () => {
    show({ status: 'idle' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'compute in this browser' }));
    expect(computeLocally()).toBe(true);
    expect(localStorage.getItem('parley.computeLocally')).toBe('1');
  });

  it('shows nothing without a server', () => {
    const { container } = show({ status: 'idle' }, 'browser');
    expect(container.textContent).toBe('');
  });
});

describe('the time of a stored run', () => {
  const now = new Date(2026, 10, 28, 9, 0);

  it('is the local time of day for a run stored today', () => {
    expect(storedAt(new Date(2026, 10, 28, 8, 12, 40).toISOString(), now)).toBe('08:12');
  });

  it('carries the date for an older run', () => {
    expect(storedAt(new Date(2026, 10, 27, 23, 5).toISOString(), now)).toBe('2026-11-27 23:05');
  });
});
