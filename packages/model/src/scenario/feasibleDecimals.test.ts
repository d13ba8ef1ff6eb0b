import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Expr } from '../statement/ast.ts';
import { compileExpr } from '../statement/compileExpr.ts';
import { parseStatement } from '../statement/parseStatement.ts';
import { exprArb } from '../testing/arbitraries.ts';
import {
  countFeasible,
  feasibleDecimals,
  feasibleDecimalsNaive,
  isFeasible,
  stateFromYN,
  ynFromDecimal,
} from './feasibleDecimals.ts';

const conditions = (names: string[], ...texts: string[]): Expr<number>[] => {
  const index = new Map(names.map((n, k) => [n, k]));
  return texts.map((t) => {
    const r = parseStatement(t);
    if (!r.ok) throw new Error(t);
    return compileExpr(r.expr, index);
  });
};

describe('feasibleDecimals', () => {
  it('keeps every state when nothing is infeasible', () => {
    expect(feasibleDecimals(3, [])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(feasibleDecimals(0, [])).toEqual([0]);
  });

  it('reproduces the Prisoner’s Dilemma with mutually exclusive options per player', () => {
    // Two options per player, at most one taken each (the usual GMCR encoding of a choice).
    const infeasible = conditions(
      ['c1', 'd1', 'c2', 'd2'],
      'c1 & d1',
      'c2 & d2',
      '!c1 & !d1',
      '!c2 & !d2',
    );
    // Feasible: exactly one of {c1,d1} and one of {c2,d2}: decimals 1+4, 2+4, 1+8, 2+8.
    expect(feasibleDecimals(4, infeasible)).toEqual([5, 6, 9, 10]);
  });

  it('handles options at bit 5 and above, where lanes hold a constant bit', () => {
    const infeasible = conditions(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'g | f & !a');
    expect(feasibleDecimals(7, infeasible)).toEqual(feasibleDecimalsNaive(7, infeasible));
    expect(feasibleDecimals(7, infeasible).every((d) => d < 64)).toBe(true);
  });

  it('agrees with the one-state-at-a-time definition on random conditions (seed 5)', () => {
    const model = fc
      .integer({ min: 0, max: 9 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          n === 0
            ? fc.constant([])
            : fc.array(exprArb(fc.integer({ min: 0, max: n - 1 }), 4), { maxLength: 4 }),
        ),
      );
    fc.assert(
      fc.property(model, ([n, infeasible]) => {
        const fast = feasibleDecimals(n, infeasible);
        expect(fast).toEqual(feasibleDecimalsNaive(n, infeasible));
        expect(countFeasible(n, infeasible)).toBe(fast.length);
        for (const d of fast) expect(isFeasible(d, infeasible)).toBe(true);
      }),
      { seed: 5, numRuns: 400 },
    );
  });

  it('enumerates 2^20 states quickly (one bit-parallel pass)', () => {
    const infeasible = conditions(
      Array.from({ length: 20 }, (_, k) => `o${k}`),
      'o0 & o1',
      'o7 & !o19',
    );
    const started = performance.now();
    const count = countFeasible(20, infeasible);
    expect(performance.now() - started).toBeLessThan(2000);
    // o0&o1 removes 1/4; of the rest, o7 & !o19 removes 1/4: 2^20 · 3/4 · 3/4.
    expect(count).toBe(2 ** 20 * (9 / 16));
  });

  it('rejects option counts beyond 30 and conditions naming missing options (programmer errors)', () => {
    expect(() => feasibleDecimals(31, [])).toThrow(RangeError);
    expect(() => feasibleDecimals(2, [{ kind: 'option', option: 2 }])).toThrow(RangeError);
  });
});

describe('Y/N state notation', () => {
  it('writes one letter per option, option 0 first', () => {
    expect(ynFromDecimal(5, 4)).toBe('YNYN');
    expect(ynFromDecimal(0, 0)).toBe('');
  });

  it('reads Y/N strings back into decimals and refuses other letters', () => {
    expect(stateFromYN('YNYN')).toBe(5);
    expect(stateFromYN('NNNY')).toBe(8);
    expect(stateFromYN('YxN')).toBeUndefined();
    expect(stateFromYN('yn')).toBeUndefined();
  });

  it('round-trips every decimal (seed 9)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(2 ** n - 1))),
        ([n, d]) => {
          expect(stateFromYN(ynFromDecimal(d, n))).toBe(d);
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });
});
