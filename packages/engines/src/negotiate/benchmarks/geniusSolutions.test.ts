/**
 * GENIUS's own "Nash" and "Kalai-Smorodinsky" points, as computed by genius.core.analysis.BidSpace
 * (GENIUS 10.4, getNash / getKalaiSmorodinsky over a ParetoFrontier sorted by agent A's
 * utility; research/negotiation.md §b). Each case is one where GENIUS departs from the
 * textbook; the expected GENIUS answers follow line by line from that code.
 */
import { describe, expect, it } from 'vitest';
import { paretoFrontier } from '../pareto/paretoFrontier.ts';
import { pointsDomain } from '../reference/syntheticDomains.ts';
import { utilityTable } from '../utilityTable.ts';
import { bargainingProblem } from './bargainingProblem.ts';
import { geniusFrontierOrder, geniusKalai, geniusNash } from './geniusSolutions.ts';
import { kalaiSmorodinsky } from './kalaiSmorodinsky.ts';
import { nashSolution } from './nashSolution.ts';

function genius(points: number[][], reservation: number[]) {
  const u = utilityTable(pointsDomain(points)).utilities;
  const order = geniusFrontierOrder(u, paretoFrontier(u));
  return {
    order: Array.from(order),
    nash: geniusNash(u, Float64Array.from(reservation), order),
    kalai: geniusKalai(u, order),
    textbook: bargainingProblem(u, Float64Array.from(reservation)),
  };
}

describe('GENIUS-compatible solutions', () => {
  it('sort the frontier by party A ascending, ties in enumeration order', () => {
    expect(
      genius(
        [
          [0.9, 0.1],
          [0.2, 0.8],
          [0.9, 0.1],
          [0.5, 0.5],
        ],
        [0, 0],
      ).order,
    ).toEqual([1, 3, 0, 2]);
  });

  it('Nash has no rationality filter: two parties below their reservation values multiply to a positive product', () => {
    // Products: (0.3)(−0.4), (−0.1)(−0.1) = 0.01, (−0.4)(0.3). The textbook zone is empty.
    const g = genius(
      [
        [0.9, 0.2],
        [0.5, 0.5],
        [0.2, 0.9],
      ],
      [0.6, 0.6],
    );
    expect(g.nash).toBe(1);
    expect(nashSolution(g.textbook)).toBe(-1);
  });

  it('Nash breaks ties by the lowest utility of party A, the textbook by the larger welfare', () => {
    // (1.0, 0.4) and (0.5, 0.8) both have product 0.4; welfare 1.4 against 1.3.
    const g = genius(
      [
        [1, 0.4],
        [0.5, 0.8],
      ],
      [0, 0],
    );
    expect(g.nash).toBe(1);
    expect(nashSolution(g.textbook)).toBe(0);
  });

  it('Nash is null when every product is −1 or less (the running maximum starts at −1)', () => {
    expect(genius([[0, 1]], [1, 0]).nash).toBe(-1); // (0 − 1)(1 − 0) = −1
  });

  it('"Kalai-Smorodinsky" minimises |u_A − u_B| and ignores the ideal point', () => {
    // Frontier y = (1 − x)/2: GENIUS picks (1/3, 1/3); the textbook KS (ideal (1, 1/2)) picks (1/2, 1/4).
    const points = Array.from({ length: 13 }, (_, j) => [j / 12, (1 - j / 12) / 2]);
    const g = genius(points, [0, 0]);
    expect(g.kalai).toBe(4);
    expect(kalaiSmorodinsky(g.textbook)).toBe(6);
  });

  it('"Kalai-Smorodinsky" is null for four parties when every point has Σ|u_i − u_j| ≥ 2', () => {
    expect(
      genius(
        [
          [1, 1, 0, 0],
          [0, 0, 1, 1],
        ],
        [0, 0, 0, 0],
      ).kalai,
    ).toBe(-1);
  });
});
