/**
 * The negotiation view: the scenario's issues as one multi-issue negotiation between the actors
 * who take positions — the Pareto frontier with the Nash and Kalai–Smorodinsky solutions, and
 * simulated stacked-alternating-offers sessions (one per strategy) with their offer timelines
 * and agreements. Computed in the engine worker, or on the Parley server when there is one.
 */
import { useMemo, useState } from 'react';
import { useReportParams } from '../../app/reportParams.ts';
import { EChart } from '../../charts/EChart.tsx';
import type { NegotiateViewData } from '../../engine/protocol.ts';
import { RunBody } from '../common/RunStatus.tsx';
import {
  NumberChoice,
  NumberField,
  SeedField,
  SettingsToolbar,
} from '../common/SettingsToolbar.tsx';
import { useRunSettings } from '../common/useRunSettings.ts';
import { useViewRun } from '../common/useViewRun.ts';
import { useViewScenario } from '../common/useViewScenario.ts';
import { ViewFrame } from '../common/ViewFrame.tsx';
import { paretoOption, timelineOption } from './negotiateCharts.ts';
import { SessionTable, SolutionTable } from './NegotiationTables.tsx';

/** The engine's built-in strategies (negotiate/strategies/strategies.ts). */
const STRATEGIES = ['boulware', 'linear', 'conceder', 'tit-for-tat', 'hardliner', 'micro'];

const STEP_CHOICES = [3, 4, 5, 6, 7, 9];

export default function NegotiateView() {
  const view = useViewScenario('negotiate');
  const form = useRunSettings({
    steps: 5,
    rounds: 100,
    seed: 0,
    strategies: ['boulware', 'linear', 'conceder', 'tit-for-tat'],
  });
  const { settings, draft, edit } = form;
  const run = useViewRun(view, 'negotiate', settings);
  useReportParams({ negotiate: settings });

  const tools = (
    <SettingsToolbar form={form} disabled={draft.strategies.length === 0}>
      <NumberChoice
        label="Values per issue"
        value={draft.steps}
        choices={STEP_CHOICES}
        onChange={(steps) => edit({ steps })}
      />
      <NumberField
        label="Rounds"
        value={draft.rounds}
        min={1}
        max={10000}
        onChange={(rounds) => edit({ rounds })}
      />
      <SeedField value={draft.seed} onChange={(seed) => edit({ seed })} />
      <StrategyChoice chosen={draft.strategies} onChange={(strategies) => edit({ strategies })} />
    </SettingsToolbar>
  );

  return (
    <ViewFrame title="Negotiation" view={view} tools={tools} run={run}>
      <RunBody run={run} label="Negotiating">
        {(data) => <NegotiationBody data={data} />}
      </RunBody>
    </ViewFrame>
  );
}

function StrategyChoice({
  chosen,
  onChange,
}: {
  chosen: string[];
  onChange(strategies: string[]): void;
}) {
  return (
    <details className="strategy-choice">
      <summary>Strategies: {chosen.length}</summary>
      <fieldset>
        <legend className="visually-hidden">Strategies to simulate</legend>
        {STRATEGIES.map((s) => (
          <label key={s} className="inline">
            <input
              type="checkbox"
              checked={chosen.includes(s)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, s] : chosen.filter((x) => x !== s))
              }
            />
            {s}
          </label>
        ))}
      </fieldset>
    </details>
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
            <IndexSelect
              label="Horizontal"
              names={names}
              value={x}
              onChange={(i) => setX(i ?? 0)}
            />
            <IndexSelect label="Vertical" names={names} value={y} onChange={(i) => setY(i ?? 0)} />
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
            <IndexSelect
              label="Session"
              names={sessions.map((s) => s.strategy)}
              value={sessionIndex}
              onChange={(i) => setSessionIndex(i ?? 0)}
            />
            <IndexSelect
              label="Utility to"
              names={names}
              value={viewer}
              onChange={setViewer}
              none="each proposer"
            />
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

/** Chooses one of `names` by index; with `none`, also no one (null). */
function IndexSelect({
  label,
  names,
  value,
  none,
  onChange,
}: {
  label: string;
  names: string[];
  value: number | null;
  none?: string;
  onChange(index: number | null): void;
}) {
  return (
    <label className="inline">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        {none !== undefined && <option value="">{none}</option>}
        {names.map((n, i) => (
          <option key={n} value={i}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
