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
import { useEngineRun } from '../../engine/useEngineRun.ts';
import { engines } from '../../engine/workers.ts';
import { Failure, Progress } from '../common/RunStatus.tsx';
import { useViewScenario } from '../common/useViewScenario.ts';
import { ViewFrame } from '../common/ViewFrame.tsx';
import { qreOption } from './qreOption.ts';

const CONCEPTS: Record<string, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
};
/** Profiles listed before the table asks to show more. */
const LISTED = 300;

interface GameSettings {
  options?: string[];
  payoff: 'rank' | 'score';
}

export default function GamesView() {
  const view = useViewScenario('games');
  const [settings, setSettings] = useState<GameSettings>({ payoff: 'rank' });
  const { scenario, architecture } = view;
  const request =
    scenario && !view.unavailable
      ? {
          kind: 'games' as const,
          scenario,
          payoff: settings.payoff,
          ...(settings.options ? { options: settings.options } : {}),
          ...(architecture ? { architecture } : {}),
        }
      : null;
  const run = useEngineRun<'games'>(engines, request, `${view.key}|${JSON.stringify(settings)}`);
  useReportParams({
    games: { payoff: settings.payoff, ...(settings.options ? { options: settings.options } : {}) },
  });
  return (
    <ViewFrame title="Games" view={view}>
      {run.status === 'running' && <Progress state={run} label="Solving" />}
      {run.status === 'error' && <Failure error={run.error} />}
      {run.status === 'done' && (
        <div className="scroll-body games">
          <GameControls data={run.data} settings={settings} onChange={setSettings} />
          {run.data.section ? (
            <GameBody section={run.data.section} profiles={run.data.profiles} />
          ) : (
            <p className="notice">
              No profile of these options is feasible with the other options at their status quo:
              choose other options.
            </p>
          )}
        </div>
      )}
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

function Bimatrix({ section }: { section: GamesSection }) {
  const m = section.matrix!;
  const [rowPlayer, colPlayer] = section.players as [
    GamesSection['players'][0],
    GamesSection['players'][0],
  ];
  const isNash = (r: number, c: number) => m.nash.some(([a, b]) => a === r && b === c);
  const isSq = (r: number, c: number) => m.statusQuo?.[0] === r && m.statusQuo[1] === c;
  return (
    <div className="table-scroll">
      <table className="data-table bimatrix">
        <caption>
          Rows: {rowPlayer.name}; columns: {colPlayer.name}. Each cell: {rowPlayer.name}'s payoff,{' '}
          {colPlayer.name}'s payoff. Shaded: pure Nash equilibrium; outlined: status quo.
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {rowPlayer.name} \ {colPlayer.name}
            </th>
            {colPlayer.strategies.map((s) => (
              <th key={s} scope="col" className="center">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.cells.map((row, r) => (
            <tr key={r}>
              <th scope="row">{rowPlayer.strategies[r]}</th>
              {row.map(([a, b], c) => (
                <td
                  key={c}
                  className={`center ${isNash(r, c) ? 'nash' : ''} ${isSq(r, c) ? 'sq' : ''}`}
                >
                  {a}, {b}
                  {isNash(r, c) && <span className="visually-hidden"> (Nash equilibrium)</span>}
                  {isSq(r, c) && <span className="visually-hidden"> (status quo)</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProfileTable({
  section,
  profiles,
}: {
  section: GamesSection;
  profiles: GameProfile[] | undefined;
}) {
  const [limit, setLimit] = useState(LISTED);
  if (!profiles) return <p className="muted">The game is too large to list profile by profile.</p>;
  const nash = new Set(
    section.outcomes.filter((o) => o.gameNash).map((o) => o.strategies.join('|')),
  );
  const sq = section.outcomes.find((o) => o.statusQuo)?.strategies.join('|');
  return (
    <>
      <div className="table-scroll profile-scroll">
        <table className="data-table">
          <caption>
            Every pure profile (player 1's strategy varies fastest) with each player's payoff.
          </caption>
          <thead>
            <tr>
              {section.players.map((p) => (
                <th key={`s${p.name}`} scope="col">
                  {p.name}
                </th>
              ))}
              <th scope="col" className="num">
                State
              </th>
              {section.players.map((p) => (
                <th key={`u${p.name}`} scope="col" className="num">
                  u({p.name})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {profiles.slice(0, limit).map((p, k) => {
              const key = p.strategies.join('|');
              return (
                <tr key={k} className={`${nash.has(key) ? 'nash' : ''} ${key === sq ? 'sq' : ''}`}>
                  {p.strategies.map((s, i) => (
                    <td key={i}>{s}</td>
                  ))}
                  <td className="num">{p.stateId ?? 'infeasible'}</td>
                  {p.payoffs.map((u, i) => (
                    <td key={i} className="num">
                      {u}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {limit < profiles.length && (
        <button type="button" className="button" onClick={() => setLimit(limit + LISTED)}>
          Show more profiles ({profiles.length - limit} left)
        </button>
      )}
    </>
  );
}

function OutcomeTable({ section }: { section: GamesSection }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          The status quo and every profile that is an equilibrium under some concept.
        </caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            <th scope="col" className="num">
              State
            </th>
            <th scope="col">Payoffs</th>
            <th scope="col" className="center">
              Pure Nash (game)
            </th>
            <th scope="col">GMCR, same options</th>
            <th scope="col">GMCR, full model</th>
          </tr>
        </thead>
        <tbody>
          {section.outcomes.map((o) => (
            <tr key={o.strategies.join('|')} className={o.statusQuo ? 'sq' : ''}>
              <td>
                {o.strategies.join(' · ')}
                {o.statusQuo && <span className="badge warn"> status quo</span>}
              </td>
              <td className="num">{o.stateId ?? '—'}</td>
              <td>{o.payoffs.join(', ')}</td>
              <td className="center">{o.gameNash ? '●' : ''}</td>
              <td>{o.subModel.map((c) => CONCEPTS[c]).join(' ')}</td>
              <td>{o.fullModel.map((c) => CONCEPTS[c]).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
