import { describe, expect, it } from 'vitest';
import type { Expr } from '../../statement/ast.ts';
import { constantTruth } from './exportGmcrConditions.ts';

const a: Expr<number> = { kind: 'option', option: 0 };
const b: Expr<number> = { kind: 'option', option: 1 };
const not = (operand: Expr<number>): Expr<number> => ({ kind: 'not', operand });

describe('constantTruth', () => {
  it('finds tautologies and contradictions the DNF keeps as several terms', () => {
    expect(constantTruth({ kind: 'or', operands: [a, not(a)] })).toBe('always');
    expect(
      constantTruth({ kind: 'if', consequent: b, antecedent: { kind: 'and', operands: [b, a] } }),
    ).toBe('always');
    expect(constantTruth({ kind: 'and', operands: [a, not(a)] })).toBe('never');
  });

  it('gives undefined for a statement that depends on the state', () => {
    expect(constantTruth({ kind: 'iff', left: a, right: b })).toBeUndefined();
  });
});
