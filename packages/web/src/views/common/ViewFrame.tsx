/** The frame of an analysis view: its title, and why it shows nothing or stale results. */
import '../views.css';
import type { ReactNode } from 'react';
import type { RunState } from '../../engine/useEngineRun.ts';
import { ComputedOn } from './ComputedOn.tsx';
import type { ViewScenario } from './useViewScenario.ts';

export function ViewFrame({
  title,
  view,
  tools,
  run,
  children,
}: {
  title: string;
  view: ViewScenario;
  tools?: ReactNode;
  /** The view's analysis: where it computes is shown beside the tools. */
  run?: RunState<unknown>;
  children: ReactNode;
}) {
  return (
    <section className="view" aria-labelledby="view-h">
      <div className="toolbar view-head">
        <h2 id="view-h">
          {title}
          {view.architecture && (
            <span className="badge accent"> architecture: {view.architecture}</span>
          )}
        </h2>
        {tools}
        {run && <ComputedOn run={run} />}
      </div>
      {view.stale && (
        <p className="notice">
          The text has errors: this view shows the last version that validated. Fix the errors in
          the editor to update it.
        </p>
      )}
      {view.loading ? (
        <p className="muted">Opening the scenario…</p>
      ) : !view.scenario ? (
        <p className="notice">
          The scenario does not validate yet: fix its errors in the YAML editor.
        </p>
      ) : view.unavailable ? (
        <p className="notice">This view does not apply: {view.unavailable}.</p>
      ) : (
        children
      )}
    </section>
  );
}
