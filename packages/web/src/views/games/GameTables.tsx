/** The games view's tables: the bimatrix, every profile, and the equilibria beside GMCR's. */
import { useState } from 'react';
import type { GamesSection } from '@parley/report';
import type { GameProfile } from '../../engine/protocol.ts';

const CONCEPTS: Record<string, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
};
/** Profiles listed before the table asks to show more. */
const LISTED = 300;

export function Bimatrix({ section }: { section: GamesSection }) {
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

export function ProfileTable({
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

export function OutcomeTable({ section }: { section: GamesSection }) {
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
