import { describe, expect, it } from 'vitest';
import { analyze, findSanction } from '../analyze.ts';
import { buildModel } from '../model.ts';
import type { GmcrInput } from '../types.ts';

/**
 * Regression for the SEQ chain case (research notes on GMCR+ 0.4.1, which lets each opponent
 * move at most once): three decision makers A, B, C with one option each (decimal = a + 2b + 4c).
 * A's only improvement from 0 is to 1. The only credible sanction is B → 3, C → 7, B → 5: B must
 * move twice, not in a row. C alone cannot sanction (1 → 5 is not an improvement for C), and the
 * states B and C reach without B moving again (3, 7) are better for A than 0.
 */
const chain: GmcrInput = {
  options: ['a', 'b', 'c'].map((id, owner) => ({ id, owner, reversibility: 'both' as const })),
  decisionMakers: ['A', 'B', 'C'].map((name) => ({ id: name, name })),
  infeasible: [],
  preferences: [
    { kind: 'ranking', ranking: [[7], [3], [1], [0], [5], [2], [4], [6]] },
    { kind: 'ranking', ranking: [[3], [5], [1], [7], [0], [2], [4], [6]] },
    { kind: 'ranking', ranking: [[7], [1], [3], [5], [0], [2], [4], [6]] },
  ],
};

describe('SEQ with three decision makers', () => {
  const analysis = analyze(buildModel(chain));

  it('lets an opponent move again after another has moved, so state 0 is SEQ stable for A', () => {
    expect(analysis.stability.seq[0]![0]).toBe(1);
  });

  it('finds the credible sanction B, C, B', () => {
    const witness = findSanction(analysis, 'seq', 0, 0, 1);
    expect(witness?.map((m) => [m.mover, m.to])).toEqual([
      [1, 3],
      [2, 7],
      [1, 5],
    ]);
    expect(witness?.every((m) => m.improvement)).toBe(true);
  });

  it('reaches the sanction in one (non-credible) move under GMR', () => {
    expect(findSanction(analysis, 'gmr', 0, 0, 1)).toEqual([
      { from: 1, to: 5, mover: 2, improvement: false },
    ]);
  });
});
