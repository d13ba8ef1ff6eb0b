import { describe, expect, it } from 'vitest';
import type { Expr } from '@parley/model';
import { analyze, findSanction } from '../analyze.ts';
import { buildModel } from '../model.ts';
import type { GmcrInput } from '../types.ts';

const option = (k: number): Expr<number> => ({ kind: 'option', option: k });
const not = (operand: Expr<number>): Expr<number> => ({ kind: 'not', operand });
const and = (...operands: Expr<number>[]): Expr<number> => ({ kind: 'and', operands });

/**
 * Regression for GMR/SMR in a coupled model (research notes: GMCR+ 0.4.1 lets each opponent move
 * once, which is wrong when infeasibility couples the decision makers). Options: a (A, bit 0),
 * b1 and b2 (B, bits 1–2), c (C, bit 3). `c` needs `b1` and `b2` needs `c`, so the only way to
 * b2 — the state A dislikes — after A takes `a` is B (b1), C (c), B (b2).
 */
const coupled: GmcrInput = {
  options: [
    { id: 'a', owner: 0, reversibility: 'both' },
    { id: 'b1', owner: 1, reversibility: 'both' },
    { id: 'b2', owner: 1, reversibility: 'both' },
    { id: 'c', owner: 2, reversibility: 'both' },
  ],
  decisionMakers: ['A', 'B', 'C'].map((name) => ({ id: name, name })),
  infeasible: [and(option(3), not(option(1))), and(option(2), not(option(3)))],
  preferences: [
    { kind: 'statements', statements: [not(option(2)), option(0)] },
    { kind: 'statements', statements: [] },
    { kind: 'statements', statements: [] },
  ],
};

describe('GMR and SMR when infeasibility couples the opponents', () => {
  const model = buildModel(coupled);
  const analysis = analyze(model);
  const s = model.indexOf(0b0000);
  const s1 = model.indexOf(0b0001);

  it('sanctions A’s move by letting B move again after C, so the status quo is GMR and SMR stable for A', () => {
    expect(analysis.stability.nash[0]![s]).toBe(0);
    expect(analysis.stability.gmr[0]![s]).toBe(1);
    expect(analysis.stability.smr[0]![s]).toBe(1);
  });

  it('finds the sanction B, C, B', () => {
    const witness = findSanction(analysis, 'gmr', 0, s, s1);
    expect(witness?.map((m) => [m.mover, model.decimals[m.to]])).toEqual([
      [1, 0b0011],
      [2, 0b1011],
      [1, 0b1111],
    ]);
  });
});
