/**
 * The logit quantal-response path as a line chart: for every player and strategy, the
 * probability of playing it as rationality λ grows from 0 (uniform play) towards the limit
 * equilibrium (McKelvey & Palfrey 1995; the report's even-grid sample of the traced branch).
 */
import type { GamesSection } from '@parley/report';
import type { ChartOption } from '../../charts/echarts.ts';
import { seriesColor } from '../../charts/palette.ts';

export function qreOption(qre: NonNullable<GamesSection['qre']>): ChartOption {
  const { step, players } = qre.path;
  const length = Math.max(...players.flatMap((p) => p.series.map((s) => s.values.length)), 0);
  const lambdas = Array.from({ length }, (_, k) => Number((k * step).toFixed(3)));
  let i = 0;
  const series = players.flatMap((p) =>
    p.series.map((s) => ({
      name: `${p.player}: ${s.strategy}`,
      type: 'line',
      data: s.values,
      symbol: 'none',
      color: seriesColor(i++),
    })),
  );
  return {
    grid: { left: 48, right: 16, top: 56, bottom: 40 },
    legend: { type: 'scroll', top: 0, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(3) : String(v)),
    },
    xAxis: { type: 'category', data: lambdas, name: 'λ', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', min: 0, max: 1, name: 'probability' },
    series,
  };
}
