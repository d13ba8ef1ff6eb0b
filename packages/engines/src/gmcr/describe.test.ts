import { describe, expect, it } from 'vitest';
import { buildModel } from './model.ts';
import { describeMove, describeState, joinWords } from './describe.ts';
import type { GmcrInput } from './types.ts';

// Two decision makers; USA owns options 0 and 1, DPRK owns option 2. State index = decimal.
const input: GmcrInput = {
  options: [
    { id: 'lift', label: 'Lift sanctions', owner: 0, reversibility: 'both' },
    { id: 'drill', label: 'Joint exercises', owner: 0, reversibility: 'both' },
    { id: 'test', owner: 1, reversibility: 'both' },
  ],
  decisionMakers: [
    { id: 'usa', name: 'USA' },
    { id: 'dprk', name: 'DPRK' },
  ],
  infeasible: [],
  preferences: [
    { kind: 'statements', statements: [] },
    { kind: 'statements', statements: [] },
  ],
};
const model = buildModel(input);

describe('describeState', () => {
  it('lists the options taken per owner, using the label or else the id, with the 1-based id', () => {
    expect(describeState(model, 5)).toEqual({
      state: 5,
      id: 6,
      decimal: 5,
      yn: 'YNY',
      taken: ['Lift sanctions', 'test'],
      text: 'USA: Lift sanctions; DPRK: test',
    });
  });

  it('says when nothing is taken', () => {
    expect(describeState(model, 0).text).toBe('no option taken');
  });
});

describe('describeMove', () => {
  it('names what the owner takes and abandons', () => {
    expect(describeMove(model, { from: 2, to: 1 })).toBe(
      'USA takes “Lift sanctions” and abandons “Joint exercises”',
    );
  });

  it('separates owners for a joint (coalition) move', () => {
    expect(describeMove(model, { from: 0, to: 7 })).toBe(
      'USA takes “Lift sanctions” and “Joint exercises”; DPRK takes “test”',
    );
  });
});

describe('joinWords', () => {
  it('joins one, two and three words as in prose', () => {
    expect([joinWords(['a']), joinWords(['a', 'b']), joinWords(['a', 'b', 'c'])]).toEqual([
      'a',
      'a and b',
      'a, b and c',
    ]);
  });
});
