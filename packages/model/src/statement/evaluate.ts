/**
 * Truth of a statement in a state (propositional semantics, GMCR+ option prioritization; Fang,
 * Hipel & Kilgour 1993): an option is true when taken; `!`, `&`, `|` as usual; `q if p` is
 * p → q (true unless p holds and q does not); `q iff p` is p ↔ q.
 */
import type { Expr } from './ast.ts';

/** Evaluates `expr` with `taken(option)` giving the truth of each option. */
export function evaluate<T>(expr: Expr<T>, taken: (option: T) => boolean): boolean {
  switch (expr.kind) {
    case 'option':
      return taken(expr.option);
    case 'not':
      return !evaluate(expr.operand, taken);
    case 'and':
      return expr.operands.every((e) => evaluate(e, taken));
    case 'or':
      return expr.operands.some((e) => evaluate(e, taken));
    case 'if':
      return !evaluate(expr.antecedent, taken) || evaluate(expr.consequent, taken);
    case 'iff':
      return evaluate(expr.left, taken) === evaluate(expr.right, taken);
  }
}
