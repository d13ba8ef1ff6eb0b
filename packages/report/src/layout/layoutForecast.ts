/** Layout of the Forecasts section: a summary across issues, then each issue in detail. */
import { formatNumber } from '../build/provenance.ts';
import type {
  ForecastModelInfo,
  ForecastSection,
  ForecastSpread,
  ForecastTrajectory,
  IssueForecast,
} from '../forecastReport.ts';
import type { Block, CellInput, ChartBlock } from './blocks.ts';

const LEVELS = '▁▂▃▄▅▆▇█';

/** Forecasts are shown to one decimal: the models are not more precise than that. */
const value = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : formatNumber(Math.round(v * 10) / 10);

/** A histogram as a sparkline: one character per bin, height relative to the fullest bin. */
export function histogramSparkline(counts: readonly number[]): string {
  const most = Math.max(1, ...counts);
  return counts
    .map((c) => (c === 0 ? '·' : LEVELS[Math.min(7, Math.floor((c / most) * 7.999))]!))
    .join('');
}

function intro(s: ForecastSection): Block[] {
  const baselines = s.models.filter((m) => m.kind === 'baseline').map((m) => m.name);
  const simulations = s.models.filter((m) => m.kind === 'simulation').map((m) => m.name);
  const parts = [
    'Where each model expects every issue to settle, on the issue’s own scale.',
    baselines.length > 0
      ? `Baselines: ${baselines.join('; ')} — weights are capability × salience; the compromise model is among the most accurate forecasters of EU decisions, so judge the simulations against it.`
      : '',
    simulations.length > 0
      ? `Simulations: ${simulations.join('; ')}; their forecast is the weighted median of the final positions.`
      : '',
  ];
  const blocks: Block[] = [{ type: 'paragraph', text: parts.filter(Boolean).join(' ') }];
  if (s.monteCarlo) {
    blocks.push({
      type: 'paragraph',
      text:
        `Monte Carlo: ${s.monteCarlo.runs} runs (seed ${s.monteCarlo.seed}); every input written ` +
        'with a range is drawn from a triangular distribution over it. The spread shows how far ' +
        'the disagreement between sources moves each forecast.',
      tone: 'muted',
    });
  }
  return blocks;
}

function summary(s: ForecastSection): Block {
  return {
    type: 'table',
    caption: 'Forecast per issue and model (scale ends in each issue below)',
    head: ['Issue', ...s.models.map((m) => m.short)],
    rows: s.issues.map((issue) => [
      { text: issue.name, tone: 'strong' },
      ...issue.forecasts.map((f) => value(f.value)),
    ]),
    align: ['left', ...s.models.map(() => 'right' as const)],
  };
}

function spreadCells(d: ForecastSpread | undefined): CellInput[] {
  if (!d) return ['', '', ''];
  const q = (p: string) => value(d.quantiles[p]);
  return [q('0.5'), `${q('0.05')}–${q('0.95')}`, histogramSparkline(d.histogram.counts)];
}

function modelTable(issue: IssueForecast, s: ForecastSection): Block {
  const mc = s.monteCarlo !== undefined;
  const info = new Map(s.models.map((m) => [m.model, m]));
  const { min, max } = issue.scale;
  return {
    type: 'table',
    head: [
      'Model',
      'Forecast',
      ...(mc ? ['MC median', '90% range', `Spread ${formatNumber(min)}–${formatNumber(max)}`] : []),
    ],
    rows: issue.forecasts.map((f) => [
      info.get(f.model)?.name ?? f.model,
      { text: value(f.value), tone: 'strong' },
      ...(mc ? spreadCells(f.distribution) : []),
    ]),
    align: ['left', 'right', ...(mc ? (['right', 'right', 'left'] as const) : [])],
  };
}

function chart(issue: IssueForecast, t: ForecastTrajectory, model: ForecastModelInfo): ChartBlock {
  const { min, max, low, high } = issue.scale;
  const limit = t.converged ? '' : ', stopped at the round limit without converging';
  return {
    type: 'chart',
    caption: `${model.name}: positions by round (${t.rounds} rounds${limit}).`,
    xLabel: 'round',
    y: { min, max, lowLabel: low, highLabel: high },
    series: [
      ...t.actors.map((a) => ({ name: a.actor, values: a.values })),
      { name: 'weighted median', values: t.median, reference: true },
    ],
  };
}

function sensitivityNote(issue: IssueForecast, s: ForecastSection): Block[] {
  const info = new Map(s.models.map((m) => [m.model, m]));
  const items = issue.forecasts
    .filter((f) => f.distribution?.mostSensitive && info.get(f.model)?.kind === 'simulation')
    .map((f) => {
      const top = f.distribution!.mostSensitive!;
      return `${info.get(f.model)!.short}: ${top.actor} (|ρ| ${top.score.toFixed(2)})`;
    });
  if (items.length === 0) return [];
  return [
    {
      type: 'paragraph',
      text: `Most sensitive to the uncertain inputs of — ${items.join('; ')}.`,
      tone: 'muted',
    },
  ];
}

function issueBlocks(issue: IssueForecast, s: ForecastSection): Block[] {
  const info = new Map(s.models.map((m) => [m.model, m]));
  const scale = `Scale: ${formatNumber(issue.scale.min)} = ${issue.scale.low}; ${formatNumber(issue.scale.max)} = ${issue.scale.high}.`;
  const linked =
    issue.linkedWith.length > 0
      ? ` Forecast as one package with ${issue.linkedWith.join(', ')} (a linkage).`
      : '';
  const blocks: Block[] = [
    { type: 'heading', text: issue.name },
    { type: 'paragraph', text: scale + linked, tone: 'muted' },
    modelTable(issue, s),
    ...sensitivityNote(issue, s),
    ...issue.trajectories.map((t) => chart(issue, t, info.get(t.model)!)),
  ];
  if (info.has('bdm')) {
    blocks.push(
      issue.movers.length > 0
        ? { type: 'paragraph', text: 'Biggest movers (BDM), with the offer that moved them:' }
        : { type: 'paragraph', text: 'Nobody moved in the BDM simulation.', tone: 'muted' },
    );
    if (issue.movers.length > 0)
      blocks.push({ type: 'list', ordered: false, items: issue.movers.map((m) => m.text) });
  }
  return blocks;
}

export function layoutForecast(s: ForecastSection): Block[] {
  const blocks = [...intro(s), summary(s), ...s.issues.flatMap((i) => issueBlocks(i, s))];
  if (s.warnings.length > 0)
    blocks.push({ type: 'note', text: `Notes: ${s.warnings.join('; ')}.` });
  return blocks;
}
