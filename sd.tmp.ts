import fc from 'fast-check';
import { gameArbitrary } from './packages/engines/src/games/testing/arbitraries.ts';
import { simpdivSolve } from './packages/engines/src/games/solvers/simpdiv.ts';
const counts = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 });
const games = fc.sample(gameArbitrary(counts, 20), { numRuns: 60, seed: 1987 });
games.forEach((g, k) => {
  const t = performance.now();
  let rounds = 0;
  const s = simpdivSolve(g, {}, { onProgress: (p) => (rounds = p.done) });
  const ms = performance.now() - t;
  if (ms > 200) console.log(k, g.strategies.map((x) => x.length).join('x'), rounds, 'rounds', ms.toFixed(0), 'ms', s.equilibria[0]!.regret.toNumber(), s.warnings.join(';'));
});
