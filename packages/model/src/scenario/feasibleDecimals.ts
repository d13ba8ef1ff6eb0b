/**
 * Feasible states of a graph model (Fang, Hipel & Kilgour 1993, ch. 2): every assignment of the
 * n yes/no options is a state, identified by its *decimal* Σ 2^k over the options k taken
 * (option 0 = least significant bit, as in GMCR II/GMCR+); a state is feasible when it
 * satisfies none of the infeasibility conditions.
 *
 * Speed: conditions are evaluated on 32 states at once. Within a block of 32 consecutive
 * decimals, bit k < 5 of the state follows a fixed pattern across the 32 lanes (0xAAAAAAAA for
 * bit 0, …) and bits k ≥ 5 are constant, so each condition becomes a handful of 32-bit word
 * operations per block. `feasibleDecimalsNaive` is the one-state-at-a-time definition it is
 * tested against.
 */
import type { Expr } from '../statement/ast.ts';
import { evaluate } from '../statement/evaluate.ts';

/** Largest option count the 32-bit decimals support. GMCR analyses are practical up to ~24. */
export const MAX_OPTIONS = 30;

const LANE_PATTERNS = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000];

type BlockEvaluator = (base: number) => number;

function compileBlock(expr: Expr<number>): BlockEvaluator {
  switch (expr.kind) {
    case 'option': {
      const k = expr.option;
      if (k < 5) {
        const pattern = LANE_PATTERNS[k]! | 0;
        return () => pattern;
      }
      return (base) => -((base >>> k) & 1);
    }
    case 'not': {
      const operand = compileBlock(expr.operand);
      return (base) => ~operand(base);
    }
    case 'and': {
      const parts = expr.operands.map(compileBlock);
      return (base) => parts.reduce((word, part) => word & part(base), -1);
    }
    case 'or': {
      const parts = expr.operands.map(compileBlock);
      return (base) => parts.reduce((word, part) => word | part(base), 0);
    }
    case 'if': {
      const p = compileBlock(expr.antecedent);
      const q = compileBlock(expr.consequent);
      return (base) => ~p(base) | q(base);
    }
    case 'iff': {
      const l = compileBlock(expr.left);
      const r = compileBlock(expr.right);
      return (base) => ~(l(base) ^ r(base));
    }
  }
}

function checkArguments(optionCount: number, infeasible: readonly Expr<number>[]): void {
  if (!Number.isInteger(optionCount) || optionCount < 0 || optionCount > MAX_OPTIONS) {
    throw new RangeError(`optionCount must be an integer in 0..${MAX_OPTIONS}, got ${optionCount}`);
  }
  const check = (e: Expr<number>): void => {
    if (
      e.kind === 'option' &&
      !(Number.isInteger(e.option) && e.option >= 0 && e.option < optionCount)
    ) {
      throw new RangeError(
        `condition names option ${e.option}, but there are ${optionCount} options`,
      );
    }
    if (e.kind === 'not') check(e.operand);
    else if (e.kind === 'and' || e.kind === 'or') e.operands.forEach(check);
    else if (e.kind === 'if') [e.consequent, e.antecedent].forEach(check);
    else if (e.kind === 'iff') [e.left, e.right].forEach(check);
  };
  infeasible.forEach(check);
}

/** Calls `visit(base, mask)` per block of 32 decimals; bit j of `mask` = decimal base+j is feasible. */
function scanFeasible(
  optionCount: number,
  infeasible: readonly Expr<number>[],
  visit: (base: number, mask: number) => void,
): void {
  checkArguments(optionCount, infeasible);
  const conditions = infeasible.map(compileBlock);
  const total = 2 ** optionCount;
  const validLanes = total >= 32 ? -1 : (1 << total) - 1;
  for (let base = 0; base < total; base += 32) {
    let blocked = 0;
    for (const condition of conditions) blocked |= condition(base);
    const mask = ~blocked & validLanes;
    if (mask !== 0) visit(base, mask);
  }
}

/**
 * Decimals of the states satisfying none of the `infeasible` conditions, ascending. Throws a
 * RangeError for more than `MAX_OPTIONS` options or a condition naming an option ≥ optionCount.
 */
export function feasibleDecimals(
  optionCount: number,
  infeasible: readonly Expr<number>[],
): number[] {
  const out: number[] = [];
  scanFeasible(optionCount, infeasible, (base, mask) => {
    for (let lanes = mask; lanes !== 0; lanes &= lanes - 1)
      out.push(base + 31 - Math.clz32(lanes & -lanes));
  });
  return out;
}

/** How many states are feasible, without listing them. */
export function countFeasible(optionCount: number, infeasible: readonly Expr<number>[]): number {
  let count = 0;
  scanFeasible(optionCount, infeasible, (_base, mask) => {
    for (let lanes = mask; lanes !== 0; lanes &= lanes - 1) count++;
  });
  return count;
}

/** Reference implementation straight from the definition, one state at a time. */
export function feasibleDecimalsNaive(
  optionCount: number,
  infeasible: readonly Expr<number>[],
): number[] {
  const out: number[] = [];
  for (let decimal = 0; decimal < 2 ** optionCount; decimal++) {
    const taken = (k: number): boolean => Math.floor(decimal / 2 ** k) % 2 === 1;
    if (!infeasible.some((condition) => evaluate(condition, taken))) out.push(decimal);
  }
  return out;
}

/** Whether one state (by decimal) satisfies none of the conditions. */
export function isFeasible(decimal: number, infeasible: readonly Expr<number>[]): boolean {
  const taken = (k: number): boolean => ((decimal >>> k) & 1) === 1;
  return !infeasible.some((condition) => evaluate(condition, taken));
}

/** A state written as one Y/N letter per option, option 0 first (GMCR+ column order). */
export function ynFromDecimal(decimal: number, optionCount: number): string {
  let out = '';
  for (let k = 0; k < optionCount; k++) out += (decimal >>> k) & 1 ? 'Y' : 'N';
  return out;
}

/**
 * The decimal of a Y/N state string (`YNY` = options 0 and 2 taken = 5), or undefined when the
 * string contains anything but `Y` and `N`.
 */
export function stateFromYN(yn: string): number | undefined {
  if (yn.length > MAX_OPTIONS || !/^[YN]*$/.test(yn)) return undefined;
  let decimal = 0;
  for (let k = yn.length - 1; k >= 0; k--) decimal = decimal * 2 + (yn[k] === 'Y' ? 1 : 0);
  return decimal;
}
