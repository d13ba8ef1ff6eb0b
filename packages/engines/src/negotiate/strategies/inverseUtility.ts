/**
 * Outcome choice from a target utility, shared by the strategies: among a party's outcomes
 * sorted by descending utility, those whose utility lies in [target, target + band] are the
 * candidates, and one is drawn at random (NegMAS's time-based negotiators do the same with
 * their inverse utility functions); with no outcome in the band, the least good outcome that
 * still reaches the target is offered.
 */
import type { NegotiatorSetup } from './negotiator.ts';

/** Default width of the utility band offers are drawn from. */
export const OFFER_BAND = 0.02;

/** Number of outcomes with utility ≥ target (a prefix of `sorted`). */
export function countAtLeast(setup: NegotiatorSetup, target: number): number {
  const { utilities, sorted } = setup;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (utilities[sorted[mid]!]! >= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An outcome worth at least `target` (and as little above it as the band allows). */
export function outcomeNear(setup: NegotiatorSetup, target: number, band = OFFER_BAND): number {
  const { sorted, rng } = setup;
  const end = countAtLeast(setup, target);
  if (end === 0) return sorted[0]!;
  const start = countAtLeast(setup, target + band);
  if (start >= end) return sorted[end - 1]!;
  return sorted[start + Math.floor(rng.next() * (end - start))]!;
}
