import fc from 'fast-check';
import { gameArbitrary } from './packages/engines/src/games/testing/arbitraries.ts';
import { simpdivSolve } from './packages/engines/src/games/solvers/simpdiv.ts';
const counts = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 });
const games = fc.sample(gameArbitrary(counts, 20), { numRuns: 60, seed: 1987 });
(globalThis as any).DEBUG = true;
simpdivSolve(games[12]!, { maxPivots: 10001, maxDenominator: 2 ** 14 });
