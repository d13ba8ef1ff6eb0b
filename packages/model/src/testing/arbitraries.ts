/**
 * Test support (not exported from the package): fast-check generators for statements.
 */
import fc from 'fast-check';
import type { Expr } from '../statement/ast.ts';

const RESERVED = new Set(['if', 'iff']);

/** Valid option ids, avoiding the reserved words. */
export const optionIdArb: fc.Arbitrary<string> = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,6}$/)
  .filter((s) => !RESERVED.has(s.toLowerCase()));

/** Expression trees over the given option generator, with 2–4 operands per `&`/`|` node. */
export function exprArb<T>(option: fc.Arbitrary<T>, maxDepth = 5): fc.Arbitrary<Expr<T>> {
  const { expr } = fc.letrec<{ expr: Expr<T> }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      option.map((o): Expr<T> => ({ kind: 'option', option: o })),
      tie('expr').map((operand): Expr<T> => ({ kind: 'not', operand })),
      fc
        .array(tie('expr'), { minLength: 2, maxLength: 4 })
        .map((operands): Expr<T> => ({ kind: 'and', operands })),
      fc
        .array(tie('expr'), { minLength: 2, maxLength: 4 })
        .map((operands): Expr<T> => ({ kind: 'or', operands })),
      fc
        .tuple(tie('expr'), tie('expr'))
        .map(([consequent, antecedent]): Expr<T> => ({ kind: 'if', consequent, antecedent })),
      fc
        .tuple(tie('expr'), tie('expr'))
        .map(([left, right]): Expr<T> => ({ kind: 'iff', left, right })),
    ),
  }));
  return expr;
}
