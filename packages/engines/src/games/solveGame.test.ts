import { describe, expect, it } from 'vitest';
import { AbortedError } from '../shared/engineError.ts';
import { bimatrixGame, tabulateGame } from './strategicGame.ts';
import { GAME_METHODS } from './solution.ts';
import { solveGame } from './solveGame.ts';
import { randomGame } from './testing/arbitraries.ts';

const PENNIES = bimatrixGame(
  [
    [1, -1],
    [-1, 1],
  ],
  [
    [-1, 1],
    [1, -1],
  ],
);

describe('solveGame', () => {
  it.each(GAME_METHODS.filter((m) => m !== 'enumpure'))(
    'solves Matching Pennies with %s',
    (method) => {
      const s = solveGame(PENNIES, method);
      expect(s.method).toBe(method);
      expect(s.equilibria[0]!.profile.flat().map(String)).toEqual(['1/2', '1/2', '1/2', '1/2']);
    },
  );

  it('refuses two-player methods for other games, with Gambit’s message', () => {
    const three = tabulateGame([2, 2, 2], () => [0, 0, 0]);
    for (const method of ['enummixed', 'lcp', 'lp'] as const) {
      expect(() => solveGame(three, method)).toThrow('Method only valid for two-player games.');
    }
  });

  it('can be cancelled through an AbortSignal, and reports progress', () => {
    const controller = new AbortController();
    const phases = new Set<string>();
    const game = randomGame([12, 12], 3);
    expect(() =>
      solveGame(
        game,
        'enummixed',
        {},
        {
          signal: controller.signal,
          onProgress: (p) => {
            phases.add(p.phase);
            controller.abort();
          },
        },
      ),
    ).toThrow(AbortedError);
    expect(phases.has('vertices of P')).toBe(true);
  });
});
