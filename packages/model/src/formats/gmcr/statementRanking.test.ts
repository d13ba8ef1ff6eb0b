import { describe, expect, it } from 'vitest';
import type { Expr } from '../../statement/ast.ts';
import { statementRanking } from './statementRanking.ts';

const opt = (option: number): Expr<number> => ({ kind: 'option', option });
const not = (operand: Expr<number>): Expr<number> => ({ kind: 'not', operand });

describe('statementRanking', () => {
  it('ranks the Prisoner’s Dilemma for player 1 as the textbook does', () => {
    // Options: 0 = P1 defects, 1 = P2 defects. P1 prefers "P2 cooperates" first, then
    // "P1 defects": DC (1) > CC (0) > DD (3) > CD (2), the Prisoner's Dilemma order T > R > P > S.
    expect(statementRanking([not(opt(1)), opt(0)], [0, 1, 2, 3])).toEqual([[1], [0], [3], [2]]);
  });

  it('ties exactly the states that satisfy the same statements', () => {
    expect(statementRanking([opt(0)], [0, 1, 2, 3])).toEqual([
      [1, 3],
      [0, 2],
    ]);
    expect(statementRanking([], [5, 1])).toEqual([[1, 5]]);
  });

  it('reads bits above 2^31 correctly', () => {
    expect(statementRanking([opt(40)], [1, 2 ** 40])).toEqual([[2 ** 40], [1]]);
  });
});
