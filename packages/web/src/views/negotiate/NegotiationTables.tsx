/** The negotiation view's tables: the bargaining solutions and the simulated sessions. */
import type { NegotiateViewData } from '../../engine/protocol.ts';

const fixed = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : x.toFixed(2);

export function SolutionTable({ data }: { data: NegotiateViewData }) {
  const a = data.analysis;
  const names = a.parties.map((p) => p.name);
  const rows = [
    ['Nash', a.nash],
    ['Kalai–Smorodinsky', a.kalaiSmorodinsky],
    ['Egalitarian', a.egalitarian],
    ['Max welfare', a.maxWelfare],
    ['Nash over reservation values', a.withReservation.nash],
  ] as const;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          The outcome each solution picks (one value per issue:{' '}
          {a.issues.map((i) => i.name).join('; ')}) and its utility to every party.
        </caption>
        <thead>
          <tr>
            <th scope="col">Solution</th>
            <th scope="col">Outcome</th>
            {names.map((n) => (
              <th key={n} scope="col" className="num">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, p]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                {p ? p.outcome.map((v) => (typeof v === 'number' ? fixed(v) : v)).join(', ') : '—'}
              </td>
              {names.map((n, i) => (
                <td key={n} className="num">
                  {fixed(p?.utilities[i])}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Reservation values</th>
            <td>no agreement</td>
            {a.parties.map((p) => (
              <td key={p.id} className="num">
                {fixed(p.reservation)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function SessionTable({ data }: { data: NegotiateViewData }) {
  const { sessions } = data;
  const names = data.analysis.parties.map((p) => p.name);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          Stacked alternating offers, every party playing the strategy; utilities of the agreement.
        </caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Ended by</th>
            <th scope="col" className="num">
              Rounds
            </th>
            <th scope="col">Agreement (issue values)</th>
            {names.map((n) => (
              <th key={n} scope="col" className="num">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.strategy}>
              <th scope="row">{s.strategy}</th>
              <td>{s.endedBy}</td>
              <td className="num">{s.rounds}</td>
              <td>
                {s.agreement
                  ? s.agreement.values.map((v) => (typeof v === 'number' ? fixed(v) : v)).join(', ')
                  : '—'}
              </td>
              {names.map((n, i) => (
                <td key={n} className="num">
                  {fixed(s.agreement?.utilities[i])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
