import { describe, expect, it } from 'vitest';
import { analyze, findSanction } from '../analyze.ts';
import { buildModel } from '../model.ts';
import type { GmcrInput } from '../types.ts';

/**
 * SIM regression (research notes: GMCR+ 0.4.1 builds its combination iterator once, so only a
 * focal decision maker's FIRST improvement can be SIM-sanctioned). A owns x and y (not both), B
 * owns z; decimals 0, 1 (x), 2 (y), 4 (z), 5 (x z), 6 (y z). From 0, A improves to 1 and to 2;
 * B's only improvement is z. Going to 1 while B takes z gives 5, going to 2 gives 6 — both worse
 * for A than 0 — so A's two improvements are both sanctioned and state 0 is SIM stable.
 */
const twoImprovements: GmcrInput = {
  options: [
    { id: 'x', owner: 0, reversibility: 'both' },
    { id: 'y', owner: 0, reversibility: 'both' },
    { id: 'z', owner: 1, reversibility: 'both' },
  ],
  decisionMakers: ['A', 'B'].map((name) => ({ id: name, name })),
  infeasible: [
    {
      kind: 'and',
      operands: [
        { kind: 'option', option: 0 },
        { kind: 'option', option: 1 },
      ],
    },
  ],
  preferences: [
    { kind: 'ranking', ranking: [[1], [2], [0], [4], [5], [6]] },
    { kind: 'ranking', ranking: [[4], [0], [1], [2], [5], [6]] },
  ],
};

describe('SIM', () => {
  const model = buildModel(twoImprovements);
  const analysis = analyze(model);

  it('tests every improvement of the focal decision maker, not just the first', () => {
    expect(analysis.stability.sim[0]![0]).toBe(1);
    expect(analysis.equilibria.sim).toContain(0);
  });

  it('combines each improvement with the other’s simultaneous move from the same state', () => {
    const toY = findSanction(analysis, 'sim', 0, 0, model.indexOf(2));
    expect(toY).toEqual([{ from: 0, to: model.indexOf(4), mover: 1, improvement: true }]);
  });

  it('skips a combination that lands on an infeasible state', () => {
    // Make y & z infeasible too: A's move to 2 combined with B's z would give 6, which no longer
    // exists, and B has no other improvement — so that move is not sanctioned.
    const yz = {
      kind: 'and' as const,
      operands: [1, 2].map((option) => ({ kind: 'option' as const, option })),
    };
    const coupled = buildModel({
      ...twoImprovements,
      infeasible: [...twoImprovements.infeasible, yz],
      preferences: [
        { kind: 'ranking', ranking: [[1], [2], [0], [4], [5]] },
        { kind: 'ranking', ranking: [[4], [0], [1], [2], [5]] },
      ],
    });
    const result = analyze(coupled);
    expect(findSanction(result, 'sim', 0, 0, coupled.indexOf(1))).not.toBeNull();
    expect(findSanction(result, 'sim', 0, 0, coupled.indexOf(2))).toBeNull();
    expect(result.stability.sim[0]![0]).toBe(0);
  });
});
