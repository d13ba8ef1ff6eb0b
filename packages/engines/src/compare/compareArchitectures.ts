/**
 * `compareArchitectures`: runs every engine over every architecture of a scenario and tabulates
 * them side by side against the baseline (docs/compare.md). Per architecture (the scenario with
 * `applyArchitecture` applied):
 *
 * - negotiation: each table simulated `runs` times over the strategy mix, in sequencing order,
 *   with implementation vetoes (simulateArchitecture.ts);
 * - forecast per issue, with outsiders' salience discounted (architectureForecast.ts);
 * - GMCR equilibria and status-quo reachability (architectureGmcr.ts);
 *
 * then the deltas against the baseline, a plain-language summary and the caveats. Deterministic:
 * the same scenario, options and seed give the same JSON.
 */
import {
  applyArchitecture,
  listArchitectures,
  type Architecture,
  type Scenario,
} from '@parley/model';
import type { ForecastModel } from '../forecast/types.ts';
import type { StrategySpec } from '../negotiate/strategies/negotiator.ts';
import { strategyNamed } from '../negotiate/strategies/strategies.ts';
import { EngineError } from '../shared/engineError.ts';
import { architectureDelta } from './architectureDeltas.ts';
import { architectureForecast, DEFAULT_OUTSIDER_SALIENCE } from './architectureForecast.ts';
import { architectureGmcr } from './architectureGmcr.ts';
import { compareCaveats } from './compareCaveats.ts';
import { compareSummary } from './compareSummary.ts';
import type { ArchitectureResult, CompareSettings, ComparisonResult } from './compareTypes.ts';
import { negotiationUnits } from './negotiationUnits.ts';
import { simulateArchitecture } from './simulateArchitecture.ts';
import type { CompareMechanism } from './unitSession.ts';

/**
 * The default strategy mix: the time-dependent family (Boulware, linear, Conceder) and the two
 * reactive strategies. Hard-liners are left out: one hard-liner at a unanimity table decides the
 * result alone, and a comparison of structures should not hinge on who drew it.
 */
export const DEFAULT_STRATEGY_MIX = ['boulware', 'linear', 'conceder', 'tit-for-tat', 'micro'];
export const DEFAULT_COMPARE_RUNS = 100;
export const DEFAULT_COMPARE_ROUNDS = 100;
export const DEFAULT_FORECAST_MODELS: ForecastModel[] = ['median', 'bdm'];

export interface CompareOptions {
  /** Architecture ids to compare; the baseline is always included, first. Default: all. */
  architectures?: string[];
  runs?: number;
  seed?: number;
  /** Deadline of every session in rounds (default 100). */
  rounds?: number;
  /** Strategy names (default DEFAULT_STRATEGY_MIX). */
  strategies?: string[];
  /** Protocol: `sao` at every table (default), `auto` (single text where mediated), `snt`, `mcp`. */
  mechanism?: CompareMechanism;
  /** Values per issue scale; default adaptive (negotiationUnits.ts). */
  steps?: number;
  /** Salience factor of actors not seated at an issue's table (default ½). */
  outsiderSalience?: number;
  forecastModels?: ForecastModel[];
  /** Utility changes smaller than this count as no change (default 0.01). */
  tolerance?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number; message?: string }) => void;
}

export function compareArchitectures(
  scenario: Scenario,
  options: CompareOptions = {},
): ComparisonResult {
  const chosen = chooseArchitectures(scenario, options.architectures);
  const settings = resolveSettings(chosen, options);
  const specs = settings.strategies.map(strategySpec);
  const total = chosen.length * (settings.runs + 2);
  let done = 0;
  const tick = (message?: string): void =>
    options.onProgress?.({ done: ++done, total, ...(message ? { message } : {}) });
  const warnings: string[] = [];
  const architectures = chosen.map((architecture): ArchitectureResult => {
    const applied = applyArchitecture(scenario, architecture.id);
    const plan = negotiationUnits(applied, options.steps ? { steps: options.steps } : {});
    warnings.push(...plan.warnings.map((w) => `${architecture.id}: ${w}`));
    const negotiation = simulateArchitecture(applied, plan, {
      runs: settings.runs,
      seed: settings.seed,
      rounds: settings.rounds,
      strategies: specs,
      mechanism: settings.mechanism,
      ...(options.signal ? { signal: options.signal } : {}),
      onRun: () => tick(architecture.id),
    });
    const forecast = architectureForecast(
      applied,
      options.forecastModels ?? DEFAULT_FORECAST_MODELS,
      settings.outsiderSalience,
      options.signal,
    );
    tick(architecture.id);
    const gmcr = architectureGmcr(applied, architecture, options.signal);
    tick(architecture.id);
    return {
      id: architecture.id,
      name: architecture.name,
      description: architecture.description ?? null,
      baseline: architecture.baseline === true,
      sequencing: applied.sequencing?.kind ?? 'parallel',
      vetoes: (applied.vetoes ?? []).map((v) => ({
        id: v.id,
        holders: v.holders,
        issues: v.scope.issues ?? [],
      })),
      negotiation,
      forecast,
      gmcr,
    };
  });
  const deltas = architectures
    .slice(1)
    .map((a) => architectureDelta(architectures[0]!, a, settings.tolerance));
  return {
    scenario: { id: scenario.id, title: scenario.title },
    baseline: architectures[0]!.id,
    settings,
    architectures,
    deltas,
    summary: compareSummary(architectures, deltas, settings),
    caveats: compareCaveats(scenario, architectures, settings),
    provenance: {
      engine: 'compare',
      method: 'architectures',
      seed: settings.seed,
      parameters: { ...settings },
      warnings: [...new Set([...warnings, ...architectures.flatMap((a) => a.forecast.warnings)])],
    },
  };
}

/** The baseline first, then the requested architectures in the scenario's order. */
function chooseArchitectures(scenario: Scenario, ids: string[] | undefined): Architecture[] {
  const all = listArchitectures(scenario);
  for (const id of ids ?? []) {
    if (!all.some((a) => a.id === id))
      throw new EngineError(
        'compare/unknown-architecture',
        `no architecture ${id}; the scenario has ${all.map((a) => a.id).join(', ')}`,
      );
  }
  return all.filter((a, k) => k === 0 || ids === undefined || ids.includes(a.id));
}

function resolveSettings(chosen: Architecture[], options: CompareOptions): CompareSettings {
  const runs = options.runs ?? DEFAULT_COMPARE_RUNS;
  if (!Number.isInteger(runs) || runs < 1)
    throw new EngineError('compare/bad-runs', 'runs must be a whole number ≥ 1');
  const outsiderSalience = options.outsiderSalience ?? DEFAULT_OUTSIDER_SALIENCE;
  if (!(outsiderSalience >= 0 && outsiderSalience <= 1))
    throw new EngineError('compare/bad-outsider-salience', 'outsiderSalience must lie in [0, 1]');
  return {
    architectures: chosen.map((a) => a.id),
    runs,
    seed: options.seed ?? 1,
    rounds: options.rounds ?? DEFAULT_COMPARE_ROUNDS,
    strategies: options.strategies ?? DEFAULT_STRATEGY_MIX,
    mechanism: options.mechanism ?? 'sao',
    steps: options.steps ?? 'adaptive',
    outsiderSalience,
    forecastModels: options.forecastModels ?? DEFAULT_FORECAST_MODELS,
    tolerance: options.tolerance ?? 0.01,
  };
}

function strategySpec(name: string): StrategySpec {
  const spec = strategyNamed(name);
  if (!spec) throw new EngineError('compare/unknown-strategy', `no strategy ${name}`);
  return spec;
}
