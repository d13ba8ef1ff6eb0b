import { describe, expect, it } from 'vitest';
import { bimatrixGame } from './strategicGame.ts';
import { toJson } from './toJson.ts';
import { enumMixed } from './solvers/enummixed.ts';
import { lpSolve } from './solvers/lp.ts';

describe('toJson', () => {
  it('writes exact probabilities, payoffs and regret as strings', () => {
    const json = toJson(
      enumMixed(
        bimatrixGame(
          [
            [2, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 2],
          ],
          { players: ['Wife', 'Husband'] },
        ),
      ),
    );
    expect(json).toMatchObject({
      players: ['Wife', 'Husband'],
      strategies: [
        ['1', '2'],
        ['1', '2'],
      ],
      method: 'enummixed',
      exact: true,
    });
    expect(json.equilibria[1]).toEqual({
      profile: [
        ['2/3', '1/3'],
        ['1/3', '2/3'],
      ],
      payoffs: ['2/3', '2/3'],
      regret: '0',
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('includes the value of a constant-sum game', () => {
    expect(
      toJson(
        lpSolve(
          bimatrixGame(
            [
              [1, -1],
              [-1, 1],
            ],
            [
              [-1, 1],
              [1, -1],
            ],
          ),
        ),
      ).value,
    ).toEqual(['0', '0']);
  });
});
