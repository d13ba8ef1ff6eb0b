/**
 * The built-in strategies by name. `aspiration` is NegMAS's default `AspirationNegotiator`
 * (Boulware, e = 4), kept as an alias so benchmark tables line up with NegMAS's.
 */
import { hardliner } from './hardliner.ts';
import { micro } from './micro.ts';
import type { StrategySpec } from './negotiator.ts';
import { boulware, conceder, linearConcession } from './timeDependent.ts';
import { titForTat } from './titForTat.ts';

export const STRATEGIES: readonly StrategySpec[] = [
  { name: 'boulware', create: boulware },
  { name: 'linear', create: linearConcession },
  { name: 'conceder', create: conceder },
  { name: 'tit-for-tat', create: () => titForTat() },
  { name: 'hardliner', create: hardliner },
  { name: 'micro', create: micro },
  { name: 'aspiration', create: boulware },
];

/** The built-in strategy with this name, or undefined. */
export function strategyNamed(name: string): StrategySpec | undefined {
  return STRATEGIES.find((s) => s.name === name);
}
