/**
 * The Forecasts section: for every issue, the formula baselines and the simulation models side by
 * side on the issue's scale, each simulation's trajectory, the Monte Carlo spread when inputs were
 * drawn, and the actors who moved most in the BDM simulation with the reason (forecastMovers.ts).
 * Built from the engine's results (docs/forecast.md); computes nothing itself.
 */
import type { forecast } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type {
  ForecastModelInfo,
  ForecastRuns,
  ForecastSection,
  ForecastSpread,
  ForecastTrajectory,
  IssueForecast,
  ModelForecast,
} from '../forecastReport.ts';
import { forecastIssueResult } from './forecastIssueResult.ts';
import { forecastMovers } from './forecastMovers.ts';

const NAMES: Record<forecast.ForecastModel, { name: string; short: string }> = {
  mean: { name: 'Weighted mean (compromise model)', short: 'Mean' },
  'capability-mean': { name: 'Capability-weighted mean', short: 'Cap. mean' },
  median: { name: 'Weighted median (median voter)', short: 'Median' },
  condorcet: { name: 'Condorcet position', short: 'Condorcet' },
  bdm: { name: 'BDM expected utility', short: 'BDM' },
  smp: { name: 'Spatial model (KTAB SMP)', short: 'SMP' },
};

const SIMULATIONS: ReadonlySet<forecast.ForecastModel> = new Set(['bdm', 'smp']);

/** The report's name for a model run; the BDM name says which variant ran. */
export function modelInfo(result: forecast.ForecastResult): ForecastModelInfo {
  const { name, short } = NAMES[result.model];
  const variant = result.provenance.parameters.bdmVariant;
  return {
    model: result.model,
    name: result.model === 'bdm' && typeof variant === 'string' ? `${name} (${variant})` : name,
    short,
    kind: SIMULATIONS.has(result.model) ? 'simulation' : 'baseline',
  };
}

function spread(
  distribution: forecast.ForecastDistribution | undefined,
): ForecastSpread | undefined {
  if (!distribution) return undefined;
  const top = distribution.sensitivity[0];
  return {
    runs: distribution.runs,
    mean: distribution.mean,
    sd: distribution.sd,
    quantiles: distribution.quantiles,
    histogram: distribution.histogram,
    ...(top && top.score > 0 ? { mostSensitive: { actor: top.actor, score: top.score } } : {}),
  };
}

function modelForecast(part: forecast.ForecastResult): ModelForecast {
  const out: ModelForecast = { model: part.model, value: part.forecast[0] ?? null };
  if (SIMULATIONS.has(part.model)) {
    const [unit] = part.provenance.convergence;
    if (unit) Object.assign(out, { rounds: unit.rounds, converged: unit.converged });
  }
  const distribution = spread(part.distribution?.[0]);
  if (distribution) out.distribution = distribution;
  return out;
}

const present = (xs: (number | null | undefined)[]): number[] =>
  xs.filter((x): x is number => x !== null && x !== undefined);

function trajectory(part: forecast.ForecastResult): ForecastTrajectory {
  const [unit] = part.provenance.convergence;
  return {
    model: part.model,
    rounds: unit?.rounds ?? part.turns.length - 1,
    converged: unit?.converged ?? true,
    actors: part.actors.map((actor) => ({
      actor,
      values: present(part.turns.map((t) => t.positions[actor]?.[0])),
    })),
    median: present(part.turns.map((t) => t.median?.[0])),
  };
}

function linkedWith(runs: ForecastRuns, id: string): string[] {
  const names = new Map(runs.input.dimensions.map((d) => [d.id, d.name]));
  const linked = new Set<string>();
  for (const link of runs.input.linkages ?? [])
    if (link.issues.includes(id)) link.issues.forEach((other) => other !== id && linked.add(other));
  return [...linked].map((other) => names.get(other) ?? other);
}

function issueForecast(scenario: Scenario, runs: ForecastRuns, d: number): IssueForecast {
  const dim = runs.input.dimensions[d]!;
  const issue = scenario.issues.find((i) => i.id === dim.id);
  const parts = runs.results.map((r) => forecastIssueResult(r, d));
  const bdm = parts.find((p) => p.model === 'bdm');
  return {
    id: dim.id,
    name: dim.name,
    scale: {
      min: dim.min,
      max: dim.max,
      low: issue?.scale.low ?? String(dim.min),
      high: issue?.scale.high ?? String(dim.max),
      ...(issue?.scale.unit ? { unit: issue.scale.unit } : {}),
    },
    linkedWith: linkedWith(runs, dim.id),
    forecasts: parts.map(modelForecast),
    trajectories: parts.filter((p) => SIMULATIONS.has(p.model)).map(trajectory),
    movers: bdm ? forecastMovers(bdm, dim.max - dim.min) : [],
  };
}

/** The Forecasts section of a scenario, from the engine's results (one per model). */
export function forecastSection(scenario: Scenario, runs: ForecastRuns): ForecastSection {
  const warnings = [...new Set(runs.results.flatMap((r) => r.provenance.warnings))];
  return {
    kind: 'forecast',
    id: 'forecasts',
    title: 'Forecasts',
    models: runs.results.map(modelInfo),
    ...(runs.monteCarlo ? { monteCarlo: runs.monteCarlo } : {}),
    issues: runs.input.dimensions.map((_, d) => issueForecast(scenario, runs, d)),
    warnings,
  };
}
