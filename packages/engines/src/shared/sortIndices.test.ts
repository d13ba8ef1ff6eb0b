import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortIndicesAscending, sortIndicesDescending } from './sortIndices.ts';

const comparatorSort = (keys: Float64Array, descending: boolean, subset?: number[]): number[] =>
  (subset ?? Array.from(keys, (_, i) => i)).slice().sort((a, b) => {
    const d = descending ? keys[b]! - keys[a]! : keys[a]! - keys[b]!;
    return d !== 0 ? d : 0;
  });

const keyArray = fc.array(
  fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, 0.5, -2.5, 1e-300, -1e300)),
  { maxLength: 200 },
);

describe('radix index sort', () => {
  it('orders like a stable comparator sort, descending and ascending (seed 11)', () => {
    fc.assert(
      fc.property(keyArray, (raw) => {
        const keys = Float64Array.from(raw);
        expect(Array.from(sortIndicesDescending(keys))).toEqual(comparatorSort(keys, true));
        expect(Array.from(sortIndicesAscending(keys))).toEqual(comparatorSort(keys, false));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('sorts a subset, keeping the subset order among equal keys (seed 12)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }),
        (raw) => {
          const keys = Float64Array.from(raw);
          const subset = Array.from(keys, (_, i) => i)
            .filter((i) => i % 3 !== 1)
            .reverse();
          const sorted = sortIndicesDescending(keys, Uint32Array.from(subset));
          expect(Array.from(sorted)).toEqual(comparatorSort(keys, true, subset));
        },
      ),
      { seed: 12, numRuns: 200 },
    );
  });

  it('takes the radix path on large inputs and still orders like the comparator sort (seed 13)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let x = seed | 0;
        const next = (): number => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
        const keys = Float64Array.from({ length: 5000 }, (_, i) =>
          i % 3 === 0
            ? Math.floor(next() * 7) / 7
            : i % 3 === 1
              ? next() * 2 - 1
              : -next() * 1e-300,
        );
        expect(Array.from(sortIndicesDescending(keys))).toEqual(comparatorSort(keys, true));
        const subset = Array.from({ length: 4000 }, (_, i) => 4999 - i);
        expect(Array.from(sortIndicesAscending(keys, Uint32Array.from(subset)))).toEqual(
          comparatorSort(keys, false, subset),
        );
      }),
      { seed: 13, numRuns: 10 },
    );
  });

  it('refuses NaN keys as a programmer error', () => {
    expect(() => sortIndicesDescending(Float64Array.of(1, Number.NaN))).toThrow(/NaN/);
  });
});
