import { describe, expect, it } from 'vitest';
import {
  DUMMY_3DIM,
  DUMMY_3DIM_FINAL,
  DUMMY_3DIM_HISTORY,
  SOE_POL_COMP,
  SOE_POL_COMP_HISTORY,
  type KtabRow,
} from './fixtures/ktabReference.ts';
import { ktabUnit } from './fixtures/ktabUnit.ts';
import { runSmp } from './runSmp.ts';
import { resolveSmpSettings } from './smpSettings.ts';

/** Largest gap between Parley's history (0-100) and a one-decimal KTAB table. */
function gapToReference(rows: readonly KtabRow[], history: readonly (readonly number[])[]): number {
  const unit = ktabUnit(rows);
  const run = runSmp(unit, resolveSmpSettings(), 100);
  expect(run.turns).toHaveLength(history[0]!.length);
  let gap = 0;
  history.forEach((row, k) => {
    row.forEach((expected, t) => {
      gap = Math.max(gap, Math.abs(100 * run.turns[t]![k]! - expected));
    });
  });
  return gap;
}

describe('the spatial model reproduces KAPSARC reference runs of KTAB smpc (20170530 logs)', () => {
  it('matches every position of dummyData_3Dim over all 11 states, to the printed decimal', () => {
    // KTAB prints %5.1f, so agreement means a gap of at most half a unit of the last digit.
    expect(gapToReference(DUMMY_3DIM, DUMMY_3DIM_HISTORY)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('matches the final dummyData_3Dim state to the four decimals KTAB logs internally', () => {
    const run = runSmp(ktabUnit(DUMMY_3DIM), resolveSmpSettings(), 100);
    const final = Array.from(run.turns.at(-1)!, (x) => 100 * x);
    final.forEach((x, k) => expect(x).toBeCloseTo(DUMMY_3DIM_FINAL[k]!, 6));
  });

  it('matches every position of SOE-Pol-Comp over all 28 states, to the printed decimal', () => {
    expect(gapToReference(SOE_POL_COMP, SOE_POL_COMP_HISTORY)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('stops by KTAB rule: 11 and 28 states, as in the reference logs', () => {
    const a = runSmp(ktabUnit(DUMMY_3DIM), resolveSmpSettings(), 100);
    const b = runSmp(ktabUnit(SOE_POL_COMP), resolveSmpSettings(), 100);
    expect([a.turns.length, a.converged, b.turns.length, b.converged]).toEqual([
      11,
      true,
      28,
      true,
    ]);
  });

  it('stops at the turn limit without claiming convergence', () => {
    const run = runSmp(ktabUnit(SOE_POL_COMP), resolveSmpSettings(), 5);
    expect(run.rounds).toBe(5);
    expect(run.converged).toBe(false);
  });
});
