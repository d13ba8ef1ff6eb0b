/**
 * Seeded random numbers for engines: xoroshiro128+ (Blackman & Vigna 2018, via pure-rand) with
 * 53-bit uniform doubles in [0, 1).
 *
 * Parallel simulations need streams that do not depend on how work is split: `createRng(seed,
 * stream)` derives an independent generator from the pair (master seed, stream index) by mixing
 * both through the murmur3 32-bit finaliser, so chunk k of a Monte Carlo run draws the same
 * numbers whether one worker or eight compute it.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** A source of uniform numbers in [0, 1). */
export interface Rng {
  /** The next uniform double in [0, 1). */
  next(): number;
}

/** murmur3 fmix32: a bijective 32-bit mixer with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The generator for stream `stream` of master seed `seed` (both integers; only their low 32
 * bits are used). Equal arguments give equal sequences on every platform.
 */
export function createRng(seed: number, stream = 0): Rng {
  const a = fmix32((seed | 0) ^ 0x9e3779b9);
  const b = fmix32((stream | 0) ^ 0x7f4a7c15);
  const state: number[] = [
    fmix32(a ^ 0x243f6a88),
    fmix32(b ^ a),
    fmix32(a + b + 0x13198a2e),
    fmix32(b ^ 0xa4093822),
  ];
  // xoroshiro's all-zero state is a fixed point; the mixer makes it astronomically unlikely.
  if (!state.some((w) => w !== 0)) state[0] = 1;
  const generator = xoroshiro128plusFromState(state);
  return { next: () => uniformFloat64(generator) };
}
