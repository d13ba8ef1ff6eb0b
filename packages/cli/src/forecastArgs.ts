/**
 * Command-line values of `parley forecast` (and the forecast part of `parley report`): models,
 * issue, rounds, Monte Carlo runs and seed, workers, BDM variant. A bad value is a UsageError
 * (exit 2) with a hint listing what is allowed.
 */
import { availableParallelism } from 'node:os';
import { forecast } from '@parley/engines';
import { didYouMean, type Scenario } from '@parley/model';
import { UsageError } from './errors.ts';

type Model = forecast.ForecastModel;

/** `--model all`: the baselines that differ from each other, and both simulations. */
export const ALL_MODELS: readonly Model[] = ['mean', 'capability-mean', 'median', 'bdm', 'smp'];
const MODEL_HINT = `models are ${forecast.FORECAST_MODELS.join(', ')} or all (comma-separate several)`;

/** `bdm,smp` or `all` → the models, in the order given, without repeats. */
export function parseModels(text: string): Model[] {
  const names = text.split(',').map((s) => s.trim().toLowerCase());
  if (names.some((n) => n === '')) throw new UsageError(`bad model list "${text}"`, MODEL_HINT);
  const models = names.flatMap((name): readonly Model[] => {
    if (name === 'all') return ALL_MODELS;
    const model = forecast.FORECAST_MODELS.find((m) => m === name);
    if (!model) throw new UsageError(`unknown model "${name}"`, MODEL_HINT);
    return [model];
  });
  return [...new Set(models)];
}

/** A whole number in [min, max] for `flag`, or a UsageError saying so. */
export function parseCount(text: string, flag: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `bad ${flag} "${text}"`,
      `${flag} takes a whole number from ${min} to ${max.toLocaleString('en-US')}`,
    );
  }
  return n;
}

export function parseBdmVariant(text: string): forecast.BdmVariant {
  if (text === 'paper' || text === 'scholz-code') return text;
  throw new UsageError(`unknown BDM variant "${text}"`, 'variants are paper, scholz-code');
}

/** The id of the issue named by `text` (its id or its name, any case). */
export function parseIssue(text: string, scenario: Scenario): string {
  const lower = text.toLowerCase();
  const issue = scenario.issues.find(
    (i) => i.id.toLowerCase() === lower || i.name.toLowerCase() === lower,
  );
  if (issue) return issue.id;
  const ids = scenario.issues.map((i) => i.id);
  const suggestion = didYouMean(text, ids);
  const list = `issues: ${ids.join(', ')}`;
  throw new UsageError(`unknown issue "${text}"`, suggestion ? `${suggestion} (${list})` : list);
}

export interface ForecastFlags {
  model?: string;
  issue?: string;
  rounds?: string;
  runs?: string;
  seed?: string;
  workers?: string;
  bdmVariant?: string;
  joint?: boolean;
}

/** What to run, from the flags. */
export interface ForecastPlan {
  models: Model[];
  rounds?: number;
  /** Monte Carlo runs; absent for a deterministic forecast. */
  runs?: number;
  seed: number;
  workers: number;
  bdmVariant?: forecast.BdmVariant;
  joint: boolean;
}

/** Checks every flag that does not need the input file (the issue is checked once it is read). */
export function forecastPlan(flags: ForecastFlags, defaultModels: readonly Model[]): ForecastPlan {
  if (flags.seed !== undefined && flags.runs === undefined) {
    throw new UsageError(
      '--seed needs --runs',
      'the seed drives the Monte Carlo draws: add --runs N',
    );
  }
  const plan: ForecastPlan = {
    models: flags.model === undefined ? [...defaultModels] : parseModels(flags.model),
    seed: flags.seed === undefined ? 1 : parseCount(flags.seed, '--seed', 0, 2 ** 32 - 1),
    workers:
      flags.workers === undefined
        ? Math.min(8, availableParallelism())
        : parseCount(flags.workers, '--workers', 1, 64),
    joint: flags.joint === true,
  };
  if (flags.rounds !== undefined) plan.rounds = parseCount(flags.rounds, '--rounds', 1, 10_000);
  if (flags.runs !== undefined) plan.runs = parseCount(flags.runs, '--runs', 1, 1_000_000);
  if (flags.bdmVariant !== undefined) plan.bdmVariant = parseBdmVariant(flags.bdmVariant);
  return plan;
}
