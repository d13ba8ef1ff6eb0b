/**
 * Why the selected state is or is not stable: for every decision maker under every concept,
 * stable or not, and on demand the engine's explanation — each unilateral improvement and the
 * sanction that deters it (Fang, Hipel & Kilgour 1993, ch. 3).
 */
import { useState } from 'react';
import type { gmcr } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { useEngineRun } from '../../engine/useEngineRun.ts';
import { engines } from '../../engine/workers.ts';
import {
  CONCEPT_LABELS,
  conceptsOf,
  equilibriumMasks,
  moverColor,
  takenByOwner,
} from './gmcrModel.ts';
import { Progress, Failure } from '../common/RunStatus.tsx';

export interface ExplanationPanelProps {
  data: GmcrViewData;
  scenario: Scenario;
  scenarioKey: string;
  architecture: string | undefined;
  state: number;
}

export function ExplanationPanel({
  data,
  scenario,
  scenarioKey,
  architecture,
  state,
}: ExplanationPanelProps) {
  const run = useEngineRun<'explain'>(
    engines,
    { kind: 'explain', scenario, state, ...(architecture ? { architecture } : {}) },
    `${scenarioKey}|${architecture ?? ''}|${state}`,
  );
  const [open, setOpen] = useState<{ mover: number; concept: gmcr.ExplainConcept } | null>(null);
  const decimal = data.decimals[state]!;
  const mask = equilibriumMasks(data)[state]!;
  const concepts = conceptsOf(data, mask);
  const taken = takenByOwner(data, decimal);

  return (
    <section aria-labelledby="explain-h" className="panel explain">
      <h2 id="explain-h">
        State {state + 1}
        {state === data.statusQuo && <span className="badge warn"> status quo</span>}
      </h2>
      <p className="mono">{run.status === 'done' ? run.data.yn : ''}</p>
      <p>
        {concepts.length > 0 ? (
          <>
            Equilibrium under <strong>{concepts.map((c) => CONCEPT_LABELS[c]).join(', ')}</strong>.
          </>
        ) : (
          'Not an equilibrium under any concept.'
        )}
      </p>
      {taken.length === 0 ? (
        <p className="muted">No option taken.</p>
      ) : (
        <ul className="taken">
          {taken.map((t) => (
            <li key={t.owner}>
              <strong>{t.owner}:</strong> {t.labels.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {run.status === 'running' && <Progress state={run} label="Explaining" />}
      {run.status === 'error' && <Failure error={run.error} />}
      {run.status === 'done' && (
        <>
          <table className="data-table stability-grid">
            <caption>Stable for each decision maker? Choose a cell for the reason.</caption>
            <thead>
              <tr>
                <th scope="col">Decision maker</th>
                {data.concepts.map((c) => (
                  <th key={c} scope="col" className="center">
                    {CONCEPT_LABELS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.movers.map((mover, m) => (
                <tr key={m}>
                  <th scope="row">
                    <span className="owner-swatch" style={{ background: moverColor(m) }} />
                    {mover.name}
                  </th>
                  {data.concepts.map((c) => {
                    const cell = run.data.cells.find((x) => x.mover === m && x.concept === c)!;
                    const isOpen = open?.mover === m && open.concept === c;
                    return (
                      <td key={c} className="center">
                        <button
                          type="button"
                          className={`cell-button ${cell.stable ? 'stable' : 'unstable'}`}
                          aria-pressed={isOpen}
                          aria-label={`${mover.name}, ${CONCEPT_LABELS[c]}: ${cell.stable ? 'stable' : 'unstable'}`}
                          onClick={() => setOpen(isOpen ? null : { mover: m, concept: c })}
                        >
                          {cell.stable ? '✓' : '✗'}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <Reasons cells={run.data.cells} open={open} />
        </>
      )}
    </section>
  );
}

function Reasons({
  cells,
  open,
}: {
  cells: {
    mover: number;
    concept: gmcr.ExplainConcept;
    stable: boolean;
    summary: string;
    lines: string[];
  }[];
  open: { mover: number; concept: gmcr.ExplainConcept } | null;
}) {
  // Without a choice, explain the first cell that is unstable (or the first).
  const cell =
    (open && cells.find((c) => c.mover === open.mover && c.concept === open.concept)) ??
    cells.find((c) => !c.stable) ??
    cells[0];
  if (!cell) return null;
  return (
    <div className="reasons" aria-live="polite">
      <p>
        <strong>{cell.summary}</strong>
      </p>
      {cell.lines.length > 0 && (
        <ul>
          {cell.lines.map((line, k) => (
            <li key={k}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
