/**
 * Runs an engine request for a view and follows it: progress while it runs, then the result or
 * the error. A new `key` starts a new run and cancels the old one if it is still running; so
 * does leaving the view. A server run answered by a stored run (serverEngineClient.ts) can be
 * recomputed: `recompute()` runs the same request again with `reuse: false`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineRunner } from './engineClient.ts';
import type { EngineCalls, EngineFailure, EngineKind, ResultOf } from './protocol.ts';
import type { ServerRun } from './serverEngineClient.ts';

/**
 * Where a run computes: the engine worker here, or the Parley server (with the run's id, and
 * `reusedFrom`, when the stored run answering was computed, if it was reused).
 */
export type RunOrigin =
  { where: 'browser' } | { where: 'server'; runId: string | null; reusedFrom?: string };

export type RunState<T> =
  | { status: 'idle' }
  | {
      status: 'running';
      fraction: number;
      phase: string;
      cancel: () => void;
      origin: RunOrigin;
    }
  | {
      status: 'done';
      data: T;
      origin: RunOrigin;
      /** Present when a stored server run answered: compute it again instead. */
      recompute?: () => void;
    }
  | { status: 'error'; error: EngineFailure; origin?: RunOrigin };

export function originOf(run: ServerRun<unknown>): RunOrigin {
  if (!run.serverRun) return { where: 'browser' };
  const reusedFrom = run.reusedFrom?.() ?? null;
  return { where: 'server', runId: run.serverRun(), ...(reusedFrom ? { reusedFrom } : {}) };
}

export function useEngineRun<K extends EngineKind>(
  client: EngineRunner,
  request: EngineCalls[K]['request'] | null,
  key: string,
): RunState<ResultOf<K>> {
  const [state, setState] = useState<RunState<ResultOf<K>>>({ status: 'idle' });
  const requestRef = useRef(request);
  requestRef.current = request;
  // A recompute is the same request again, run once without reuse.
  const [fresh, setFresh] = useState(0);
  const freshRef = useRef(false);
  const recompute = useCallback(() => {
    freshRef.current = true;
    setFresh((n) => n + 1);
  }, []);

  useEffect(() => {
    const current = requestRef.current;
    if (current === null) {
      setState({ status: 'idle' });
      return;
    }
    let settled = false;
    const request = freshRef.current ? { ...current, reuse: false } : current;
    freshRef.current = false;
    const run: ServerRun<ResultOf<K>> = client.run<K>(request, (fraction, phase) => {
      if (!settled) {
        setState({ status: 'running', fraction, phase, cancel: stop, origin: originOf(run) });
      }
    });
    function stop() {
      if (settled) return;
      settled = true;
      run.cancel();
      setState({
        status: 'error',
        error: { code: 'cancelled', message: 'Cancelled.' },
        origin: originOf(run),
      });
    }
    setState({
      status: 'running',
      fraction: 0,
      phase: 'starting',
      cancel: stop,
      origin: originOf(run),
    });
    run.promise.then(
      (data) => {
        if (settled) return;
        settled = true;
        const origin = originOf(run);
        const reused = origin.where === 'server' && origin.reusedFrom !== undefined;
        setState({ status: 'done', data, origin, ...(reused ? { recompute } : {}) });
      },
      (error: { code?: string; message?: string; hint?: string }) => {
        if (settled) return;
        settled = true;
        setState({
          status: 'error',
          error: {
            code: error.code ?? 'internal',
            message: error.message ?? String(error),
            ...(error.hint ? { hint: error.hint } : {}),
          },
          origin: originOf(run),
        });
      },
    );
    return () => {
      if (!settled) {
        settled = true;
        run.cancel();
      }
    };
  }, [client, key, fresh, recompute]);

  return state;
}

/** The latest value, for callbacks that must not re-subscribe. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

export const useStableCallback = <A extends unknown[], R>(fn: (...args: A) => R) => {
  const ref = useLatest(fn);
  return useCallback((...args: A) => ref.current(...args), [ref]);
};
