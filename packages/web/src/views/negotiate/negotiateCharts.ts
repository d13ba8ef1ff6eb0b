/**
 * Chart options of the negotiation view. The Pareto set lives in one dimension per party; the
 * chart projects it onto two parties' utilities and draws the two-party frontier of the
 * projection (which is the frontier of all outcomes for those two), the bargaining solutions
 * (Nash 1950; Kalai & Smorodinsky 1975; egalitarian; utilitarian), the disagreement point and
 * the simulated agreements. The offer timeline shows, round by round, what each offer is worth.
 */
import type { ChartOption } from '../../charts/echarts.ts';
import { seriesColor } from '../../charts/palette.ts';
import type { NegotiateViewData, SessionView } from '../../engine/protocol.ts';

/** Points not dominated in (x, y), sorted by x ascending. */
export function frontier2d(
  points: readonly (readonly number[])[],
  x: number,
  y: number,
): [number, number][] {
  const sorted = points
    .map((p): [number, number] => [p[x]!, p[y]!])
    .sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  let best = -Infinity;
  for (const p of sorted) {
    if (p[1] > best) {
      out.push(p);
      best = p[1];
    }
  }
  return out.reverse();
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

export function paretoOption(data: NegotiateViewData, x: number, y: number): ChartOption {
  const a = data.analysis;
  const names = a.parties.map((p) => p.name);
  const point = (
    label: string,
    p: { utilities: number[] } | null,
    symbol: string,
    color: string,
  ) =>
    p
      ? [
          {
            name: label,
            type: 'scatter',
            symbol,
            symbolSize: 16,
            color,
            z: 5,
            data: [[round3(p.utilities[x]!), round3(p.utilities[y]!)]],
          },
        ]
      : [];
  const agreements = data.sessions
    .filter((s) => s.agreement)
    .map((s) => ({
      name: s.strategy,
      value: [round3(s.agreement!.utilities[x]!), round3(s.agreement!.utilities[y]!)],
    }));
  return {
    grid: { left: 56, right: 16, top: 48, bottom: 48 },
    legend: { type: 'scroll', top: 0, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; name?: string; value: number[] }) =>
        `${p.seriesName}${p.name ? ` (${p.name})` : ''}<br>${names[x]}: ${p.value[0]}<br>${names[y]}: ${p.value[1]}`,
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: `utility of ${names[x]}`,
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: `utility of ${names[y]}`,
      nameLocation: 'middle',
      nameGap: 40,
    },
    series: [
      {
        name: 'Pareto-optimal outcomes',
        type: 'scatter',
        symbolSize: 4,
        color: '#aab4be',
        large: true,
        data: a.pareto.map((u) => [round3(u[x]!), round3(u[y]!)]),
      },
      {
        name: 'frontier of these two',
        type: 'line',
        symbol: 'none',
        step: false,
        color: '#5b6773',
        data: frontier2d(a.pareto, x, y).map(([u, v]) => [round3(u), round3(v)]),
      },
      {
        name: 'disagreement point',
        type: 'scatter',
        symbol: 'rect',
        symbolSize: 10,
        color: '#A3262A',
        data: [[round3(a.parties[x]!.reservation), round3(a.parties[y]!.reservation)]],
      },
      ...point('Nash', a.nash, 'diamond', '#0072B2'),
      ...point('Kalai–Smorodinsky', a.kalaiSmorodinsky, 'triangle', '#009E73'),
      ...point('egalitarian', a.egalitarian, 'circle', '#CC79A7'),
      ...point('max welfare', a.maxWelfare, 'pin', '#E69F00'),
      {
        name: 'simulated agreements',
        type: 'scatter',
        symbol: 'emptyCircle',
        symbolSize: 14,
        color: '#D55E00',
        z: 6,
        data: agreements,
      },
    ],
  };
}

/**
 * Offers by round: one line per proposing party, each point the offer's utility — to the
 * proposer itself (`viewer` null: how far each party concedes) or to one party throughout.
 */
export function timelineOption(
  session: SessionView,
  names: readonly string[],
  viewer: number | null,
): ChartOption {
  const rounds = Math.max(1, session.rounds);
  return {
    grid: { left: 56, right: 16, top: 48, bottom: 44 },
    legend: { type: 'scroll', top: 0, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(3) : String(v)),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: rounds,
      name: 'round',
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: viewer === null ? 'utility to the proposer' : `utility to ${names[viewer]}`,
    },
    series: names.map((name, i) => ({
      name,
      type: 'line',
      symbolSize: 3,
      color: seriesColor(i),
      data: session.offers
        .filter((o) => o.party === i)
        .map((o) => [o.round, round3(o.utilities[viewer ?? i]!)]),
    })),
  };
}
