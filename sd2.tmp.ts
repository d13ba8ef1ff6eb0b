import fc from 'fast-check';
import { gameArbitrary } from './packages/engines/src/games/testing/arbitraries.ts';
import { simpdivSolve } from './packages/engines/src/games/solvers/simpdiv.ts';
const counts = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 });
const games = fc.sample(gameArbitrary(counts, 20), { numRuns: 60, seed: 1987 });
const g = games[12]!;
console.log(JSON.stringify(g.payoffs.map((u) => u.map(String))));
for (const mp of [1000, 10000, 100000]) {
  const t = performance.now();
  const s = simpdivSolve(g, { maxPivots: mp, maxDenominator: 2 ** 20 }, { onProgress: () => {} });
  console.log(mp, (performance.now() - t).toFixed(0), s.warnings.join(' ; '), s.equilibria[0]!.profile.flat().join(','));
}
