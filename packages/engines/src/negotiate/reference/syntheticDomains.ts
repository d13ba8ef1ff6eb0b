/**
 * Domains for tests and benchmarks: `pointsDomain` turns a list of utility vectors into a
 * one-issue domain whose outcomes are exactly those points (any finite bargaining set from a
 * textbook can be written down this way); `randomDomain` draws a seeded linear additive domain
 * in GENIUS's style (discrete issues, integer evaluations normalised by their maximum, weights
 * summing to about 1).
 */
import { createRng } from '../../shared/rng.ts';
import type { NegotiationDomain } from '../types.ts';

/** One issue whose value j gives party i the utility points[j][i]. */
export function pointsDomain(
  points: readonly (readonly number[])[],
  reservation?: readonly number[],
): NegotiationDomain {
  const parties = points[0]?.length ?? 0;
  return {
    name: 'points',
    issues: [{ id: 'deal', name: 'deal', kind: 'discrete', values: points.map((_, j) => `p${j}`) }],
    parties: Array.from({ length: parties }, (_, i) => ({
      id: `P${i + 1}`,
      name: `P${i + 1}`,
      weights: [1],
      evaluations: [points.map((p) => p[i]!)],
      reservation: reservation?.[i] ?? 0,
      discount: 1,
    })),
  };
}

export interface RandomDomainShape {
  /** Values per issue, e.g. Travel's [7, 7, 4, 4, 6, 5, 8]. */
  radices: readonly number[];
  parties: number;
  /** Evaluations are integers in [1, levels] (few levels give many ties). Default 500. */
  levels?: number;
  reservation?: number;
}

export function randomDomain(seed: number, shape: RandomDomainShape): NegotiationDomain {
  const rng = createRng(seed);
  const levels = shape.levels ?? 500;
  return {
    name: `random-${seed}`,
    issues: shape.radices.map((r, k) => ({
      id: `i${k + 1}`,
      name: `issue ${k + 1}`,
      kind: 'discrete' as const,
      values: Array.from({ length: r }, (_, v) => `v${v + 1}`),
    })),
    parties: Array.from({ length: shape.parties }, (_, i) => {
      const raw = shape.radices.map(() => rng.next() + 0.05);
      const total = raw.reduce((a, b) => a + b, 0);
      return {
        id: `party${i + 1}`,
        name: `party ${i + 1}`,
        weights: raw.map((w) => w / total),
        evaluations: shape.radices.map((r) => {
          const e = Array.from({ length: r }, () => 1 + Math.floor(rng.next() * levels));
          const max = Math.max(...e);
          return e.map((x) => x / max);
        }),
        cap: 1,
        reservation: shape.reservation ?? 0,
        discount: 1,
      };
    }),
  };
}

/**
 * A bilateral domain with "opposed" utilities, the shape NegMAS was benchmarked on
 * (research/negotiation.md §c): party 2's value tables are party 1's mirrored, the weights are
 * drawn independently, so the parties disagree on every issue but weigh them differently
 * (integrative potential).
 */
export function opposedDomain(
  seed: number,
  radices: readonly number[],
  reservation = 0,
): NegotiationDomain {
  const base = randomDomain(seed, { radices, parties: 2, reservation });
  const [a, b] = base.parties as [
    NegotiationDomain['parties'][number],
    NegotiationDomain['parties'][number],
  ];
  return {
    ...base,
    name: `opposed-${seed}`,
    parties: [a, { ...b, evaluations: a.evaluations.map((e) => [...e].reverse()) }],
  };
}
