import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestMatch, didYouMean, editDistance } from './didYouMean.ts';

describe('editDistance', () => {
  it('counts one edit for a dropped letter, a substitution and an adjacent swap', () => {
    expect(editDistance('capabilty', 'capability')).toBe(1);
    expect(editDistance('salience', 'saliance')).toBe(1);
    expect(editDistance('ownre', 'owner')).toBe(1);
  });

  it('gives the textbook distance of kitten → sitting (3: two substitutions and one insertion)', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is zero exactly for equal words, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('closestMatch', () => {
  it('suggests the allowed key a typo was meant to be', () => {
    expect(closestMatch('capabilty', ['id', 'name', 'capability', 'indicators'])).toBe(
      'capability',
    );
  });

  it('ignores case when comparing', () => {
    expect(closestMatch('USA', ['usa', 'dprk'])).toBe('usa');
  });

  it('suggests nothing for unrelated words', () => {
    expect(closestMatch('banana', ['id', 'name', 'capability'])).toBeUndefined();
  });

  it('phrases the hint as a question', () => {
    expect(didYouMean('ownr', ['owner', 'label'])).toBe('did you mean `owner`?');
    expect(didYouMean('zzz', ['owner'])).toBeUndefined();
  });
});
