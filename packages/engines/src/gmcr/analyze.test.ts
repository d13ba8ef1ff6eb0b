import { describe, expect, it } from 'vitest';
import { analyze, findSanction, improvementsFrom, movesFrom, prefers } from './analyze.ts';
import { buildModel } from './model.ts';
import type { GmcrInput } from './types.ts';
import { AbortedError } from '../shared/engineError.ts';

/** Two players, one option each ("defect" / "go straight"); decimals NN 0, YN 1, NY 2, YY 3. */
function twoByTwo(rankingA: number[], rankingB: number[]): GmcrInput {
  return {
    options: [
      { id: 'a', owner: 0, reversibility: 'both' },
      { id: 'b', owner: 1, reversibility: 'both' },
    ],
    decisionMakers: [
      { id: 'A', name: 'A' },
      { id: 'B', name: 'B' },
    ],
    infeasible: [],
    preferences: [
      { kind: 'ranking', ranking: rankingA.map((d) => [d]) },
      { kind: 'ranking', ranking: rankingB.map((d) => [d]) },
    ],
  };
}

// Prisoner's Dilemma, option = defect: each prefers (self defects, other cooperates) > mutual
// cooperation > mutual defection > (self cooperates, other defects).
const prisonersDilemma = twoByTwo([1, 0, 3, 2], [2, 0, 3, 1]);
// Chicken, option = go straight: win > both swerve > lose > crash.
const chicken = twoByTwo([1, 0, 2, 3], [2, 0, 1, 3]);

describe("analyze: Prisoner's Dilemma", () => {
  const analysis = analyze(buildModel(prisonersDilemma));

  it('has mutual defection as its only Nash equilibrium (Fang, Hipel & Kilgour 1993, ch. 3)', () => {
    expect(analysis.equilibria.nash).toEqual([3]);
  });

  it('adds mutual cooperation under GMR, SMR and SEQ (Fang, Hipel & Kilgour 1993, ch. 3)', () => {
    expect(analysis.equilibria.gmr).toEqual([0, 3]);
    expect(analysis.equilibria.smr).toEqual([0, 3]);
    expect(analysis.equilibria.seq).toEqual([0, 3]);
  });

  it('also under SIM: defecting while the other defects too ends in mutual defection (hand-checked)', () => {
    expect(analysis.equilibria.sim).toEqual([0, 3]);
  });

  it('explains the sanction: if A defects, B defects too, which A likes less than cooperation', () => {
    expect(findSanction(analysis, 'seq', 0, 0, 1)).toEqual([
      { from: 1, to: 3, mover: 1, improvement: true },
    ]);
    expect(findSanction(analysis, 'sim', 0, 0, 1)).toEqual([
      { from: 0, to: 2, mover: 1, improvement: true },
    ]);
    expect(findSanction(analysis, 'nash', 0, 0, 1)).toBeNull();
  });
});

describe('analyze: Chicken', () => {
  const analysis = analyze(buildModel(chicken));

  it('has the two one-swerves states as Nash and SEQ equilibria (Fang, Hipel & Kilgour 1993, ch. 3)', () => {
    expect(analysis.equilibria.nash).toEqual([1, 2]);
    expect(analysis.equilibria.seq).toEqual([1, 2]);
  });

  it('adds mutual swerving under GMR and SMR, where the crash threat need not be credible', () => {
    expect(analysis.equilibria.gmr).toEqual([0, 1, 2]);
    expect(analysis.equilibria.smr).toEqual([0, 1, 2]);
  });

  it('adds mutual swerving under SIM: both going straight at once crashes (hand-checked)', () => {
    expect(analysis.equilibria.sim).toEqual([0, 1, 2]);
  });
});

describe('analyze: coalitions', () => {
  // Chicken with A and B as one coalition: the coalition controls both options and improves
  // only when both gain. From the crash (YY) every other state helps both; from "A wins" (YN)
  // every move hurts A or B.
  const analysis = analyze(buildModel(chicken), { coalitions: [[1, 0]] });

  it('names a coalition after its members, joined with " + "', () => {
    expect(analysis.movers).toEqual([{ name: 'A + B', members: [0, 1] }]);
  });

  it('lets a coalition move any subset of its members’ options at once', () => {
    expect(movesFrom(analysis, 0, 3).sort()).toEqual([0, 1, 2]);
  });

  it('counts a move as an improvement only when every member strictly gains', () => {
    expect(improvementsFrom(analysis, 0, 3).sort()).toEqual([0, 1, 2]);
    expect(improvementsFrom(analysis, 0, 1)).toEqual([]);
    expect(prefers(analysis, 0, 0, 3)).toBe(true);
    expect(prefers(analysis, 0, 1, 0)).toBe(false);
    expect(analysis.equilibria.nash).toEqual([0, 1, 2]);
  });

  it('rejects a list that is not a partition of the decision makers', () => {
    const model = buildModel(chicken);
    expect(() => analyze(model, { coalitions: [[0]] })).toThrowError(
      expect.objectContaining({ code: 'gmcr/bad-partition' }),
    );
    expect(() => analyze(model, { coalitions: [[0, 1], [1]] })).toThrowError(
      expect.objectContaining({ code: 'gmcr/bad-partition' }),
    );
  });
});

describe('analyze: options', () => {
  it('computes only the requested concepts and leaves the others empty', () => {
    const analysis = analyze(buildModel(chicken), { concepts: ['nash'] });
    expect(analysis.concepts).toEqual(['nash']);
    expect(analysis.stability.gmr).toEqual([]);
    expect(analysis.stability.nash).toHaveLength(2);
  });

  it('reports progress rising to 1', () => {
    const fractions: number[] = [];
    analyze(buildModel(chicken), { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('stops with an AbortedError once the signal has fired', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => analyze(buildModel(chicken), { signal: controller.signal })).toThrow(AbortedError);
  });
});
