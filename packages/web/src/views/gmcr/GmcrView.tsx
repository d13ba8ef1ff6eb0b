/**
 * The GMCR view: stability of every state (Nash, GMR, SMR, SEQ, SIM; Fang, Hipel & Kilgour
 * 1993) computed in the engine worker or on the Parley server, shown as the state graph, the
 * option-form table and the paths from the status quo, with the selected state's explanation
 * beside them (explanations always compute in the engine worker).
 */
import './gmcr.css';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { StabilityConcept } from '@parley/engines';
import type { Scenario } from '@parley/model';
import { useReportParams } from '../../app/reportParams.ts';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { RunBody } from '../common/RunStatus.tsx';
import { Tabs } from '../common/Tabs.tsx';
import { useViewRun } from '../common/useViewRun.ts';
import { useViewScenario } from '../common/useViewScenario.ts';
import { ViewFrame } from '../common/ViewFrame.tsx';
import { ExplanationPanel } from './ExplanationPanel.tsx';
import { CONCEPT_LABELS, moverColor } from './gmcrModel.ts';
import { OptionFormTable } from './OptionFormTable.tsx';
import { defaultEdgeMode, type EdgeMode } from './stateGraph.ts';
import { StatusQuoPaths } from './StatusQuoPaths.tsx';
import { stateFromInput } from './stateFromInput.ts';

const StateGraph = lazy(() => import('./StateGraph.tsx'));

type Tab = 'graph' | 'table' | 'paths';

export default function GmcrView() {
  const view = useViewScenario('gmcr');
  const { scenario, architecture, key } = view;
  const run = useViewRun(view, 'gmcr', {});
  return (
    <ViewFrame title="GMCR stability" view={view} run={run}>
      <RunBody run={run} label="Analysing">
        {(data) =>
          scenario && (
            <GmcrWorkspace
              key={key}
              data={data}
              scenario={scenario}
              scenarioKey={view.scenarioKey}
              architecture={architecture}
            />
          )
        }
      </RunBody>
    </ViewFrame>
  );
}

function GmcrWorkspace({
  data,
  scenario,
  scenarioKey,
  architecture,
}: {
  data: GmcrViewData;
  scenario: Scenario;
  scenarioKey: string;
  architecture: string | undefined;
}) {
  const [tab, setTab] = useState<Tab>(data.edges ? 'graph' : 'table');
  const [selected, setSelected] = useState<number | null>(data.statusQuo >= 0 ? data.statusQuo : 0);
  const [concept, setConcept] = useState<StabilityConcept | null>(null);
  const [mode, setMode] = useState<EdgeMode>(() => defaultEdgeMode(data));
  const [moversShown, setMoversShown] = useState(() => data.movers.map(() => true));
  const [goto, setGoto] = useState('');
  const [gotoProblem, setGotoProblem] = useState<string | null>(null);
  useReportParams(selected === null ? {} : { selectedState: selected });

  const counts = useMemo(
    () => data.concepts.map((c) => ({ concept: c, count: data.equilibria[c]?.length ?? 0 })),
    [data],
  );
  useEffect(() => setGotoProblem(null), [goto]);

  const go = () => {
    const found = stateFromInput(data, goto);
    if (typeof found === 'number') {
      setSelected(found);
      setGoto('');
    } else setGotoProblem(found.problem);
  };

  return (
    <div className="gmcr">
      <div className="toolbar">
        <span className="muted">
          {data.stateCount.toLocaleString('en-US')} feasible states · {data.movers.length} decision
          makers · equilibria:
        </span>
        {counts.map(({ concept: c, count }) => (
          <button
            key={c}
            type="button"
            className={`button small chip ${concept === c ? 'active' : ''}`}
            aria-pressed={concept === c}
            title={`Show only ${CONCEPT_LABELS[c]} equilibria in the table`}
            onClick={() => {
              setConcept(concept === c ? null : c);
              setTab('table');
            }}
          >
            {CONCEPT_LABELS[c]} <strong>{count.toLocaleString('en-US')}</strong>
          </button>
        ))}
        <span className="spacer" />
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            go();
          }}
        >
          <label className="inline">
            <span>Go to state</span>
            <input
              type="text"
              size={10}
              value={goto}
              placeholder={`1–${data.stateCount} or Y/N`}
              aria-invalid={gotoProblem !== null}
              aria-describedby="goto-problem"
              onChange={(e) => setGoto(e.target.value)}
            />
          </label>{' '}
          <button type="submit" className="button small">
            Go
          </button>
          <span id="goto-problem" role="alert" className="badge bad" hidden={gotoProblem === null}>
            {gotoProblem}
          </span>
        </form>
      </div>
      <Tabs<Tab>
        label="GMCR views"
        value={tab}
        onChange={setTab}
        tabs={[
          { id: 'graph', label: 'State graph', disabled: !data.edges },
          { id: 'table', label: 'Option-form table' },
          { id: 'paths', label: 'From the status quo' },
        ]}
      />
      <div className="split gmcr-split">
        <div
          className="stack"
          role="tabpanel"
          id={`tab-${tab}`}
          aria-labelledby={`tab-${tab}-label`}
        >
          {tab === 'graph' && data.edges && (
            <>
              <div className="toolbar">
                <label className="inline">
                  <span>Moves drawn</span>
                  <select value={mode} onChange={(e) => setMode(e.target.value as EdgeMode)}>
                    <option value="paths">paths from the status quo</option>
                    <option value="improvements">unilateral improvements</option>
                    <option value="all">every move</option>
                  </select>
                </label>
                <fieldset className="movers">
                  <legend className="visually-hidden">Movers shown</legend>
                  {data.movers.map((m, i) => (
                    <label key={i} className="inline">
                      <input
                        type="checkbox"
                        checked={moversShown[i]}
                        onChange={(e) =>
                          setMoversShown(
                            moversShown.map((v, j) => (j === i ? e.target.checked : v)),
                          )
                        }
                      />
                      <span className="owner-swatch" style={{ background: moverColor(i) }} />
                      {m.name}
                    </label>
                  ))}
                </fieldset>
              </div>
              <Suspense fallback={<p className="muted">Loading the graph…</p>}>
                <StateGraph
                  data={data}
                  selected={selected}
                  onSelect={setSelected}
                  mode={mode}
                  moversShown={moversShown}
                />
              </Suspense>
              <p className="legend muted">
                <span className="dot sq" /> status quo <span className="dot nash" /> Nash
                equilibrium <span className="dot eq" /> equilibrium under other concepts{' '}
                <span className="dot sel" /> selected · arrows: moves, coloured by mover
              </p>
            </>
          )}
          {tab === 'table' && (
            <OptionFormTable
              data={data}
              selected={selected}
              onSelect={setSelected}
              conceptFilter={concept}
            />
          )}
          {tab === 'paths' && (
            <div className="panel">
              <StatusQuoPaths data={data} selected={selected} onSelect={setSelected} />
            </div>
          )}
        </div>
        {selected !== null && (
          <ExplanationPanel
            data={data}
            scenario={scenario}
            scenarioKey={scenarioKey}
            architecture={architecture}
            state={selected}
          />
        )}
      </div>
    </div>
  );
}
