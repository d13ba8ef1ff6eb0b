import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from './model.ts';
import { analyze, type GmcrAnalysis } from './analyze.ts';
import {
  anticipatedLine,
  anticipatedResponse,
  limitedMoveStability,
  limitedMoveTable,
} from './limitedMove.ts';
import type { GmcrInput } from './types.ts';
import { EngineError } from '../shared/engineError.ts';
import { arbitraryGmcrInput, chicken, prisonersDilemma } from './reference/postAnalysisFixtures.ts';
import { naiveGraphOf } from './reference/naiveGraph.ts';
import { limitedMoveNaive } from './reference/limitedMoveNaive.ts';

const analysisOf = (
  input: Parameters<typeof buildModel>[0],
  coalitions?: number[][],
): GmcrAnalysis => analyze(buildModel(input), coalitions ? { coalitions } : {});

const stableStates = (row: Uint8Array): number[] => [...row.keys()].filter((s) => row[s] === 1);

// 2×2 states: 0 = neither takes its option, 1 = Row only, 2 = Column only, 3 = both.
// Expected values are hand-derived from the recursion of Kilgour, Hipel & Fang (1987) and
// match the naive reference below.
describe('limitedMoveStability on the Prisoner’s Dilemma (option = defect)', () => {
  const analysis = analysisOf(prisonersDilemma());

  it('with horizon 1 is Nash: only mutual defection', () => {
    expect(limitedMoveStability(analysis, 1).equilibria).toEqual([3]);
  });

  it('with horizon 2 also stabilises mutual cooperation, since defecting invites defection', () => {
    const l2 = limitedMoveStability(analysis, 2);
    expect(stableStates(l2.stability[0]!)).toEqual([0, 1, 3]);
    expect(stableStates(l2.stability[1]!)).toEqual([0, 2, 3]);
    expect(l2.equilibria).toEqual([0, 3]);
  });

  it('keeps those equilibria for longer horizons', () => {
    for (const h of [3, 4, 7]) expect(limitedMoveStability(analysis, h).equilibria).toEqual([0, 3]);
  });
});

describe('limitedMoveStability on Chicken (option = stand firm)', () => {
  const analysis = analysisOf(chicken());

  it('with horizon 1 is Nash: one player stands firm, the other swerves', () => {
    expect(limitedMoveStability(analysis, 1).equilibria).toEqual([1, 2]);
  });

  it('with horizon 2 has no equilibrium: the loser stands firm expecting the other to swerve', () => {
    const l2 = limitedMoveStability(analysis, 2);
    expect(stableStates(l2.stability[0]!)).toEqual([1]);
    expect(stableStates(l2.stability[1]!)).toEqual([2]);
    expect(l2.equilibria).toEqual([]);
    expect(l2.anticipated[0]![2]).toBe(1);
  });

  it('with horizon 3 settles on both swerving', () => {
    const l3 = limitedMoveStability(analysis, 3);
    expect(stableStates(l3.stability[0]!)).toEqual([0, 1]);
    expect(l3.equilibria).toEqual([0]);
  });

  it('names the line Row anticipates from state 2 with horizon 2: stand firm, then Column swerves', () => {
    const table = limitedMoveTable(analysis, 2, { keepLayers: true });
    expect(anticipatedLine(analysis, table, 0, 2)).toEqual([
      { from: 2, to: 3, mover: 0, improvement: false },
      { from: 3, to: 1, mover: 1, improvement: true },
    ]);
  });
});

