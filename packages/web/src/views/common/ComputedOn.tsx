/**
 * Where the view's analysis computes, shown only when a Parley server is the backend: "on the
 * server · run <id>" (linking to the Runs page), "stored run <id> from 08:12 (reused)" when the
 * server answered with a run it had already computed (with a button to compute it again), or
 * "in this browser", with the switch to compute in this browser instead (kept in localStorage,
 * computePreference.ts).
 */
import { useWorkbench } from '../../app/workbench.ts';
import { useComputeLocally } from '../../engine/computePreference.ts';
import type { RunState } from '../../engine/useEngineRun.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored run's time in local time: `08:12` today, else `2026-11-27 08:12`. */
export function storedAt(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return day === today ? time : `${day} ${time}`;
}

function RunLink({ runId }: { runId: string }) {
  return (
    <a href="#/runs" title="Every run on the server, with its provenance">
      run {runId}
    </a>
  );
}

export function ComputedOn({ run }: { run: RunState<unknown> }) {
  const { backend } = useWorkbench();
  const [computeLocally, setComputeLocally] = useComputeLocally();
  if (backend?.kind !== 'server') return null;
  const origin = run.status === 'idle' ? undefined : run.origin;
  const verb = run.status === 'running' ? 'computing' : 'computed';
  const reusedFrom = origin?.where === 'server' ? origin.reusedFrom : undefined;
  return (
    <span className="computed-on muted">
      {origin?.where === 'server' && origin.runId && reusedFrom !== undefined && (
        <span>
          stored <RunLink runId={origin.runId} /> from {storedAt(reusedFrom)} (reused)
          {run.status === 'done' && run.recompute && (
            <>
              {' · '}
              <button
                type="button"
                className="link-button"
                title="Compute this view again on the server instead of reusing the stored run"
                onClick={run.recompute}
              >
                recompute
              </button>
            </>
          )}
        </span>
      )}
      {origin?.where === 'server' && reusedFrom === undefined && (
        <span>
          {verb} on the server
          {origin.runId && (
            <>
              {' · '}
              <RunLink runId={origin.runId} />
            </>
          )}
        </span>
      )}
      {origin?.where === 'browser' && <span>{verb} in this browser</span>}
      <label className="inline">
        <input
          type="checkbox"
          checked={computeLocally}
          onChange={(e) => setComputeLocally(e.target.checked)}
        />
        compute in this browser
      </label>
    </span>
  );
}
