// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { dilemma } from '@parley/views/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineRunner, Run } from './engineClient.ts';
import type { EngineCalls } from './protocol.ts';
import type { ServerRun } from './serverEngineClient.ts';
import { useEngineRun } from './useEngineRun.ts';

afterEach(cleanup);

type Request = EngineCalls['gmcr']['request'];

/** A server runner whose first run is answered by a stored run, every later one computed. */
function serverRunner() {
  const requests: Request[] = [];
  const runner: EngineRunner = {
    run: <K>(request: unknown): Run<K> => {
      requests.push(request as Request);
      const n = requests.length;
      const run: ServerRun<unknown> = {
        promise: Promise.resolve({ n }),
        cancel: () => {},
        serverRun: () => `run_${n}`,
        reusedFrom: () => (n === 1 ? '2026-11-28T08:12:03Z' : null),
      };
      return run as Run<K>;
    },
  } as EngineRunner;
  return { runner, requests };
}

const request: Request = { kind: 'gmcr', scenario: dilemma() };

describe('a view run answered by a stored server run', () => {
  it('names the stored run and when it was computed', async () => {
    const { runner } = serverRunner();
    const { result } = renderHook(() => useEngineRun<'gmcr'>(runner, request, 'k'));
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current).toMatchObject({
      origin: { where: 'server', runId: 'run_1', reusedFrom: '2026-11-28T08:12:03Z' },
    });
  });

  it('recomputes once without reuse, and then offers no recompute for the fresh run', async () => {
    const { runner, requests } = serverRunner();
    const { result } = renderHook(() => useEngineRun<'gmcr'>(runner, request, 'k'));
    await waitFor(() => expect(result.current.status).toBe('done'));
    const state = result.current;
    if (state.status !== 'done' || !state.recompute) throw new Error('no recompute offered');
    act(() => state.recompute!());
    // The fresh run names its id while it runs: wait for its result, not just its id.
    await waitFor(() =>
      expect(result.current).toMatchObject({ status: 'done', origin: { runId: 'run_2' } }),
    );
    expect(requests.map((r) => (r as { reuse?: boolean }).reuse)).toEqual([undefined, false]);
    expect(result.current).toMatchObject({ status: 'done', data: { n: 2 } });
    expect('recompute' in result.current).toBe(false);
  });
});
