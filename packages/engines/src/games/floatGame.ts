/**
 * A strategic game with double-precision payoffs, for the float methods (logit, simpdiv
 * polishing). Mixed profiles are flat Float64Arrays: player i's probabilities occupy
 * [offset[i], offset[i] + count[i]).
 *
 * u_i(j, σ_-i) = Σ_{profiles with s_i = j} u_i(s) Π_{k≠i} σ_k(s_k), and for k ≠ i the cross
 * payoff u_i(j, l, σ_-ik) = ∂u_i(j, σ_-i)/∂σ_kl (the game is multilinear).
 */
import type { StrategicGame } from './strategicGame.ts';
import { profileCount, strides } from './strategicGame.ts';

export interface FloatGame {
  counts: number[];
  strides: number[];
  offsets: number[];
  /** Total number of strategies (length of a flat profile). */
  size: number;
  profiles: number;
  payoffs: Float64Array[];
  /** Largest minus smallest payoff over all players (for relative tolerances); 1 if all equal. */
  range: number;
}

export function toFloatGame(game: StrategicGame): FloatGame {
  const counts = game.strategies.map((s) => s.length);
  const offsets: number[] = [];
  let size = 0;
  for (const c of counts) {
    offsets.push(size);
    size += c;
  }
  const payoffs = game.payoffs.map((u) => Float64Array.from(u, (x) => x.toNumber()));
  let lo = Infinity;
  let hi = -Infinity;
  for (const u of payoffs) for (const v of u) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return {
    counts,
    strides: strides(game),
    offsets,
    size,
    profiles: profileCount(game),
    payoffs,
    range: hi > lo ? hi - lo : 1,
  };
}

/**
 * Visits every pure profile with the product of the probabilities of all players except those
 * in `skip` (a bitmask of player indices); `digits` holds the current strategies.
 */
function forEachProfile(
  fg: FloatGame,
  sigma: Float64Array,
  skip: number,
  visit: (p: number, weight: number, digits: Int32Array) => void,
): void {
  const n = fg.counts.length;
  const digits = new Int32Array(n);
  for (let p = 0; p < fg.profiles; p++) {
    let w = 1;
    for (let k = 0; k < n && w !== 0; k++)
      if (!(skip & (1 << k))) w *= sigma[fg.offsets[k]! + digits[k]!]!;
    if (w !== 0) visit(p, w, digits);
    for (let k = 0; k < n; k++) {
      if (++digits[k]! < fg.counts[k]!) break;
      digits[k] = 0;
    }
  }
}

/** u_i(j, σ_-i) for every player i and strategy j, flat like a profile. */
export function strategyValuesFloat(fg: FloatGame, sigma: Float64Array): Float64Array {
  const out = new Float64Array(fg.size);
  for (let i = 0; i < fg.counts.length; i++) {
    const u = fg.payoffs[i]!;
    const base = fg.offsets[i]!;
    forEachProfile(fg, sigma, 1 << i, (p, w, digits) => {
      out[base + digits[i]!]! += w * u[p]!;
    });
  }
  return out;
}

/** cross[j * count[k] + l] = u_i(j, l, σ_-ik) for players i ≠ k. */
export function crossValuesFloat(
  fg: FloatGame,
  sigma: Float64Array,
  i: number,
  k: number,
): Float64Array {
  const out = new Float64Array(fg.counts[i]! * fg.counts[k]!);
  const u = fg.payoffs[i]!;
  const ck = fg.counts[k]!;
  forEachProfile(fg, sigma, (1 << i) | (1 << k), (p, w, digits) => {
    out[digits[i]! * ck + digits[k]!]! += w * u[p]!;
  });
  return out;
}

/** Largest regret over players of a float profile. */
export function regretFloat(fg: FloatGame, sigma: Float64Array): number {
  const values = strategyValuesFloat(fg, sigma);
  let worst = 0;
  fg.counts.forEach((c, i) => {
    let best = -Infinity;
    let expected = 0;
    for (let j = 0; j < c; j++) {
      const v = values[fg.offsets[i]! + j]!;
      best = Math.max(best, v);
      expected += v * sigma[fg.offsets[i]! + j]!;
    }
    worst = Math.max(worst, best - expected);
  });
  return worst;
}

/** The flat profile as nested arrays, per player. */
export const splitProfile = (fg: FloatGame, sigma: Float64Array): number[][] =>
  fg.counts.map((c, i) => Array.from(sigma.subarray(fg.offsets[i]!, fg.offsets[i]! + c)));
