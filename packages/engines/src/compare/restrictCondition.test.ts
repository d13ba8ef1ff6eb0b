import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Expr } from '@parley/model';
import { compilePredicate } from '../gmcr/predicate.ts';
import { restrictCondition } from './restrictCondition.ts';

const OPTIONS = 5;

const expr: fc.Arbitrary<Expr<number>> = fc.letrec<{ e: Expr<number> }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: 0, max: OPTIONS - 1 }).map((option) => ({ kind: 'option' as const, option })),
    tie('e').map((operand) => ({ kind: 'not' as const, operand })),
    fc.array(tie('e'), { maxLength: 3 }).map((operands) => ({ kind: 'and' as const, operands })),
    fc.array(tie('e'), { maxLength: 3 }).map((operands) => ({ kind: 'or' as const, operands })),
    fc
      .tuple(tie('e'), tie('e'))
      .map(([consequent, antecedent]) => ({ kind: 'if' as const, consequent, antecedent })),
    fc.tuple(tie('e'), tie('e')).map(([left, right]) => ({ kind: 'iff' as const, left, right })),
  ),
})).e;

describe('restrictCondition', () => {
  it('agrees with the original condition on every state, for random conditions and fixings', () => {
    fc.assert(
      fc.property(
        expr,
        fc.array(fc.option(fc.boolean()), { minLength: OPTIONS, maxLength: OPTIONS }),
        (e, fixings) => {
          const free = fixings.flatMap((f, k) => (f === null ? [k] : []));
          const restricted = restrictCondition(
            e,
            (k) => fixings[k] ?? undefined,
            (k) => free.indexOf(k),
          );
          const original = compilePredicate(e);
          const test =
            typeof restricted === 'boolean' ? () => restricted : compilePredicate(restricted);
          for (let sub = 0; sub < 2 ** free.length; sub++) {
            let decimal = 0;
            fixings.forEach((f, k) => (f === true ? (decimal |= 1 << k) : 0));
            free.forEach((k, j) => ((sub >>> j) & 1 ? (decimal |= 1 << k) : 0));
            expect(test(sub)).toBe(original(decimal));
          }
        },
      ),
      { numRuns: 500, seed: 20260101 },
    );
  });

  it('folds a decided condition to a constant and renumbers what stays free', () => {
    const a: Expr<number> = { kind: 'option', option: 0 };
    const b: Expr<number> = { kind: 'option', option: 3 };
    const both: Expr<number> = { kind: 'and', operands: [a, b] };
    expect(
      restrictCondition(
        both,
        (k) => (k === 0 ? false : undefined),
        () => 0,
      ),
    ).toBe(false);
    expect(
      restrictCondition(
        both,
        (k) => (k === 0 ? true : undefined),
        () => 0,
      ),
    ).toEqual({
      kind: 'option',
      option: 0,
    });
  });
});
