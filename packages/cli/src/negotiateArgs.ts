/**
 * Command-line values of `parley negotiate …` and `parley compare`: strategies, mechanism,
 * analysis mode, architectures, tracks. A bad value is a UsageError (exit 2) with a hint listing
 * what is allowed.
 */
import { compare, negotiate } from '@parley/engines';
import { didYouMean, listArchitectures, tracksOf, type Scenario } from '@parley/model';
import { UsageError } from './errors.ts';
import { parseCount } from './forecastArgs.ts';

export { parseCount };

const STRATEGY_NAMES = negotiate.STRATEGIES.map((s) => s.name);

/** Comma-separated strategy names, in order (repeats allowed: one per seat). */
export function parseStrategies(text: string): negotiate.StrategySpec[] {
  const names = text.split(',').map((s) => s.trim().toLowerCase());
  return names.map((name) => {
    const spec = negotiate.strategyNamed(name);
    if (!spec) {
      const hint = didYouMean(name, STRATEGY_NAMES);
      const list = `strategies: ${STRATEGY_NAMES.join(', ')}`;
      throw new UsageError(`unknown strategy "${name}"`, hint ? `${hint} (${list})` : list);
    }
    return spec;
  });
}

export type RunMechanism = 'sao' | 'snt' | 'mcp';
const RUN_MECHANISMS: Record<string, RunMechanism> = {
  saop: 'sao',
  sao: 'sao',
  sntext: 'snt',
  snt: 'snt',
  mcp: 'mcp',
};

/** `saop` (stacked alternating offers), `sntext` (single text) or `mcp` (Zeuthen). */
export function parseRunMechanism(text: string): RunMechanism {
  const m = RUN_MECHANISMS[text.toLowerCase()];
  if (!m) throw new UsageError(`unknown mechanism "${text}"`, 'mechanisms are saop, sntext, mcp');
  return m;
}

/** `sao` (default), `auto`, `snt` or `mcp` for `parley compare`. */
export function parseCompareMechanism(text: string): compare.CompareMechanism {
  const lower = text.toLowerCase();
  const m = lower === 'auto' ? 'auto' : RUN_MECHANISMS[lower];
  if (!m) throw new UsageError(`unknown mechanism "${text}"`, 'mechanisms are sao, auto, snt, mcp');
  return m;
}

export function parseMode(text: string): negotiate.AnalysisMode {
  if (text === 'textbook' || text === 'genius') return text;
  throw new UsageError(`unknown mode "${text}"`, 'modes are textbook, genius');
}

/** Values per issue scale, 2–101. */
export const parseSteps = (text: string): number => parseCount(text, '--steps', 2, 101);

/** An architecture id of the scenario. */
export function parseArchitecture(text: string, scenario: Scenario): string {
  const ids = listArchitectures(scenario).map((a) => a.id);
  if (ids.includes(text)) return text;
  const hint = didYouMean(text, ids);
  const list = `architectures: ${ids.join(', ')}`;
  throw new UsageError(`unknown architecture "${text}"`, hint ? `${hint} (${list})` : list);
}

/** `a,b` → architecture ids of the scenario. */
export function parseArchitectures(text: string, scenario: Scenario): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((id) => parseArchitecture(id, scenario));
}

/** A track id of the scenario (as written, or with an architecture applied). */
export function parseTrack(text: string, scenario: Scenario): string {
  const ids = tracksOf(scenario).map((t) => t.id);
  if (ids.includes(text)) return text;
  const hint = didYouMean(text, ids);
  const list = `tracks: ${ids.join(', ')}`;
  throw new UsageError(`unknown track "${text}"`, hint ? `${hint} (${list})` : list);
}

/** A probability-like factor in [0, 1]. */
export function parseFactor(text: string, flag: string): number {
  const x = Number(text);
  if (text.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1)
    throw new UsageError(`bad ${flag} "${text}"`, `${flag} takes a number from 0 to 1`);
  return x;
}
