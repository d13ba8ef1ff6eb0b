// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createElement as h } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunEventHandlers, RunFilter, RunView } from '../api/types.ts';
import { runOf } from './runFixture.ts';
import { RunsPage, type RunsPageProps } from './RunsPage.tsx';
import { MAX_FOLLOWED, POLL_MS, type RunsClient } from './useRuns.ts';

afterEach(cleanup);

const SUCCEEDED = runOf({
  id: 'run_done',
  engine: 'gmcr',
  params: { concepts: ['nash', 'gmr'] },
  provenance: {
    engine: 'gmcr',
    method: 'gmcr-stability',
    parameters: { concepts: ['nash', 'gmr'] },
    warnings: ['coalitions skipped'],
    inputHash: 'feedc0de',
  },
});
const RUNNING = runOf({
  id: 'run_live',
  status: 'running',
  progress: 0.2,
  phase: 'monte-carlo',
  finishedAt: null,
});
const FAILED = runOf({
  id: 'run_bad',
  engine: 'negotiate',
  status: 'failed',
  error: { code: 'timeout', message: 'the run took longer than 600 s' },
  scenarioId: null,
  scenarioVersion: null,
});

/** A fake of the API: the runs listed, and every call made. */
function fakeClient(runs: RunView[]) {
  const calls: string[] = [];
  const followers = new Map<string, RunEventHandlers>();
  const client: RunsClient = {
    listRuns: async (filter: RunFilter = {}) => {
      calls.push(`list ${JSON.stringify(filter)}`);
      return runs.filter((r) => !filter.status || r.status === filter.status);
    },
    followRun: (id, handlers, how) => {
      calls.push(`follow ${id}${how?.withResult === false ? ' without result' : ''}`);
      followers.set(id, handlers);
      return () => followers.delete(id);
    },
    cancelRun: async (id) => {
      calls.push(`cancel ${id}`);
      return { ...runs.find((r) => r.id === id)!, status: 'cancelled' as const };
    },
    deleteRun: async (id) => {
      calls.push(`delete ${id}`);
    },
    runResultText: async (id) => {
      calls.push(`result ${id}`);
      return '{"equilibria":[4]}';
    },
  };
  return { client, calls, followers };
}

async function show(props: Partial<RunsPageProps> & { client: RunsClient }) {
  await act(async () => {
    render(h(RunsPage, { mode: 'server', onStatus: () => {}, ...props }));
  });
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`tr[data-run="${id}"]`)!;

