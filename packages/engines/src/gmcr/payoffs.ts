/**
 * Payoffs: each decision maker's preference over the feasible states as integers, higher =
 * more preferred; only their order matters.
 *
 * - Option prioritization (Fang, Hipel & Kilgour 1993, ch. 5; Hipel et al., GMCR II / GMCR+):
 *   with n statements, most important first, statement k weighs 2^(n−1−k) and a state's score
 *   is the sum of the weights of the statements it satisfies. Equal scores are equally
 *   preferred. Because the weights are powers of two, comparing scores is comparing the
 *   satisfaction vectors lexicographically — which is what we do beyond 30 statements, where
 *   the sum would no longer fit a 32-bit integer.
 * - Explicit ranking: tie groups, most preferred first; group g of G gets payoff G − g.
 *
 * Payoffs are dense ranks, 1 = least preferred (the numbering GMCR+ shows), so they lie in
 * 1..stateCount — the stability code relies on that to bucket states by payoff.
 */
import type { DmPreference } from './types.ts';
import { compilePredicate } from './predicate.ts';
import { EngineError } from '../shared/engineError.ts';

/** Statement bits packed per 32-bit word, leaving the sign bit alone. */
const BITS_PER_WORD = 30;

export function payoffsFromPreference(
  preference: DmPreference,
  decimals: Uint32Array,
  indexOf: (decimal: number) => number,
  who: string,
): Int32Array {
  return preference.kind === 'statements'
    ? payoffsFromStatements(preference, decimals)
    : payoffsFromRanking(preference, decimals.length, indexOf, who);
}

function payoffsFromStatements(
  preference: Extract<DmPreference, { kind: 'statements' }>,
  decimals: Uint32Array,
): Int32Array {
  const n = decimals.length;
  const predicates = preference.statements.map(compilePredicate);
  const words = Math.max(1, Math.ceil(predicates.length / BITS_PER_WORD));
  const keys = new Int32Array(n * words);
  for (let k = 0; k < predicates.length; k++) {
    const word = Math.floor(k / BITS_PER_WORD);
    const inWord = Math.min(BITS_PER_WORD, predicates.length - word * BITS_PER_WORD);
    const weight = 1 << (inWord - 1 - (k % BITS_PER_WORD));
    const holds = predicates[k]!;
    for (let s = 0; s < n; s++) if (holds(decimals[s]!)) keys[s * words + word]! |= weight;
  }
  return words === 1 ? denseRanksOfScores(keys) : denseRanksOfKeys(keys, words, n);
}

/** Dense ranks (1 = lowest) of integer scores. */
function denseRanksOfScores(scores: Int32Array): Int32Array {
  const sorted = scores.slice().sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i]!;
  }
  const levels = sorted.subarray(0, distinct);
  const ranks = new Int32Array(scores.length);
  for (let s = 0; s < scores.length; s++) ranks[s] = lowerBound(levels, scores[s]!) + 1;
  return ranks;
}

/** Dense ranks of multi-word keys compared lexicographically, word 0 most significant. */
function denseRanksOfKeys(keys: Int32Array, words: number, n: number): Int32Array {
  const compare = (a: number, b: number): number => {
    for (let w = 0; w < words; w++) {
      const diff = keys[a * words + w]! - keys[b * words + w]!;
      if (diff !== 0) return diff;
    }
    return 0;
  };
  const order = Array.from({ length: n }, (_, s) => s).sort(compare);
  const ranks = new Int32Array(n);
  let rank = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || compare(order[i - 1]!, order[i]!) !== 0) rank++;
    ranks[order[i]!] = rank;
  }
  return ranks;
}

function payoffsFromRanking(
  preference: Extract<DmPreference, { kind: 'ranking' }>,
  stateCount: number,
  indexOf: (decimal: number) => number,
  who: string,
): Int32Array {
  const payoffs = new Int32Array(stateCount);
  const groups = preference.ranking.length;
  let covered = 0;
  preference.ranking.forEach((group, g) => {
    for (const decimal of group) {
      const state = indexOf(decimal);
      if (state < 0) {
        throw new EngineError(
          'gmcr/ranking-unknown-state',
          `${who}'s ranking lists infeasible or unknown state ${decimal}`,
        );
      }
      if (payoffs[state] !== 0) {
        throw new EngineError(
          'gmcr/ranking-duplicate',
          `${who}'s ranking lists state ${decimal} twice`,
        );
      }
      payoffs[state] = groups - g;
      covered++;
    }
  });
  if (covered !== stateCount) {
    throw new EngineError(
      'gmcr/ranking-incomplete',
      `${who}'s ranking covers ${covered} of ${stateCount} feasible states`,
    );
  }
  return payoffs;
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
