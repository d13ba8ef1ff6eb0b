/**
 * Chart options of the forecast view, built from the report's forecast section (plain data):
 * a simulation's positions by round per actor with the capability × salience weighted median,
 * and the Monte Carlo distribution of each model's forecast over the issue's scale.
 */
import type { ForecastTrajectory, IssueForecast } from '@parley/report';
import type { ChartOption } from '../../charts/echarts.ts';
import { seriesColor } from '../../charts/palette.ts';

// The scale's labelled ends are long sentences: the caption says them, not the axis (a long
// axis name would make ECharts 6 shrink the plot to fit it).
const axisScale = (issue: IssueForecast) => ({
  type: 'value' as const,
  min: issue.scale.min,
  max: issue.scale.max,
});

export function trajectoryOption(
  issue: IssueForecast,
  trajectory: ForecastTrajectory,
): ChartOption {
  const rounds = Array.from({ length: trajectory.rounds + 1 }, (_, r) => r);
  return {
    grid: { left: 56, right: 16, top: 40, bottom: 40 },
    legend: { type: 'scroll', top: 0, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : String(v)),
    },
    xAxis: { type: 'category', data: rounds, name: 'round', nameLocation: 'middle', nameGap: 26 },
    yAxis: axisScale(issue),
    series: [
      ...trajectory.actors.map((a, i) => ({
        name: a.actor,
        type: 'line',
        data: a.values,
        symbolSize: 4,
        lineStyle: { width: 1.8 },
        color: seriesColor(i),
      })),
      {
        name: 'weighted median',
        type: 'line',
        data: trajectory.median,
        symbol: 'none',
        color: '#111',
        lineStyle: { width: 2.5, type: 'dashed' },
      },
    ],
  };
}

/** Histogram bin centres and counts per model, for the models that carry a distribution. */
export function histogramSeries(
  issue: IssueForecast,
  models: readonly { model: string; short: string }[],
) {
  const withSpread = issue.forecasts.filter((f) => f.distribution);
  const first = withSpread[0]?.distribution;
  if (!first) return null;
  const { from, to, counts } = first.histogram;
  const width = (to - from) / counts.length;
  const centres = counts.map((_, k) => Number((from + width * (k + 0.5)).toFixed(2)));
  return {
    centres,
    series: withSpread.map((f) => ({
      model: f.model,
      name: models.find((m) => m.model === f.model)?.short ?? f.model,
      counts: f.distribution!.histogram.counts,
      runs: f.distribution!.runs,
    })),
  };
}

export function histogramOption(
  issue: IssueForecast,
  models: readonly { model: string; short: string }[],
): ChartOption | null {
  const h = histogramSeries(issue, models);
  if (!h) return null;
  return {
    grid: { left: 56, right: 16, top: 40, bottom: 40 },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: h.centres,
      name: 'forecast (bin centre)',
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'value',
      name: 'share of runs',
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
    },
    series: h.series.map((s, i) => ({
      name: s.name,
      type: 'bar',
      barGap: '0%',
      data: s.counts.map((c) => c / s.runs),
      color: seriesColor(i),
    })),
  };
}
