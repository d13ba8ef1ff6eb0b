/** A running engine request (progress, cancel) and a failed one (message, hint). */
import type { ReactNode } from 'react';
import type { EngineFailure } from '../../engine/protocol.ts';
import type { RunState } from '../../engine/useEngineRun.ts';

/** What a view shows of its run: progress, the failure, or `children` with the result. */
export function RunBody<T>({
  run,
  label,
  children,
}: {
  run: RunState<T>;
  /** What the running analysis does ("Forecasting"). */
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (run.status === 'running') return <Progress state={run} label={label} />;
  if (run.status === 'error') return <Failure error={run.error} />;
  return run.status === 'done' ? children(run.data) : null;
}

export function Progress({
  state,
  label,
}: {
  state: { fraction: number; phase: string; cancel: () => void };
  label: string;
}) {
  const percent = Math.round(state.fraction * 100);
  return (
    <div className="progress" role="status">
      <span>
        {label}… {state.phase}
      </span>
      <progress max={100} value={percent} aria-label={`${label}: ${percent}%`} />
      <button type="button" className="button small" onClick={state.cancel}>
        Cancel
      </button>
    </div>
  );
}

export function Failure({ error, retry }: { error: EngineFailure; retry?: () => void }) {
  return (
    <div className="notice error" role="alert">
      <p>
        {error.code === 'cancelled' ? 'Cancelled.' : error.message}
        {error.hint && <span className="muted"> — {error.hint}</span>}
      </p>
      {retry && (
        <button type="button" className="button small" onClick={retry}>
          Run again
        </button>
      )}
    </div>
  );
}
