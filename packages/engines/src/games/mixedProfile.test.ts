import { describe, expect, it } from 'vitest';
import { r } from '../shared/rational.ts';
import { bimatrixGame, tabulateGame } from './strategicGame.ts';
import {
  centroid,
  expectedPayoffs,
  isMixedProfile,
  maxRegret,
  regrets,
  strategyValues,
} from './mixedProfile.ts';

describe('mixed profiles', () => {
  const BOS = bimatrixGame(
    [
      [2, 0],
      [0, 1],
    ],
    [
      [1, 0],
      [0, 2],
    ],
  );

  it('computes pure-strategy values, expected payoffs and regrets exactly', () => {
    const p = [
      [r(2, 3), r(1, 3)],
      [r(1, 2), r(1, 2)],
    ];
    expect(strategyValues(BOS, p, 0).map(String)).toEqual(['1', '1/2']);
    expect(expectedPayoffs(BOS, p).map(String)).toEqual(['5/6', '2/3']);
    expect(regrets(BOS, p).map(String)).toEqual(['1/6', '0']);
    expect(maxRegret(BOS, p).toString()).toBe('1/6');
  });

  it('has zero regret exactly at the mixed equilibrium (2/3, 1/3), (1/3, 2/3)', () => {
    expect(
      maxRegret(BOS, [
        [r(2, 3), r(1, 3)],
        [r(1, 3), r(2, 3)],
      ]).isZero(),
    ).toBe(true);
  });

  it('works for three players (centroid of a 2×2×2 game)', () => {
    const g = tabulateGame([2, 2, 2], ([a, b, c]) => [a! + b! + c!, a!, 0]);
    const p = centroid(g);
    expect(isMixedProfile(g, p)).toBe(true);
    expect(expectedPayoffs(g, p).map(String)).toEqual(['3/2', '1/2', '0']);
  });
});
