/**
 * The ranking that prioritized statements induce (GMCR+ option prioritization; Fang, Hipel &
 * Kilgour 1993, ch. 5): statement k of n (most important first) weighs 2^(n-1-k) and a state
 * scores the weights of the statements it satisfies. With power-of-two weights this is the
 * lexicographic order of the states' satisfaction vectors, and two states tie exactly when they
 * satisfy the same statements — which is how it is computed here (no overflow past 53
 * statements).
 */
import type { Expr } from '../../statement/ast.ts';
import { evaluate } from '../../statement/evaluate.ts';

/** Bit `k` of a state decimal, safe beyond 2^31. */
export const bitOf = (decimal: number, k: number): boolean =>
  Math.floor(decimal / 2 ** k) % 2 === 1;

/**
 * @param statements expressions over option bits, most important first
 * @param states state decimals to rank
 * @returns groups of equally preferred decimals, most preferred group first; each group ascending
 */
export function statementRanking(
  statements: readonly Expr<number>[],
  states: readonly number[],
): number[][] {
  const keyed = states.map((decimal) => ({
    decimal,
    key: statements.map((s) => (evaluate(s, (k) => bitOf(decimal, k)) ? '1' : '0')).join(''),
  }));
  keyed.sort((a, b) => (a.key === b.key ? a.decimal - b.decimal : a.key < b.key ? 1 : -1));
  const groups: number[][] = [];
  let lastKey: string | undefined;
  for (const { decimal, key } of keyed) {
    if (key === lastKey) groups[groups.length - 1]?.push(decimal);
    else groups.push([decimal]);
    lastKey = key;
  }
  return groups;
}
