/**
 * The games view: the scenario's graph model read as a one-shot strategic-form game (each
 * decision maker chooses the settings of its own options; engines/compare/gameView.ts) — the
 * strategic form itself, its pure equilibria beside GMCR's for the same states, mixed
 * equilibria and the logit quantal-response path (McKelvey & Palfrey 1995).
 */
import { useMemo, useState } from 'react';
import type { GamesSection } from '@parley/report';
import { useReportParams } from '../../app/reportParams.ts';
import { EChart } from '../../charts/EChart.tsx';
import type { GameProfile, GamesViewData } from '../../engine/protocol.ts';
import { RunBody } from '../common/RunStatus.tsx';
import { useViewRun } from '../common/useViewRun.ts';
import { useViewScenario } from '../common/useViewScenario.ts';
import { ViewFrame } from '../common/ViewFrame.tsx';
import { Bimatrix, OutcomeTable, ProfileTable } from './GameTables.tsx';
import { qreOption } from './qreOption.ts';

interface GameSettings {
  options?: string[];
  payoff: 'rank' | 'score';
}

export default function GamesView() {
  const view = useViewScenario('games');
  const [settings, setSettings] = useState<GameSettings>({ payoff: 'rank' });
  const params = {
    payoff: settings.payoff,
    ...(settings.options ? { options: settings.options } : {}),
  };
  const run = useViewRun(view, 'games', params);
  useReportParams({ games: params });
  return (
    <ViewFrame title="Games" view={view} run={run}>
      <RunBody run={run} label="Solving">
        {(data) => (
          <div className="scroll-body games">
            <GameControls data={data} settings={settings} onChange={setSettings} />
            {data.section ? (
              <GameBody section={data.section} profiles={data.profiles} />
            ) : (
              <p className="notice">
                No profile of these options is feasible with the other options at their status quo:
                choose other options.
              </p>
            )}
          </div>
        )}
      </RunBody>
    </ViewFrame>
  );
}

function GameControls({
  data,
  settings,
  onChange,
}: {
  data: GamesViewData;
  settings: GameSettings;
  onChange(s: GameSettings): void;
}) {
  const current = data.section?.options.map((o) => o.id) ?? settings.options ?? [];
  const [chosen, setChosen] = useState<string[]>(current);
  const [payoff, setPayoff] = useState(settings.payoff);
  const changed = payoff !== settings.payoff || chosen.join() !== current.join();
  return (
    <form
      className="game-controls"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ payoff, options: chosen });
      }}
    >
      <details>
        <summary>
          Options the players choose: {chosen.length} of {data.options.length}
          {data.section && ` (${data.section.selection})`}
        </summary>
        <fieldset className="option-choice">
          <legend className="visually-hidden">Options in the game</legend>
          {data.options.map((o) => (
            <label key={o.id} className="inline">
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                disabled={!chosen.includes(o.id) && chosen.length >= data.maxOptions}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id))
                }
              />
              <span className="muted">{o.owner}:</span> {o.label}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="toolbar">
        <label className="inline">
          <span>Payoffs</span>
          <select value={payoff} onChange={(e) => setPayoff(e.target.value as 'rank' | 'score')}>
            <option value="rank">preference rank</option>
            <option value="score">option-prioritization score</option>
          </select>
        </label>
        <button type="submit" className="button primary" disabled={!changed || chosen.length === 0}>
          Solve
        </button>
        <span className="muted">
          Other options stay at their status quo; infeasible profiles pay each player its lowest
          payoff minus one.
        </span>
      </div>
    </form>
  );
}

function GameBody({
  section,
  profiles,
}: {
  section: GamesSection;
  profiles: GameProfile[] | undefined;
}) {
  const qre = useMemo(() => (section.qre ? qreOption(section.qre) : null), [section]);
  return (
    <>
      <p>
        {section.players.length} players:{' '}
        {section.players.map((p) => `${p.name} (${p.strategies.length} strategies)`).join(', ')} —{' '}
        {section.profileCount} profiles, {section.infeasibleProfiles} infeasible.
      </p>
      <h3>Strategic form</h3>
      {section.matrix ? (
        <Bimatrix section={section} />
      ) : (
        <ProfileTable section={section} profiles={profiles} />
      )}
      <h3>Equilibria beside the graph model</h3>
      <OutcomeTable section={section} />
      {section.differences.length > 0 && (
        <>
          <h3>Why the game and the graph model differ</h3>
          <ul>
            {section.differences.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
      {section.mixed && (
        <>
          <h3>Mixed equilibria ({section.mixed.method})</h3>
          <ol>
            {section.mixed.equilibria.map((eq, k) => (
              <li key={k}>
                {eq.mixes
                  .map(
                    (m) =>
                      `${m.player}: ${m.support.map((s) => `${s.strategy} ${s.probability}`).join(', ')}`,
                  )
                  .join(' · ')}{' '}
                <span className="muted">
                  (payoffs {eq.payoffs.join(', ')}
                  {eq.regret !== '0' && `; regret ${eq.regret}`})
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {qre && section.qre && (
        <figure>
          <EChart
            option={qre}
            label={`Logit quantal response equilibrium path: strategy probabilities as λ grows to ${section.qre.finalLambda.toFixed(1)}.`}
          />
          <figcaption>
            Logit QRE: each strategy's probability as rationality λ grows; the limit is an
            equilibrium (
            {section.qre.limit.mixes
              .map(
                (m) =>
                  `${m.player}: ${m.support.map((s) => `${s.strategy} ${s.probability}`).join(', ')}`,
              )
              .join(' · ')}
            ).
          </figcaption>
        </figure>
      )}
      {section.notes.length > 0 && (
        <ul className="muted warnings">
          {section.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}
