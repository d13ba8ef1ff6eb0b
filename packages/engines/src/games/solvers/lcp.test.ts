import { describe, expect, it } from 'vitest';
import { r } from '../../shared/rational.ts';
import fc from 'fast-check';
import { bimatrixGame } from '../strategicGame.ts';
import { profileKey } from '../mixedProfile.ts';
import { extremeEquilibriaBySupports } from '../reference/supportEnumeration.ts';
import { bimatrixArbitrary, randomGame } from '../testing/arbitraries.ts';
import { LexDictionary } from '../linear/lexDictionary.ts';
import { positiveBimatrix, transpose } from '../positiveBimatrix.ts';
import { lcpSolve, lemkeHowsonPath } from './lcp.ts';

/**
 * Gambit's search (its nfglcp.cc `AllLemke`), written as plainly as possible for comparison:
 * recursively, from each newly found equilibrium, drop every label in order except the one the
 * path arrived by. Returns the x parts of the equilibria in order of discovery.
 */
function gambitOrder(game: ReturnType<typeof randomGame>): string[] {
  const bm = positiveBimatrix(game);
  const { m, n } = bm;
  const found: string[] = [];
  const point = (d: LexDictionary, count: number) => {
    const v = Array.from({ length: count }, (_, j) => d.valueOf(j));
    const total = v.reduce((a, b) => a + b, 0n);
    return v.map((x) => `${x}/${total}`).join(',');
  };
  const visit = (px: LexDictionary, qy: LexDictionary, arrivedBy: number, depth: number) => {
    if (depth > 0) {
      const key = `${point(px, m)};${point(qy, n)}`;
      if (found.includes(key) || key.startsWith('0/0')) return;
      found.push(key);
    }
    for (let label = 0; label < m + n; label++) {
      if (label === arrivedBy) continue;
      const state = { px: px.clone(), qy: qy.clone(), depth: depth + 1 };
      lemkeHowsonPath(state, m, n, label);
      visit(state.px, state.qy, label, depth + 1);
    }
  };
  visit(new LexDictionary(transpose(bm.b)), new LexDictionary(bm.a), -1, 0);
  return found.map((k) => k.split(';')[0]!);
}

const VON_STENGEL = bimatrixGame(
  [
    [3, 3],
    [2, 5],
    [0, 6],
  ],
  [
    [3, 2],
    [2, 6],
    [3, 1],
  ],
);
const line = (p: { profile: unknown[][] }) => p.profile.flat().join(',');

describe('lcpSolve (Lemke–Howson)', () => {
  it('from label 1 reaches the pure equilibrium of von Stengel’s 3×2 example (2002, §2.3): x1 enters, column 1 becomes a best reply, y1 enters and row 1 is one too', () => {
    expect(lcpSolve(VON_STENGEL, { maxEquilibria: 1 }).equilibria.map(line)).toEqual(['1,0,0,1,0']);
  });

  it('finds all three equilibria of that example by restarting from every equilibrium and label', () => {
    const found = lcpSolve(VON_STENGEL).equilibria.map(line).sort();
    expect(found).toEqual(['0,1/3,2/3,1/3,2/3', '1,0,0,1,0', '4/5,1/5,0,2/3,1/3']);
  });

  it('solves Matching Pennies exactly', () => {
    const s = lcpSolve(
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
    );
    expect(s.equilibria.map(line)).toEqual(['1/2,1/2,1/2,1/2']);
  });

  it('does not cycle on a highly degenerate game (all payoffs equal) thanks to the lexicographic rule', () => {
    const s = lcpSolve(
      bimatrixGame(
        [
          [1, 1, 1],
          [1, 1, 1],
        ],
        [
          [1, 1, 1],
          [1, 1, 1],
        ],
      ),
    );
    expect(s.equilibria.length).toBeGreaterThan(0);
    expect(s.equilibria.every((e) => e.regret.isZero())).toBe(true);
  });

  it('only returns extreme equilibria (checked against brute force) and always at least one', () => {
    fc.assert(
      fc.property(bimatrixArbitrary(4, 3), (game) => {
        const reference = new Set(extremeEquilibriaBySupports(game).map(profileKey));
        const found = lcpSolve(game).equilibria;
        expect(found.length).toBeGreaterThan(0);
        for (const eq of found) {
          expect(eq.regret.isZero()).toBe(true);
          expect(reference.has(profileKey(eq.profile))).toBe(true);
        }
      }),
      { numRuns: 300, seed: 1964 },
    );
  });

  it('finds every equilibrium of nondegenerate 2×2 games (all are accessible there)', () => {
    fc.assert(
      fc.property(bimatrixArbitrary(2, 1000), (game) => {
        const reference = extremeEquilibriaBySupports(game).map(profileKey).sort();
        const found = lcpSolve(game)
          .equilibria.map((e) => profileKey(e.profile))
          .sort();
        const degenerate = game.payoffs.some((u) => new Set(u.map(String)).size < u.length);
        if (!degenerate) expect(found).toEqual(reference);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('reports equilibria in Gambit’s depth-first order (nfglcp.cc AllLemke), so gambit-lcp’s lines come in the same order', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const game = randomGame([5, 5], seed, 999);
      const ours = lcpSolve(game).equilibria.map((e) => e.profile[0]!.map(String).join(','));
      const reference = gambitOrder(game).map((x) =>
        x
          .split(',')
          .map((f) => {
            const [a, b] = f.split('/').map(BigInt) as [bigint, bigint];
            return String(a === 0n ? 0 : r(a, b));
          })
          .join(','),
      );
      expect(ours).toEqual(reference);
    }
  });
});
