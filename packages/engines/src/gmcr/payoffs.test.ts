import { describe, expect, it } from 'vitest';
import type { Expr } from '@parley/model';
import { buildModel } from './model.ts';
import type { DmPreference, GmcrInput } from './types.ts';

const option = (k: number): Expr<number> => ({ kind: 'option', option: k });
const not = (operand: Expr<number>): Expr<number> => ({ kind: 'not', operand });

function modelWith(optionCount: number, preference: DmPreference) {
  const input: GmcrInput = {
    options: Array.from({ length: optionCount }, (_, k) => ({
      id: `o${k}`,
      owner: 0,
      reversibility: 'both' as const,
    })),
    decisionMakers: [{ id: 'x', name: 'X' }],
    infeasible: [],
    preferences: [preference],
  };
  return buildModel(input);
}

describe('payoffs from prioritized statements', () => {
  it('ties states that satisfy the same statements (GMCR+ option prioritization)', () => {
    // One statement on option 0: states with o0 = Y tie above states with o0 = N.
    const model = modelWith(2, { kind: 'statements', statements: [option(0)] });
    expect(Array.from(model.payoffs[0]!)).toEqual([1, 2, 1, 2]);
  });

  it('reads `q if p` as p → q and `q iff p` as p ↔ q', () => {
    const ifModel = modelWith(2, {
      kind: 'statements',
      statements: [{ kind: 'if', consequent: option(0), antecedent: option(1) }],
    });
    // satisfied except at o1 = Y, o0 = N (decimal 2)
    expect(Array.from(ifModel.payoffs[0]!)).toEqual([2, 2, 1, 2]);
    const iffModel = modelWith(2, {
      kind: 'statements',
      statements: [{ kind: 'iff', left: option(0), right: option(1) }],
    });
    expect(Array.from(iffModel.payoffs[0]!)).toEqual([2, 1, 1, 2]);
  });

  it('orders lexicographically beyond 30 statements, where the weights overflow 32 bits', () => {
    // 33 statements: the first says "o0", 31 fillers hold everywhere, the last says "o1".
    // The first statement must dominate the last: NN < NY < YN < YY (decimals 0, 2, 1, 3).
    const fillers = Array.from({ length: 31 }, () => ({
      kind: 'or' as const,
      operands: [option(0), not(option(0))],
    }));
    const model = modelWith(2, {
      kind: 'statements',
      statements: [option(0), ...fillers, option(1)],
    });
    expect(Array.from(model.payoffs[0]!)).toEqual([1, 3, 2, 4]);
    const reversed = modelWith(2, {
      kind: 'statements',
      statements: [option(1), ...fillers, option(0)],
    });
    expect(Array.from(reversed.payoffs[0]!)).toEqual([1, 2, 3, 4]);
  });
});

describe('payoffs from an explicit ranking', () => {
  it('gives tie groups equal payoffs, most preferred group highest', () => {
    const model = modelWith(2, { kind: 'ranking', ranking: [[3], [0, 2], [1]] });
    expect(Array.from(model.payoffs[0]!)).toEqual([2, 1, 2, 3]);
  });

  it('rejects a ranking that misses or repeats a feasible state', () => {
    expect(() => modelWith(2, { kind: 'ranking', ranking: [[3], [0, 2]] })).toThrowError(
      expect.objectContaining({ code: 'gmcr/ranking-incomplete' }),
    );
    expect(() =>
      modelWith(2, {
        kind: 'ranking',
        ranking: [
          [3, 3],
          [0, 2, 1],
        ],
      }),
    ).toThrowError(expect.objectContaining({ code: 'gmcr/ranking-duplicate' }));
    expect(() =>
      modelWith(2, {
        kind: 'ranking',
        ranking: [
          [3, 9],
          [0, 2, 1],
        ],
      }),
    ).toThrowError(expect.objectContaining({ code: 'gmcr/ranking-unknown-state' }));
  });
});
