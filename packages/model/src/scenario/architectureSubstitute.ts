/**
 * Partial evaluation of a statement when some options have known values: each known option
 * becomes a constant and the constants are folded away by the usual boolean identities
 * (p & false = false, p & true = p, p | true = true, q if false = true, q iff true = q,
 * q iff false = !q, !!p = p). The result is a statement over the remaining options that every
 * state satisfies exactly when it satisfies the original with the known values put in — or a
 * constant, when the known values decide it.
 */
import type { Expr } from '../statement/ast.ts';

/** A statement after substitution: still an expression, or decided. */
export type Substituted<T> = Expr<T> | boolean;

const negate = <T>(e: Substituted<T>): Substituted<T> =>
  typeof e === 'boolean' ? !e : e.kind === 'not' ? e.operand : { kind: 'not', operand: e };

function junction<T>(kind: 'and' | 'or', parts: Substituted<T>[]): Substituted<T> {
  // `absorbing` decides the junction (false for `and`, true for `or`); the other constant drops out.
  const absorbing = kind === 'or';
  if (parts.some((p) => p === absorbing)) return absorbing;
  const operands = parts.filter((p): p is Expr<T> => typeof p !== 'boolean');
  if (operands.length === 0) return !absorbing;
  if (operands.length === 1) return operands[0]!;
  return { kind, operands };
}

/** `expr` with the options in `values` replaced by their values, simplified. */
export function substituteOptions<T>(
  expr: Expr<T>,
  values: ReadonlyMap<T, boolean>,
): Substituted<T> {
  const sub = (e: Expr<T>): Substituted<T> => substituteOptions(e, values);
  switch (expr.kind) {
    case 'option':
      return values.get(expr.option) ?? expr;
    case 'not':
      return negate(sub(expr.operand));
    case 'and':
    case 'or':
      return junction(expr.kind, expr.operands.map(sub));
    case 'if': {
      // q if p  ≡  !p | q
      const p = sub(expr.antecedent);
      const q = sub(expr.consequent);
      if (p === false || q === true) return true;
      if (p === true) return q;
      if (q === false) return negate(p);
      return { kind: 'if', consequent: q, antecedent: p };
    }
    case 'iff': {
      const l = sub(expr.left);
      const r = sub(expr.right);
      if (typeof l === 'boolean' && typeof r === 'boolean') return l === r;
      if (typeof l === 'boolean') return l ? r : negate(r);
      if (typeof r === 'boolean') return r ? l : negate(l);
      return { kind: 'iff', left: l, right: r };
    }
  }
}
