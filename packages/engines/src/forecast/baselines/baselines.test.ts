import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMISSION_1994 } from '../bdm/fixtures/emission1994.ts';
import { condorcetPosition } from './condorcetPosition.ts';
import { weightedMean } from './weightedMean.ts';
import { weightedMedian } from './weightedMedian.ts';

const x = EMISSION_1994.map((a) => a.position);
const cs = EMISSION_1994.map((a) => a.capability * a.salience);
const c = EMISSION_1994.map((a) => a.capability);

describe('formula baselines on the 1994 emission case', () => {
  it('gives the compromise (c·s weighted mean) 7.39 years, as logged by the jmckib port', () => {
    expect(weightedMean(x, cs)).toBeCloseTo(7.389955686853767, 12);
  });

  it('gives the capability-only mean 7.48 years (7.55 / 1.01)', () => {
    expect(weightedMean(x, c)).toBeCloseTo(7.55 / 1.01, 12);
  });

  it('puts the median voter at 7 years (Example.log, round 0)', () => {
    expect(weightedMedian(x, cs)).toBe(7);
    expect(condorcetPosition(x, cs)).toBe(7);
  });

  it('returns NaN without weight', () => {
    expect(weightedMean([1, 2], [0, 0])).toBeNaN();
    expect(weightedMedian([], [])).toBeNaN();
  });

  it('takes the lower median on an exact tie', () => {
    expect(weightedMedian([10, 20], [1, 1])).toBe(10);
    expect(condorcetPosition([10, 20], [1, 1])).toBe(10);
  });
});

describe('the Condorcet position from pairwise votes equals the lower weighted median', () => {
  it('holds on random one-dimensional electorates', () => {
    const electorate = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 50 })), {
        minLength: 1,
        maxLength: 12,
      })
      .map((rows) => ({ x: rows.map((r) => r[0]), w: rows.map((r) => r[1]) }));
    fc.assert(
      fc.property(electorate, ({ x, w }) => {
        expect(condorcetPosition(x, w)).toBe(weightedMedian(x, w));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
