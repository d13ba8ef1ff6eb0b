import { describe, expect, it } from 'vitest';
import type { Expr } from '@parley/model';
import { buildModel } from './model.ts';
import { buildMoves, improvementsOf } from './moves.ts';
import { neighbours } from '../shared/csr.ts';
import type { GmcrInput, Reversibility } from './types.ts';

const option = (k: number): Expr<number> => ({ kind: 'option', option: k });

function twoOptionModel(
  reversibility: [Reversibility, Reversibility],
  misperceived: Expr<number>[] = [],
) {
  const input: GmcrInput = {
    options: reversibility.map((r, k) => ({ id: `o${k}`, owner: 0, reversibility: r })),
    decisionMakers: [
      { id: 'x', name: 'X' },
      { id: 'y', name: 'Y' },
    ],
    infeasible: [],
    preferences: [
      { kind: 'statements', statements: [option(0), option(1)] },
      { kind: 'statements', statements: [] },
    ],
    misperceived: [misperceived, []],
  };
  return buildModel(input);
}

const sorted = (xs: number[]) => xs.sort((a, b) => a - b);

describe('unilateral moves R_i(s)', () => {
  it('change any non-empty subset of the mover’s own options at once', () => {
    const model = twoOptionModel(['both', 'both']);
    const moves = buildMoves(model, { name: 'X', members: [0] });
    expect(sorted(neighbours(moves, 0))).toEqual([1, 2, 3]);
    expect(sorted(neighbours(moves, 3))).toEqual([0, 1, 2]);
    const other = buildMoves(model, { name: 'Y', members: [1] });
    expect(neighbours(other, 0)).toEqual([]);
  });

  it('drop a whole move that takes a forward-only option back, even with other changes', () => {
    // o0 forward-only: from YY (3) the moves NY (2) and NN (0) would withdraw it.
    const model = twoOptionModel(['forward-only', 'both']);
    const moves = buildMoves(model, { name: 'X', members: [0] });
    expect(neighbours(moves, 3)).toEqual([1]);
    expect(sorted(neighbours(moves, 0))).toEqual([1, 2, 3]);
  });

  it('let a backward-only option only be withdrawn', () => {
    const model = twoOptionModel(['both', 'backward-only']);
    const moves = buildMoves(model, { name: 'X', members: [0] });
    expect(neighbours(moves, 0)).toEqual([1]);
    expect(sorted(neighbours(moves, 3))).toEqual([0, 1, 2]);
  });

  it('never start or end at a state the mover misperceives', () => {
    // X does not perceive YY (decimal 3).
    const model = twoOptionModel(
      ['both', 'both'],
      [{ kind: 'and', operands: [option(0), option(1)] }],
    );
    const moves = buildMoves(model, { name: 'X', members: [0] });
    expect(sorted(neighbours(moves, 0))).toEqual([1, 2]);
    expect(neighbours(moves, 3)).toEqual([]);
  });

  it('keep as improvements the moves to strictly preferred states', () => {
    // X's payoffs: NN 1, NY 2, YN 3, YY 4.
    const model = twoOptionModel(['both', 'both']);
    const mover = { name: 'X', members: [0] };
    const improvements = improvementsOf(model, mover, buildMoves(model, mover));
    expect(sorted(neighbours(improvements, 2))).toEqual([1, 3]);
    expect(neighbours(improvements, 3)).toEqual([]);
  });
});
