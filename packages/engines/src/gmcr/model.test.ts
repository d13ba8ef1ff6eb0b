import { describe, expect, it } from 'vitest';
import type { Expr } from '@parley/model';
import { buildModel, decimalOfYn, ynOf } from './model.ts';
import type { GmcrInput } from './types.ts';
import { EngineError } from '../shared/engineError.ts';

const option = (k: number): Expr<number> => ({ kind: 'option', option: k });
const not = (operand: Expr<number>): Expr<number> => ({ kind: 'not', operand });

/** Three options (a, b owned by DM 0; c by DM 1), "a and b together" infeasible. */
const input: GmcrInput = {
  options: [
    { id: 'a', owner: 0, reversibility: 'both', statusQuo: true },
    { id: 'b', owner: 0, reversibility: 'forward-only' },
    { id: 'c', owner: 1, reversibility: 'backward-only', statusQuo: true },
  ],
  decisionMakers: [
    { id: 'x', name: 'X' },
    { id: 'y', name: 'Y' },
  ],
  infeasible: [{ kind: 'and', operands: [option(0), option(1)] }],
  preferences: [
    { kind: 'statements', statements: [option(2), not(option(0))] },
    { kind: 'statements', statements: [] },
  ],
  misperceived: [[], [option(1)]],
};

describe('buildModel', () => {
  const model = buildModel(input);

  it('keeps the feasible decimals in ascending order and numbers states by position', () => {
    // a&b infeasible removes decimals 3 (YYN) and 7 (YYY).
    expect(Array.from(model.decimals)).toEqual([0, 1, 2, 4, 5, 6]);
    expect(model.stateCount).toBe(6);
    expect(model.indexOf(4)).toBe(3);
    expect(model.indexOf(3)).toBe(-1);
    expect(model.indexOf(99)).toBe(-1);
  });

  it('writes states as Y/N strings, option 0 first, and reads them back', () => {
    expect(model.yn(4)).toBe('YNY');
    expect(ynOf(6, 3)).toBe('NYY');
    expect(decimalOfYn('NYY')).toBe(6);
  });

  it('locates the status quo from the options’ statusQuo values', () => {
    expect(model.statusQuo).toBe(model.indexOf(0b101));
  });

  it('scores statements with weights 2^(n-1-k) and turns scores into dense ranks', () => {
    // X: c (weight 2) then !a (weight 1): scores 0:1, 1:0, 2:1, 4:3, 5:2, 6:3 → ranks 2,1,2,4,3,4.
    expect(Array.from(model.payoffs[0]!)).toEqual([2, 1, 2, 4, 3, 4]);
    expect(Array.from(model.payoffs[1]!)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('marks the states a decision maker misperceives', () => {
    expect(model.misperceived[0]).toBeNull();
    expect(Array.from(model.misperceived[1]!)).toEqual([0, 0, 1, 0, 0, 1]);
  });

  it('records owners and irreversibility as bit masks', () => {
    expect(Array.from(model.optionMasks)).toEqual([0b011, 0b100]);
    expect(model.forwardOnlyMask).toBe(0b010);
    expect(model.backwardOnlyMask).toBe(0b100);
  });

  it('throws a typed error for inconsistent input', () => {
    const badOwner = { ...input, options: [{ id: 'a', owner: 5, reversibility: 'both' as const }] };
    expect(() => buildModel(badOwner)).toThrow(EngineError);
    const badOption = { ...input, infeasible: [option(9)] };
    expect(() => buildModel(badOption)).toThrowError(
      expect.objectContaining({ code: 'gmcr/bad-option' }),
    );
  });
});
