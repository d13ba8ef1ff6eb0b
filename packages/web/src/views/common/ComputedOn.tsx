/**
 * Where the view's analysis computes, shown only when a Parley server is the backend: "on the
 * server · run <id>" (linking to the Runs page) or "in this browser", with the switch to compute
 * in this browser instead (kept in localStorage, computePreference.ts).
 */
import { useWorkbench } from '../../app/workbench.ts';
import { useComputeLocally } from '../../engine/computePreference.ts';
import type { RunState } from '../../engine/useEngineRun.ts';

export function ComputedOn({ run }: { run: RunState<unknown> }) {
  const { backend } = useWorkbench();
  const [computeLocally, setComputeLocally] = useComputeLocally();
  if (backend?.kind !== 'server') return null;
  const origin = run.status === 'idle' ? undefined : run.origin;
  const verb = run.status === 'running' ? 'computing' : 'computed';
  return (
    <span className="computed-on muted">
      {origin?.where === 'server' && (
        <span>
          {verb} on the server
          {origin.runId && (
            <>
              {' · '}
              <a href="#/runs" title="Every run on the server, with its provenance">
                run {origin.runId}
              </a>
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
