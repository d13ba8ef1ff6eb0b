/** Small graph models for the game-view tests. */
import type { Expr } from '@parley/model';
import type { GmcrInput, Reversibility } from '../../gmcr/types.ts';

const opt = (option: number): Expr<number> => ({ kind: 'option', option });
const not = (operand: Expr<number>): Expr<number> => ({ kind: 'not', operand });
const and = (...operands: Expr<number>[]): Expr<number> => ({ kind: 'and', operands });

/**
 * The Prisoner's Dilemma as a graph model, option = confess (decimals NN 0, YN 1, NY 2, YY 3).
 * Each prisoner ranks confess alone > both silent > both confess > silent alone (Rapoport &
 * Chammah 1965), i.e. T > R > P > S.
 */
export function prisonersDilemma(reversibility: Reversibility = 'both'): GmcrInput {
  return {
    options: [
      { id: 'c1', owner: 0, reversibility, statusQuo: false },
      { id: 'c2', owner: 1, reversibility, statusQuo: false },
    ],
    decisionMakers: [
      { id: 'p1', name: 'Prisoner 1' },
      { id: 'p2', name: 'Prisoner 2' },
    ],
    infeasible: [],
    preferences: [
      { kind: 'ranking', ranking: [[1], [0], [3], [2]] },
      { kind: 'ranking', ranking: [[2], [0], [3], [1]] },
    ],
  };
}

/**
 * Three decision makers, five options: A owns x (0) and y (1), which cannot both be taken;
 * B owns z (2); C owns w (3) and v (4). w needs z (infeasible: w & !z). v is in the status quo.
 * Preferences are prioritized statements:
 *   A: [z, !x]        B: [x | y, !z]        C: [w, v]
 */
export function threeActors(): GmcrInput {
  return {
    options: [
      { id: 'x', owner: 0, reversibility: 'both', statusQuo: false },
      { id: 'y', owner: 0, reversibility: 'both', statusQuo: false },
      { id: 'z', owner: 1, reversibility: 'forward-only', statusQuo: false },
      { id: 'w', owner: 2, reversibility: 'both', statusQuo: false },
      { id: 'v', owner: 2, reversibility: 'both', statusQuo: true },
    ],
    decisionMakers: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ],
    infeasible: [and(opt(0), opt(1)), and(opt(3), not(opt(2)))],
    preferences: [
      { kind: 'statements', statements: [opt(2), not(opt(0))] },
      { kind: 'statements', statements: [{ kind: 'or', operands: [opt(0), opt(1)] }, not(opt(2))] },
      { kind: 'statements', statements: [opt(3), opt(4)] },
    ],
  };
}
