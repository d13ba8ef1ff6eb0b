/**
 * The server's stored runs as React state: the list for a filter, kept live while runs are
 * active, and the actions on one run.
 *
 * Active runs are followed by their event streams — at most MAX_FOLLOWED at once, because every
 * stream holds one of the browser's few connections per origin (six over HTTP/1.1) and the app
 * needs the others. Active runs beyond those, or whose stream failed, are refreshed by reloading
 * the list every POLL_MS. Streams are opened without the result, which the list never shows.
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { Api } from '../api/api.ts';
import type { RunFilter, RunView } from '../api/types.ts';
import { isActive } from './runFormat.ts';

export const MAX_FOLLOWED = 3;
export const POLL_MS = 3000;

/** What the page needs of the API (a fake in tests). */
export type RunsClient = Pick<
  Api,
  'listRuns' | 'followRun' | 'cancelRun' | 'deleteRun' | 'runResultText'
>;

export interface RunsState {
  /** Null until the first answer. */
  runs: RunView[] | null;
  problem: string | null;
  reload(): Promise<void>;
  cancel(run: RunView): Promise<void>;
  remove(run: RunView): Promise<void>;
  /** The stored result as JSON text (to download it). */
  resultText(run: RunView): Promise<string>;
}

const messageOf = (error: unknown) => (error as Error).message;

export function useRuns(client: RunsClient, filter: RunFilter, enabled: boolean): RunsState {
  const [runs, setRuns] = useState<RunView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { scenarioId, status, limit } = filter;

  const replace = useCallback((next: RunView) => {
    setRuns((list) => list && list.map((r) => (r.id === next.id ? next : r)));
  }, []);

  const reload = useCallback(async () => {
    if (!enabled) return;
    try {
      const list = await client.listRuns({
        ...(scenarioId ? { scenarioId } : {}),
        ...(status ? { status } : {}),
        ...(limit !== undefined ? { limit } : {}),
      });
      setRuns(list);
      setProblem(null);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, [client, enabled, scenarioId, status, limit]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useFollowActive(client, runs, setRuns, reload);

  const cancel = useCallback(
    async (run: RunView) => {
      try {
        const after = await client.cancelRun(run.id);
        if (after) replace(after);
        else await reload();
      } catch (error) {
        setProblem(`Cancelling ${run.id} failed: ${messageOf(error)}`);
      }
    },
    [client, replace, reload],
  );

  const remove = useCallback(
    async (run: RunView) => {
      try {
        await client.deleteRun(run.id);
        setRuns((list) => list && list.filter((r) => r.id !== run.id));
      } catch (error) {
        setProblem(`Deleting ${run.id} failed: ${messageOf(error)}`);
      }
    },
    [client],
  );

  const resultText = useCallback((run: RunView) => client.runResultText(run.id), [client]);

  return { runs, problem, reload, cancel, remove, resultText };
}

/** Follows the active runs listed, polls for the others (see the file comment). */
function useFollowActive(
  client: RunsClient,
  runs: RunView[] | null,
  setRuns: Dispatch<SetStateAction<RunView[] | null>>,
  reload: () => Promise<void>,
): void {
  const followed = useRef(new Map<string, () => void>());
  const unfollowable = useRef(new Set<string>());
  const latest = useRef(runs);
  latest.current = runs;

  useEffect(() => {
    const patch = (id: string, fields: Partial<RunView>) =>
      setRuns((list) => list && list.map((r) => (r.id === id ? { ...r, ...fields } : r)));
    const active = new Set((runs ?? []).filter(isActive).map((r) => r.id));
    for (const [id, stop] of followed.current) {
      if (active.has(id)) continue;
      stop();
      followed.current.delete(id);
    }
    for (const id of active) {
      if (followed.current.has(id) || unfollowable.current.has(id)) continue;
      if (followed.current.size >= MAX_FOLLOWED) break;
      const stop = client.followRun(
        id,
        {
          status: (run) => patch(id, run),
          progress: (event) => {
            const { status } = event as { status?: RunView['status'] };
            patch(id, {
              status: status ?? 'running',
              progress: event.progress,
              phase: event.phase,
            });
          },
          result: (run) => {
            followed.current.delete(id);
            patch(id, run);
          },
          error: () => {
            followed.current.delete(id);
            unfollowable.current.add(id);
          },
        },
        // The page shows status, never the result: don't download it.
        { withResult: false },
      );
      followed.current.set(id, stop);
    }
  }, [client, runs, setRuns]);

  useEffect(() => {
    const timer = setInterval(() => {
      const unwatched = (latest.current ?? []).some(
        (r) => isActive(r) && !followed.current.has(r.id),
      );
      if (unwatched) void reload();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);

  useEffect(() => {
    const map = followed.current;
    return () => {
      for (const stop of map.values()) stop();
      map.clear();
    };
  }, []);
}
