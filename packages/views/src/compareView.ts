/**
 * The comparison view's data: the engines' `compareArchitectures` (docs/compare.md) — every
 * architecture of the scenario simulated, forecast and analysed, with deltas against the
 * baseline and a plain-language summary.
 */
import type { Scenario } from '@parley/model';
import { compare } from '@parley/engines';
import type { CompareViewData } from './compareTypes.ts';

export interface CompareViewOptions {
  runs?: number;
  seed?: number;
  onProgress?: (fraction: number, phase: string) => void;
}

export function compareView(scenario: Scenario, options: CompareViewOptions): CompareViewData {
  return compare.compareArchitectures(scenario, {
    ...(options.runs !== undefined ? { runs: options.runs } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    onProgress: (p) =>
      options.onProgress?.(p.done / Math.max(1, p.total), p.message ?? 'simulating'),
  });
}
