import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { valueIndices } from './outcomeSpace.ts';
import { randomDomain } from './reference/syntheticDomains.ts';
import { discounted, utilityOf, utilityTable } from './utilityTable.ts';
import type { NegotiationDomain } from './types.ts';

describe('utility table', () => {
  it('equals the per-outcome sum Σ w·e, bit for bit, on random domains (seed 21)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, radices, parties) => {
          const domain = randomDomain(seed, { radices, parties });
          const table = utilityTable(domain);
          for (let x = 0; x < table.space.size; x++) {
            const v = valueIndices(table.space, x);
            domain.parties.forEach((p, i) => expect(table.utilities[i]![x]).toBe(utilityOf(p, v)));
          }
        },
      ),
      { seed: 21, numRuns: 100 },
    );
  });

  it('clamps the sum at the cap (GENIUS: min(1, Σ w·e); weights summing to 1.000052 occur)', () => {
    const domain: NegotiationDomain = {
      issues: [{ id: 'a', name: 'a', kind: 'discrete', values: ['lo', 'hi'] }],
      parties: [
        {
          id: 'p',
          name: 'p',
          weights: [1.2],
          evaluations: [[0.5, 1]],
          cap: 1,
          reservation: 0,
          discount: 1,
        },
      ],
    };
    expect(Array.from(utilityTable(domain).utilities[0]!)).toEqual([0.6, 1]);
  });

  it('discounts as u·δ^t (GENIUS discounted utility)', () => {
    expect(discounted(0.8, 0.5, 1)).toBe(0.4);
    expect(discounted(0.8, 1, 0.7)).toBe(0.8);
  });

  it('rejects a malformed domain as a programmer error', () => {
    const domain: NegotiationDomain = {
      issues: [{ id: 'a', name: 'a', kind: 'discrete', values: ['x', 'y'] }],
      parties: [
        { id: 'p', name: 'p', weights: [1], evaluations: [[1]], reservation: 0, discount: 1 },
      ],
    };
    expect(() => utilityTable(domain)).toThrow(/one number per value/);
  });
});
