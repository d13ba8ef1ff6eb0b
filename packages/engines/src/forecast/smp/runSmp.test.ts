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

/** C's printf("%.1f"), which KTAB logs with: correctly rounded, exact binary ties to even. */
function printf1(v: number): string {
  const [whole, frac] = v.toFixed(40).split('.') as [string, string];
  if (/^\d50*$/.test(frac)) {
    const tenths = Number(whole) * 10 + Number(frac[0]);
    return ((tenths % 2 === 0 ? tenths : tenths + 1) / 10).toFixed(1);
  }
  return v.toFixed(1);
}

/** Cells where Parley's history (0-100), printed as KTAB prints, differs from the log. */
function mismatches(rows: readonly KtabRow[], history: readonly (readonly number[])[]): string[] {
  const run = runSmp(ktabUnit(rows), resolveSmpSettings(), 100);
  expect(run.turns).toHaveLength(history[0]!.length);
  const out: string[] = [];
  history.forEach((row, k) => {
    row.forEach((expected, t) => {
      const printed = printf1(100 * run.turns[t]![k]!);
      if (printed !== expected.toFixed(1))
        out.push(`row ${k} state ${t}: ${printed} vs ${expected}`);
    });
  });
  return out;
}

describe('the spatial model reproduces KAPSARC reference runs of KTAB smpc (20170530 logs)', () => {
  it('prints every position of dummyData_3Dim over all 11 states exactly as the log does', () => {
    expect(mismatches(DUMMY_3DIM, DUMMY_3DIM_HISTORY)).toEqual([]);
  });

  it('matches the final dummyData_3Dim state to the four decimals KTAB logs internally', () => {
    const run = runSmp(ktabUnit(DUMMY_3DIM), resolveSmpSettings(), 100);
    const final = Array.from(run.turns.at(-1)!, (x) => 100 * x);
    final.forEach((x, k) => expect(x).toBeCloseTo(DUMMY_3DIM_FINAL[k]!, 6));
  });

  it('prints every position of SOE-Pol-Comp over all 28 states exactly as the log does', () => {
    expect(mismatches(SOE_POL_COMP, SOE_POL_COMP_HISTORY)).toEqual([]);
  });

  it('prints like C printf: correctly rounded, exact binary ties to even', () => {
    expect([printf1(82.45000000000000284), printf1(43.25), printf1(43.35)]).toEqual([
      '82.5',
      '43.2',
      '43.4',
    ]);
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
