/**
 * The negotiation view: the scenario's issues as one multi-issue negotiation between the actors
 * who take positions — the Pareto frontier with the Nash and Kalai–Smorodinsky solutions, and
 * simulated stacked-alternating-offers sessions (one per strategy) with their offer timelines
 * and agreements. Computed in the engine worker.
 */
import { useMemo, useState } from 'react';
import { useReportParams } from '../../app/reportParams.ts';
import { EChart } from '../../charts/EChart.tsx';
import type { NegotiateViewData } from '../../engine/protocol.ts';
import { useEngineRun } from '../../engine/useEngineRun.ts';
import { engines } from '../../engine/workers.ts';
import { Failure, Progress } from '../common/RunStatus.tsx';
import { useViewScenario } from '../common/useViewScenario.ts';
import { ViewFrame } from '../common/ViewFrame.tsx';
import { paretoOption, timelineOption } from './negotiateCharts.ts';
import { SessionTable, SolutionTable } from './NegotiationTables.tsx';

/** The engine's built-in strategies (negotiate/strategies/strategies.ts). */
const STRATEGIES = ['boulware', 'linear', 'conceder', 'tit-for-tat', 'hardliner', 'micro'];

interface Settings {
  steps: number;
  rounds: number;
  seed: number;
  strategies: string[];
}

export default function NegotiateView() {
  const view = useViewScenario('negotiate');
  const [settings, setSettings] = useState<Settings>({
    steps: 5,
    rounds: 100,
    seed: 0,
    strategies: ['boulware', 'linear', 'conceder', 'tit-for-tat'],
  });
  const [draft, setDraft] = useState(settings);
  const { scenario, architecture } = view;
  const request =
    scenario && !view.unavailable
      ? {
          kind: 'negotiate' as const,
          scenario,
          ...settings,
          ...(architecture ? { architecture } : {}),
        }
      : null;
  const run = useEngineRun<'negotiate'>(
    engines,
    request,
    `${view.key}|${JSON.stringify(settings)}`,
  );
  useReportParams({ negotiate: settings });

  const tools = (
    <form
      className="toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        setSettings(draft);
      }}
    >
      <label className="inline">
        <span>Values per issue</span>
        <select
          value={draft.steps}
          onChange={(e) => setDraft({ ...draft, steps: Number(e.target.value) })}
        >
          {[3, 4, 5, 6, 7, 9].map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <label className="inline">
        <span>Rounds</span>
        <input
          type="number"
          className="narrow"
          min={1}
          max={10000}
          value={draft.rounds}
          onChange={(e) => setDraft({ ...draft, rounds: Math.max(1, Number(e.target.value) || 1) })}
        />
      </label>
      <label className="inline">
        <span>Seed</span>
        <input
          type="number"
          className="narrow"
          min={0}
          value={draft.seed}
          onChange={(e) => setDraft({ ...draft, seed: Math.max(0, Number(e.target.value) || 0) })}
        />
      </label>
      <details className="strategy-choice">
        <summary>Strategies: {draft.strategies.length}</summary>
        <fieldset>
          <legend className="visually-hidden">Strategies to simulate</legend>
          {STRATEGIES.map((s) => (
            <label key={s} className="inline">
              <input
                type="checkbox"
                checked={draft.strategies.includes(s)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    strategies: e.target.checked
                      ? [...draft.strategies, s]
                      : draft.strategies.filter((x) => x !== s),
                  })
                }
              />
              {s}
            </label>
          ))}
        </fieldset>
      </details>
      <button
        type="submit"
        className="button primary"
        disabled={
          JSON.stringify(draft) === JSON.stringify(settings) || draft.strategies.length === 0
        }
      >
        Run
      </button>
    </form>
  );

  return (
    <ViewFrame title="Negotiation" view={view} tools={tools}>
      {run.status === 'running' && <Progress state={run} label="Negotiating" />}
      {run.status === 'error' && <Failure error={run.error} />}
      {run.status === 'done' && <NegotiationBody data={run.data} />}
    </ViewFrame>
  );
}

function NegotiationBody({ data }: { data: NegotiateViewData }) {
  const { analysis, sessions } = data;
  const names = analysis.parties.map((p) => p.name);
  const [x, setX] = useState(0);
  const [y, setY] = useState(Math.min(1, names.length - 1));
  const [sessionIndex, setSessionIndex] = useState(0);
  const [viewer, setViewer] = useState<number | null>(null);
  const pareto = useMemo(() => paretoOption(data, x, y), [data, x, y]);
  const session = sessions[sessionIndex];
  const timeline = useMemo(
    () => (session ? timelineOption(session, names, viewer) : null),
    [session, names, viewer],
  );
  const partySelect = (label: string, value: number, set: (v: number) => void) => (
    <label className="inline">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {names.map((n, i) => (
          <option key={n} value={i}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="scroll-body negotiate">
      <p>
        {analysis.outcomes.toLocaleString('en-US')} outcomes over {analysis.issues.length} issues,{' '}
        {names.length} parties; {analysis.pareto.length.toLocaleString('en-US')} Pareto-optimal
        utility vectors.{' '}
        {analysis.withReservation.zopa.empty
          ? 'No outcome gives every party its reservation value.'
          : `${analysis.withReservation.zopa.outcomes.toLocaleString('en-US')} outcomes give every party at least its reservation value.`}
      </p>
      {data.warnings.length > 0 && (
        <ul className="muted warnings">
          {data.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="grid-2">
        <figure>
          <div className="toolbar">
            {partySelect('Horizontal', x, setX)}
            {partySelect('Vertical', y, setY)}
          </div>
          <EChart
            option={pareto}
            className="tall"
            label={`Pareto frontier projected on the utilities of ${names[x]} and ${names[y]}, with the Nash and Kalai–Smorodinsky solutions and ${sessions.filter((s) => s.agreement).length} simulated agreements.`}
          />
          <figcaption>
            Pareto-optimal outcomes of all parties, seen through two parties' utilities.
          </figcaption>
        </figure>
        <figure>
          <div className="toolbar">
            <label className="inline">
              <span>Session</span>
              <select
                value={sessionIndex}
                onChange={(e) => setSessionIndex(Number(e.target.value))}
              >
                {sessions.map((s, i) => (
                  <option key={s.strategy} value={i}>
                    {s.strategy}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline">
              <span>Utility to</span>
              <select
                value={viewer ?? ''}
                onChange={(e) => setViewer(e.target.value === '' ? null : Number(e.target.value))}
              >
                <option value="">each proposer</option>
                {names.map((n, i) => (
                  <option key={n} value={i}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {timeline && session && (
            <EChart
              option={timeline}
              className="tall"
              label={`Offer timeline of the ${session.strategy} session: ${session.offers.length} offers over ${session.rounds} rounds, ended by ${session.endedBy}.`}
            />
          )}
          <figcaption>
            Offers by round, one line per party
            {session
              ? `; the session ended by ${session.endedBy} after ${session.rounds} rounds`
              : ''}
            .
          </figcaption>
        </figure>
      </div>
      <h3>Bargaining solutions</h3>
      <SolutionTable data={data} />
      <h3>Simulated sessions</h3>
      <SessionTable data={data} />
    </div>
  );
}