describe('limitedMoveStability with three decision makers', () => {
  // Each decision maker has one option (a = 1, b = 2, c = 4); state index = decimal.
  // A likes b's response to its move (3) but dreads c's (5): 3 > 1 > 0 > 5 > …
  const analysis = analysisOf(threeResponders());

  it('lets the focal mover expect the response it likes least (Parley’s n-mover rule)', () => {
    expect(analysis.stability.nash[0]![0]).toBe(0);
    const l2 = limitedMoveStability(analysis, 2);
    expect(l2.stability[0]![0]).toBe(1);
    const table = limitedMoveTable(analysis, 2, { keepLayers: true });
    expect(anticipatedResponse(analysis, table, 0, 1)).toEqual([
      { from: 1, to: 5, mover: 2, improvement: true },
    ]);
  });

  it('moves when only the welcome responder is left (C ranks 1 above 5)', () => {
    const tame = threeResponders();
    const c = tame.preferences[2]!;
    const ranking = c.kind === 'ranking' ? c.ranking : [];
    const calm: GmcrInput = {
      ...tame,
      preferences: [
        tame.preferences[0]!,
        tame.preferences[1]!,
        { kind: 'ranking', ranking: [[1], ...ranking.filter((g) => g[0] !== 1)] },
      ],
    };
    const l2 = limitedMoveStability(analysisOf(calm), 2);
    expect(l2.stability[0]![0]).toBe(0);
    expect(l2.anticipated[0]![0]).toBe(3);
  });
});

function threeResponders(): GmcrInput {
  const ranking = (...order: number[]) => ({
    kind: 'ranking' as const,
    ranking: order.map((d) => [d]),
  });
  return {
    options: ['a', 'b', 'c'].map((id, owner) => ({ id, owner, reversibility: 'both' as const })),
    decisionMakers: ['A', 'B', 'C'].map((name) => ({ id: name.toLowerCase(), name })),
    infeasible: [],
    preferences: [
      ranking(3, 1, 0, 5, 2, 4, 6, 7),
      ranking(3, 7, 1, 0, 2, 4, 5, 6),
      ranking(5, 7, 1, 0, 2, 3, 4, 6),
    ],
  };
}

describe('limitedMoveStability properties on random models', () => {
  it('L_1 equals Nash stability', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(), (input) => {
        const analysis = analysisOf(input);
        expect(limitedMoveStability(analysis, 1).stability).toEqual(analysis.stability.nash);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the naive recursion for horizons 0–4', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(3), fc.integer({ min: 0, max: 4 }), (input, h) => {
        const analysis = analysisOf(input);
        const fast = limitedMoveStability(analysis, h).stability.map((row) => [...row]);
        expect(fast).toEqual(limitedMoveNaive(naiveGraphOf(analysis), h));
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the naive recursion when two decision makers act as a coalition', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(4), fc.integer({ min: 1, max: 3 }), (input, h) => {
        const dms = input.decisionMakers.length;
        const coalitions =
          dms > 2 ? [[0, 1], ...Array.from({ length: dms - 2 }, (_, k) => [k + 2])] : [[0, 1]];
        const analysis = analysisOf(input, coalitions);
        const fast = limitedMoveStability(analysis, h).stability.map((row) => [...row]);
        expect(fast).toEqual(limitedMoveNaive(naiveGraphOf(analysis), h));
      }),
      { numRuns: 100 },
    );
  });

  it('L_2 stability implies SEQ stability (the anticipated response is a sanctioning improvement)', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(), (input) => {
        const analysis = analysisOf(input);
        const l2 = limitedMoveStability(analysis, 2);
        l2.stability.forEach((row, mover) =>
          row.forEach((stable, s) => {
            if (stable === 1) expect(analysis.stability.seq[mover]![s]).toBe(1);
          }),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('limitedMoveStability input checks', () => {
  const analysis = analysisOf(prisonersDilemma());

  it('with horizon 0 calls every state stable (nobody looks ahead at all)', () => {
    expect(limitedMoveStability(analysis, 0).equilibria).toEqual([0, 1, 2, 3]);
  });

  it('rejects a horizon that is not a whole number ≥ 0', () => {
    expect(() => limitedMoveStability(analysis, 1.5)).toThrow(EngineError);
    expect(() => limitedMoveStability(analysis, -1)).toThrow(/horizon/);
  });
});
