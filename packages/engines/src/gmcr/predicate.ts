/**
 * Evaluating option conditions on states. A state is given by its decimal (bit k set = option k
 * taken), so a compiled condition is a predicate on a 32-bit integer. Semantics follow
 * @parley/model's statement language: `q if p` ≡ p → q, `q iff p` ≡ (p ↔ q).
 *
 * Conditions are compiled once into closures because feasibility, preferences and
 * misperceptions evaluate them on every one of up to 2^m decimals.
 */
import type { Expr } from '@parley/model';

/** A condition on a state decimal. */
export type Predicate = (decimal: number) => boolean;

export function compilePredicate(expr: Expr<number>): Predicate {
  switch (expr.kind) {
    case 'option': {
      const bit = expr.option;
      return (d) => ((d >>> bit) & 1) === 1;
    }
    case 'not': {
      const inner = compilePredicate(expr.operand);
      return (d) => !inner(d);
    }
    case 'and': {
      const parts = expr.operands.map(compilePredicate);
      return (d) => parts.every((p) => p(d));
    }
    case 'or': {
      const parts = expr.operands.map(compilePredicate);
      return (d) => parts.some((p) => p(d));
    }
    case 'if': {
      const antecedent = compilePredicate(expr.antecedent);
      const consequent = compilePredicate(expr.consequent);
      return (d) => !antecedent(d) || consequent(d);
    }
    case 'iff': {
      const left = compilePredicate(expr.left);
      const right = compilePredicate(expr.right);
      return (d) => left(d) === right(d);
    }
  }
}

/** True when any of the conditions holds (false for an empty list). */
export function anyPredicate(exprs: readonly Expr<number>[]): Predicate {
  const parts = exprs.map(compilePredicate);
  return (d) => parts.some((p) => p(d));
}

/** Option indices an expression mentions (for range checks). */
export function optionsOf(expr: Expr<number>, into: number[] = []): number[] {
  switch (expr.kind) {
    case 'option':
      into.push(expr.option);
      break;
    case 'not':
      optionsOf(expr.operand, into);
      break;
    case 'and':
    case 'or':
      for (const operand of expr.operands) optionsOf(operand, into);
      break;
    case 'if':
      optionsOf(expr.antecedent, into);
      optionsOf(expr.consequent, into);
      break;
    case 'iff':
      optionsOf(expr.left, into);
      optionsOf(expr.right, into);
      break;
  }
  return into;
}
