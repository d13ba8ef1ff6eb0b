/**
 * The fast Pareto algorithms (2-party sweep, n-party skyline) agree with the O(n²) definition on
 * random point sets, including many ties (utilities on a coarse grid) and subsets.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paretoFrontier } from './paretoFrontier.ts';
import { paretoNaive } from './paretoNaive.ts';
import { paretoSkyline } from './paretoSkyline.ts';
import { paretoSweep2 } from './paretoSweep2.ts';

const utilitySets = (parties: number) =>
  fc.integer({ min: 1, max: 120 }).chain((n) =>
    fc.array(
      fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 6 }).map((k) => k / 6),
          fc.double({ min: 0, max: 1, noNaN: true }),
        ),
        {
          minLength: n,
          maxLength: n,
        },
      ),
      { minLength: parties, maxLength: parties },
    ),
  );

const subsetOf = (n: number, mask: number): Uint32Array =>
  Uint32Array.from(Array.from({ length: n }, (_, i) => i).filter((i) => (mask >> (i % 30)) & 1));

describe('Pareto frontier: fast algorithms against the definition', () => {
  it('two parties: sort-and-sweep equals the naive set (seed 31)', () => {
    fc.assert(
      fc.property(utilitySets(2), fc.integer(), (cols, mask) => {
        const u = cols.map((c) => Float64Array.from(c));
        expect(Array.from(paretoSweep2(u[0]!, u[1]!))).toEqual(Array.from(paretoNaive(u)));
        const subset = subsetOf(u[0]!.length, mask);
        expect(Array.from(paretoSweep2(u[0]!, u[1]!, subset))).toEqual(
          Array.from(paretoNaive(u, subset)),
        );
      }),
      { seed: 31, numRuns: 400 },
    );
  });

  it('three to five parties: the skyline equals the naive set (seed 32)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }).chain(utilitySets), fc.integer(), (cols, mask) => {
        const u = cols.map((c) => Float64Array.from(c));
        expect(Array.from(paretoSkyline(u))).toEqual(Array.from(paretoNaive(u)));
        const subset = subsetOf(u[0]!.length, mask);
        expect(Array.from(paretoFrontier(u, subset))).toEqual(Array.from(paretoNaive(u, subset)));
      }),
      { seed: 32, numRuns: 300 },
    );
  });

  it('keeps every outcome of a tied Pareto vector (GENIUS keeps equal bids on its frontier)', () => {
    const u = [Float64Array.of(1, 1, 0.5, 0), Float64Array.of(0, 0, 0.5, 1)];
    expect(Array.from(paretoFrontier(u))).toEqual([0, 1, 2, 3]);
    expect(Array.from(paretoFrontier([Float64Array.of(0.2, 0.9, 0.9)]))).toEqual([1, 2]);
  });

  it('does not lose a dominating point when the utility sum rounds the difference away', () => {
    // 1 + 1e-17 rounds to 1, so both outcomes have the same floating sum; outcome 1 dominates.
    const u = [Float64Array.of(1, 1), Float64Array.of(0, 1e-17), Float64Array.of(0.5, 0.5)];
    expect(Array.from(paretoSkyline(u))).toEqual([1]);
  });
});

describe('Pareto frontier on spaces large enough for the radix sort', () => {
  it('agrees with the definition on random GENIUS-style domains of 3,000 outcomes', async () => {
    const { randomDomain } = await import('../reference/syntheticDomains.ts');
    const { utilityTable } = await import('../utilityTable.ts');
    for (const [seed, parties] of [
      [1, 2],
      [2, 2],
      [3, 3],
    ] as const) {
      const u = utilityTable(
        randomDomain(seed, { radices: [10, 10, 30], parties, levels: 4 }),
      ).utilities;
      expect(Array.from(paretoFrontier(u))).toEqual(Array.from(paretoNaive(u)));
    }
  });
});
