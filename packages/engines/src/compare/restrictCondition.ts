/**
 * A condition with some options fixed: substitutes the fixed values, simplifies with the
 * Boolean identities (x & true = x, x & false = false, …; `q if p` ≡ ¬p ∨ q, `p iff q` ≡
 * p ↔ q) and renumbers the free options. The result is a condition on the free options, or a
 * constant when the fixed values decide it.
 */
import type { Expr } from '@parley/model';

/**
 * `fixed(k)` gives option k's value when it is fixed, else undefined; `renumber(k)` the index of
 * a free option in the restricted model.
 */
export function restrictCondition(
  expr: Expr<number>,
  fixed: (option: number) => boolean | undefined,
  renumber: (option: number) => number,
): Expr<number> | boolean {
  const go = (e: Expr<number>): Expr<number> | boolean => {
    switch (e.kind) {
      case 'option': {
        const value = fixed(e.option);
        return value ?? { kind: 'option', option: renumber(e.option) };
      }
      case 'not':
        return negate(go(e.operand));
      case 'and':
        return junction('and', e.operands.map(go));
      case 'or':
        return junction('or', e.operands.map(go));
      case 'if':
        return junction('or', [negate(go(e.antecedent)), go(e.consequent)]);
      case 'iff': {
        const left = go(e.left);
        const right = go(e.right);
        if (typeof left === 'boolean' && typeof right === 'boolean') return left === right;
        if (typeof left === 'boolean') return left ? right : negate(right);
        if (typeof right === 'boolean') return right ? left : negate(left);
        return { kind: 'iff', left, right };
      }
    }
  };
  return go(expr);
}

function negate(e: Expr<number> | boolean): Expr<number> | boolean {
  return typeof e === 'boolean' ? !e : { kind: 'not', operand: e };
}

function junction(kind: 'and' | 'or', parts: (Expr<number> | boolean)[]): Expr<number> | boolean {
  // `and` is decided by a false part, `or` by a true one; the other constant is neutral.
  const absorbing = kind === 'or';
  if (parts.some((p) => p === absorbing)) return absorbing;
  const rest = parts.filter((p): p is Expr<number> => typeof p !== 'boolean');
  if (rest.length === 0) return !absorbing;
  return rest.length === 1 ? rest[0]! : { kind, operands: rest };
}