describe('the runs page', () => {
  it('lists every stored run with engine, status, scenario, duration and parameters', async () => {
    const { client } = fakeClient([RUNNING, SUCCEEDED, FAILED]);
    await show({ client });
    expect(screen.getByText('3 runs')).toBeTruthy();
    const done = within(rowOf('run_done'));
    expect(done.getByText('gmcr')).toBeTruthy();
    expect(done.getByText('succeeded')).toBeTruthy();
    expect(done.getByRole('link', { name: 'catalog:korea-2018' })).toBeTruthy();
    expect(done.getByText('12.5 s')).toBeTruthy(); // 09:00:01 → 09:00:13.5
    expect(done.getByText('concepts=["nash","gmr"]')).toBeTruthy();
    const bad = within(rowOf('run_bad'));
    expect(bad.getByText('text input')).toBeTruthy();
    expect(bad.getByText('timeout')).toBeTruthy();
    expect(bad.getByText(/took longer than 600 s/)).toBeTruthy();
  });

  it('shows the provenance of a run on request', async () => {
    const { client } = fakeClient([SUCCEEDED]);
    await show({ client });
    const toggle = screen.getByRole('button', { name: 'Details of gmcr run run_done' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('gmcr · gmcr-stability')).toBeTruthy();
    expect(screen.getByText('coalitions skipped')).toBeTruthy();
    expect(screen.getByText('feedc0de')).toBeTruthy();
  });

  it('follows a running run live, to its result', async () => {
    const { client, followers, calls } = fakeClient([RUNNING, SUCCEEDED]);
    await show({ client });
    expect([...followers.keys()]).toEqual(['run_live']);
    // The list shows status only: the stream need not carry the result.
    expect(calls).toContain('follow run_live without result');
    expect(within(rowOf('run_live')).getByText('20% · monte-carlo')).toBeTruthy();
    act(() => followers.get('run_live')!.progress!({ progress: 0.65, phase: 'bdm' }));
    const bar = screen.getByRole('progressbar', { name: 'Progress of run_live' });
    expect(bar.getAttribute('value')).toBe('0.65');
    expect(within(rowOf('run_live')).getByText('65% · bdm')).toBeTruthy();
    act(() =>
      followers.get('run_live')!.result!(
        { ...RUNNING, status: 'succeeded', progress: 1, finishedAt: RUNNING.createdAt },
        {},
      ),
    );
    expect(within(rowOf('run_live')).getByText('succeeded')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('follows at most three runs at once, and polls the list for the others', async () => {
    vi.useFakeTimers();
    try {
      const running = [1, 2, 3, 4].map((i) =>
        runOf({ id: `run_${i}`, status: 'running', finishedAt: null }),
      );
      const { client, calls, followers } = fakeClient(running);
      await show({ client });
      expect(followers.size).toBe(MAX_FOLLOWED);
      const lists = () => calls.filter((c) => c.startsWith('list')).length;
      expect(lists()).toBe(1);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(POLL_MS);
      });
      expect(lists()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('cancels a running run', async () => {
    const { client, calls } = fakeClient([RUNNING]);
    await show({ client });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel forecast run run_live' }));
    });
    expect(calls).toContain('cancel run_live');
    expect(within(rowOf('run_live')).getByText('cancelled')).toBeTruthy();
  });

  it('deletes a finished run once confirmed', async () => {
    const { client, calls } = fakeClient([SUCCEEDED, FAILED]);
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    await show({ client, confirm });
    const remove = screen.getByRole('button', { name: 'Delete negotiate run run_bad' });
    fireEvent.click(remove);
    expect(calls).not.toContain('delete run_bad');
    await act(async () => {
      fireEvent.click(remove);
    });
    expect(calls).toContain('delete run_bad');
    expect(rowOf('run_bad')).toBeNull();
    expect(screen.getByText('1 run')).toBeTruthy();
  });

  it('downloads the result JSON of a succeeded run', async () => {
    const { client } = fakeClient([SUCCEEDED]);
    const save = vi.fn();
    await show({ client, save });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Result JSON of gmcr run run_done' }));
    });
    expect(save).toHaveBeenCalledWith('{"equilibria":[4]}', 'parley-gmcr-run_done.json');
    expect(screen.getByRole('status').textContent).toBe('Downloaded parley-gmcr-run_done.json');
  });

  it('copies a run id', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { client } = fakeClient([SUCCEEDED]);
    await show({ client });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy id of gmcr run run_done' }));
    });
    expect(writeText).toHaveBeenCalledWith('run_done');
    expect(screen.getByRole('status').textContent).toBe('Copied run_done');
  });

  it('filters by the open scenario and a status', async () => {
    const { client, calls } = fakeClient([FAILED]);
    const onStatus = vi.fn();
    await show({ client, scenario: { id: 'sc_1', title: 'Korea' }, status: 'failed', onStatus });
    expect(screen.getByRole('heading', { name: 'Runs of Korea' })).toBeTruthy();
    expect(calls[0]).toBe('list {"scenarioId":"sc_1","status":"failed","limit":100}');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), {
      target: { value: '' },
    });
    expect(onStatus).toHaveBeenCalledWith(undefined);
  });

  it('explains that stored runs need the server when there is none', async () => {
    const { client, calls } = fakeClient([]);
    await show({ client, mode: 'browser' });
    expect(screen.getByText(/Stored runs need the Parley server/)).toBeTruthy();
    expect(screen.getByText('npm start')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('shows why the list cannot be read', async () => {
    const { client } = fakeClient([]);
    client.listRuns = async () => {
      throw new Error('the server cannot be reached (TypeError: fetch failed)');
    };
    await show({ client });
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be reached/);
  });
});
