/**
 * The graph model's static part (Fang, Hipel & Kilgour 1993, ch. 2; Kilgour & Hipel 2005,
 * "The graph model for conflict resolution: past, present, and future", Group Decision and
 * Negotiation 14:441–460): options, feasible states and each decision maker's preference.
 *
 * - A state is an assignment of every option; its decimal is Σ 2^k over the options k taken.
 * - A state is feasible unless it satisfies one of the infeasibility conditions.
 * - Feasible states are numbered 0, 1, … in ascending decimal order (the state index).
 * - Payoffs are per decision maker, higher = more preferred (see payoffs.ts).
 * - A decision maker does not perceive the states matching its misperception conditions
 *   (GMCR+ misperception): they keep a payoff but the decision maker cannot move to or from them.
 *
 * Moves depend on how decision makers are grouped into coalitions and are built by `analyze`.
 */
import type { GmcrInput } from './types.ts';
import { anyPredicate, optionsOf } from './predicate.ts';
import { payoffsFromPreference } from './payoffs.ts';
import { EngineError } from '../shared/engineError.ts';

/** More options than this would enumerate over 64 million decimals. */
export const MAX_OPTIONS = 26;
/** Up to this many options, decimal → state uses a direct lookup table (≤ 16 MB). */
const LOOKUP_TABLE_MAX_OPTIONS = 22;

export interface GmcrModel {
  readonly input: GmcrInput;
  readonly optionCount: number;
  readonly dmCount: number;
  readonly stateCount: number;
  /** Feasible decimals, ascending; the position is the state index. */
  readonly decimals: Uint32Array;
  /** State index of a decimal, or −1 when it is infeasible (or out of range). */
  indexOf(decimal: number): number;
  /** Per decision maker, per state: higher = more preferred (dense ranks, 1 = least). */
  readonly payoffs: readonly Int32Array[];
  /** State index of the options' status-quo values, or −1 when that state is infeasible. */
  readonly statusQuo: number;
  /** One Y/N letter per option, option 0 first. */
  yn(state: number): string;
  /** Per decision maker: bit mask of the options it owns. */
  readonly optionMasks: Uint32Array;
  /** Options that may only go N → Y (bit mask). */
  readonly forwardOnlyMask: number;
  /** Options that may only go Y → N (bit mask). */
  readonly backwardOnlyMask: number;
  /** Per decision maker: 1 where the state is misperceived (invisible to it), or null if none is. */
  readonly misperceived: readonly (Uint8Array | null)[];
}

/** Builds the feasible states and payoffs. Throws `EngineError` on inconsistent input. */
export function buildModel(input: GmcrInput): GmcrModel {
  checkInput(input);
  const optionCount = input.options.length;
  const infeasible = anyPredicate(input.infeasible);
  const all = 2 ** optionCount;
  const feasible: number[] = [];
  for (let d = 0; d < all; d++) if (!infeasible(d)) feasible.push(d);
  const decimals = Uint32Array.from(feasible);
  const indexOf = decimalIndex(decimals, optionCount);

  const payoffs = input.preferences.map((preference, dm) =>
    payoffsFromPreference(preference, decimals, indexOf, input.decisionMakers[dm]!.name),
  );
  const misperceived = input.decisionMakers.map((_, dm) => {
    const conditions = input.misperceived?.[dm] ?? [];
    if (conditions.length === 0) return null;
    const matches = anyPredicate(conditions);
    return Uint8Array.from(decimals, (d) => (matches(d) ? 1 : 0));
  });

  let statusQuoDecimal = 0;
  let forwardOnlyMask = 0;
  let backwardOnlyMask = 0;
  const optionMasks = new Uint32Array(input.decisionMakers.length);
  input.options.forEach((option, k) => {
    const bit = 2 ** k;
    if (option.statusQuo) statusQuoDecimal += bit;
    if (option.reversibility === 'forward-only') forwardOnlyMask += bit;
    if (option.reversibility === 'backward-only') backwardOnlyMask += bit;
    optionMasks[option.owner]! += bit;
  });

  return {
    input,
    optionCount,
    dmCount: input.decisionMakers.length,
    stateCount: decimals.length,
    decimals,
    indexOf,
    payoffs,
    statusQuo: indexOf(statusQuoDecimal),
    yn: (state) => ynOf(decimals[state]!, optionCount),
    optionMasks,
    forwardOnlyMask,
    backwardOnlyMask,
    misperceived,
  };
}

/** One Y/N letter per option for a decimal, option 0 first. */
export function ynOf(decimal: number, optionCount: number): string {
  let text = '';
  for (let k = 0; k < optionCount; k++) text += (decimal >>> k) & 1 ? 'Y' : 'N';
  return text;
}

/** The decimal of a Y/N string, option 0 first. */
export function decimalOfYn(yn: string): number {
  let decimal = 0;
  for (let k = yn.length - 1; k >= 0; k--) decimal = decimal * 2 + (yn[k] === 'Y' ? 1 : 0);
  return decimal;
}

function decimalIndex(decimals: Uint32Array, optionCount: number): (decimal: number) => number {
  if (optionCount <= LOOKUP_TABLE_MAX_OPTIONS) {
    const table = new Int32Array(2 ** optionCount).fill(-1);
    decimals.forEach((d, s) => (table[d] = s));
    return (decimal) => table[decimal] ?? -1;
  }
  return (decimal) => {
    let lo = 0;
    let hi = decimals.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (decimals[mid]! < decimal) lo = mid + 1;
      else hi = mid;
    }
    return decimals[lo] === decimal ? lo : -1;
  };
}

function checkInput(input: GmcrInput): void {
  const m = input.options.length;
  const dms = input.decisionMakers.length;
  if (m > MAX_OPTIONS) {
    throw new EngineError(
      'gmcr/too-many-options',
      `${m} options exceed the limit of ${MAX_OPTIONS}`,
    );
  }
  if (input.preferences.length !== dms) {
    throw new EngineError(
      'gmcr/preference-count',
      `${input.preferences.length} preferences for ${dms} decision makers`,
    );
  }
  for (const option of input.options) {
    if (!Number.isInteger(option.owner) || option.owner < 0 || option.owner >= dms) {
      throw new EngineError(
        'gmcr/bad-owner',
        `option ${option.id} has owner ${option.owner}, not a decision maker index`,
      );
    }
  }
  const conditions = [
    ...input.infeasible,
    ...(input.misperceived ?? []).flat(),
    ...input.preferences.flatMap((p) => (p.kind === 'statements' ? p.statements : [])),
  ];
  for (const condition of conditions) {
    for (const option of optionsOf(condition)) {
      if (!Number.isInteger(option) || option < 0 || option >= m) {
        throw new EngineError(
          'gmcr/bad-option',
          `a condition refers to option ${option}; there are ${m}`,
        );
      }
    }
  }
}
