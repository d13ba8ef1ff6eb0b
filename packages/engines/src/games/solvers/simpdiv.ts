/**
 * One approximate Nash equilibrium of an n-player game by simplicial subdivision with restarts
 * (Gambit's `simpdiv`; van der Laan & Talman 1982; van der Laan, Talman & van der Heyden 1987).
 *
 * The profile space S = Π_j Δ(S_j) is searched on a grid of mesh 1/K (integer coordinates Y with
 * Σ_h Y_jh = K). Around the start point v, player j's directions are q(j,h) = e(j,h) − e(j,h−1)
 * (cyclically); for T = ∪_j T_j with every T_j a proper subset of S_j, the region
 * A(T) = { v + Σ_{(j,h)∈T} a_jh q(j,h) : a ≥ 0 } is triangulated by the Freudenthal (K1)
 * triangulation in the coordinates a: simplices {y¹, y¹ + q(π_1), y¹ + q(π_1) + q(π_2), …} with
 * integer base a ≥ 0 and π an ordering of T. Each grid point gets a label (j, h): the player with
 * the largest regret and that player's best reply (Gambit's labelling); points outside S are
 * labelled by their most negative coordinate, which points back into S.
 *
 * The variable-dimension path starts at {v} with T = ∅. A new label outside T enlarges T (the
 * simplex gains the vertex in that direction) unless it completes some player's strategy set,
 * which ends the path; a label already in T makes the other vertex carrying it leave (the K1
 * pivot: shift the base or swap two steps); a pivot that would cross the face a_k = 0 of A(T)
 * drops k from T instead. Doors in, doors out: the path cannot cycle. The best grid point seen
 * (smallest regret) restarts the search on a grid twice as fine, until its regret is at most
 * `maxRegret` × payoff range (Gambit 17's `-m`, default 1e-7 here too).
 *
 * A restart from a near-equilibrium can still wander to another region and end with no better
 * point, so after every grid the best point is also snapped (snapProfile.ts: exact indifference
 * equations for two players, Newton's method on the support for more); the profile with the
 * smallest exact regret is kept, and refining stops when it meets the tolerance or after six
 * grids without progress.
 *
 * Guarantee: an approximate equilibrium whose exact regret is reported; not all equilibria.
 */
import { Rational } from '../../shared/rational.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { regretFloat, strategyValuesFloat, toFloatGame, type FloatGame } from '../floatGame.ts';
import { snapProfile } from '../snapProfile.ts';
import { emptySolution, makeEquilibrium, type GameSolution, type SolveHooks } from '../solution.ts';
import type { StrategicGame } from '../strategicGame.ts';

export interface SimpdivOptions {
  /** Stop refining when max regret ≤ maxRegret × payoff range (default 1e-7). */
  maxRegret?: number;
  /** Largest grid denominator K before giving up refining (default 2^40). */
  maxDenominator?: number;
  /** Safety cap on pivots per grid (default 1,000,000). */
  maxPivots?: number;
}

interface Grid {
  fg: FloatGame;
  K: number;
  /** player of each flat strategy index, and the cyclic predecessor index within the player. */
  playerOf: Int32Array;
  previous: Int32Array;
  best: { y: Float64Array; regret: number };
}

/** Label (flat strategy index) of a grid point; -1 when it is an exact equilibrium. */
function label(grid: Grid, y: Float64Array): number {
  const { fg, K } = grid;
  let worst = -1;
  let worstValue = Infinity;
  for (let k = 0; k < y.length; k++)
    if (y[k]! < 0 && y[k]! < worstValue) [worst, worstValue] = [k, y[k]!];
  if (worst >= 0) return worst;
  const sigma = y.map((v) => v / K);
  const values = strategyValuesFloat(fg, sigma);
  let labelled = 0;
  let maxRegret = -Infinity;
  fg.counts.forEach((c, i) => {
    const o = fg.offsets[i]!;
    let best = o;
    let expected = 0;
    for (let h = 0; h < c; h++) {
      expected += values[o + h]! * sigma[o + h]!;
      if (values[o + h]! > values[best]!) best = o + h;
    }
    const regret = values[best]! - expected;
    if (regret > maxRegret) [maxRegret, labelled] = [regret, best];
  });
  if (maxRegret < grid.best.regret) grid.best = { y: Float64Array.from(y), regret: maxRegret };
  return maxRegret <= 0 ? -1 : labelled;
}

/** Runs one variable-dimension path on the grid from `start`; updates grid.best. */
function searchGrid(
  grid: Grid,
  start: Float64Array,
  maxPivots: number,
  signal?: AbortSignal,
): void {
  const size = start.length;
  const a = new Float64Array(size); // base coordinates in A(T)
  const inT = new Uint8Array(size);
  const tCount = new Int32Array(grid.fg.counts.length);
  const pi: number[] = [];
  const step = (y: Float64Array, k: number, sign: number) => {
    y[k]! += sign;
    y[grid.previous[k]!]! -= sign;
  };
  const vertex = (i: number): Float64Array => {
    const y = Float64Array.from(start);
    for (let k = 0; k < size; k++) if (a[k]! > 0) step(y, k, a[k]!);
    for (let s = 0; s < i; s++) step(y, pi[s]!, 1);
    return y;
  };
  const labels: number[] = [label(grid, start)];
  let fresh = 0; // index of the vertex whose label was computed last
  for (let pivots = 0; pivots < maxPivots; pivots++) {
    if (pivots % 1024 === 0) throwIfAborted(signal);
    const l = labels[fresh]!;
    if (l < 0) return; // an exact equilibrium on the grid
    if (!inT[l]) {
      const j = grid.playerOf[l]!;
      if (tCount[j]! + 1 === grid.fg.counts[j]!) return; // complete: the path ends
      inT[l] = 1;
      tCount[j]!++;
      pi.push(l);
      fresh = pi.length;
      labels.push(label(grid, vertex(fresh)));
      continue;
    }
    let out = labels.findIndex((x, i) => x === l && i !== fresh);
    for (;;) {
      if (out < 0) return; // cannot happen for a consistent path; stop with the best point
      const t = pi.length;
      if (out === t) {
        const k = pi[t - 1]!;
        if (a[k] === 0) {
          // The facet opposite the last vertex lies on the face a_k = 0: leave A(T) for A(T \ k).
          inT[k] = 0;
          tCount[grid.playerOf[k]!]!--;
          pi.pop();
          labels.pop();
          out = labels.indexOf(k);
          continue;
        }
        a[k]!--;
        pi.pop();
        pi.unshift(k);
        labels.pop();
        labels.unshift(label(grid, vertex(0)));
        fresh = 0;
      } else if (out === 0) {
        const k = pi.shift()!;
        a[k]!++;
        pi.push(k);
        labels.shift();
        labels.push(label(grid, vertex(t)));
        fresh = t;
      } else {
        [pi[out - 1], pi[out]] = [pi[out]!, pi[out - 1]!];
        labels[out] = label(grid, vertex(out));
        fresh = out;
      }
      break;
    }
  }
}

const toGridProfile = (fg: FloatGame, y: Float64Array, K: number): Rational[][] =>
  fg.counts.map((c, i) =>
    Array.from(y.subarray(fg.offsets[i]!, fg.offsets[i]! + c), (v) =>
      Rational.of(BigInt(v), BigInt(K)),
    ),
  );

/** One approximate equilibrium by simplicial subdivision, starting from everyone's first strategy. */
export function simpdivSolve(
  game: StrategicGame,
  options: SimpdivOptions = {},
  hooks: SolveHooks = {},
): GameSolution {
  const solution = emptySolution(game, 'simpdiv', false);
  const fg = toFloatGame(game);
  const tolerance = (options.maxRegret ?? 1e-7) * fg.range;
  const exactTolerance = Rational.fromNumber(tolerance);
  const maxK = options.maxDenominator ?? 2 ** 40;
  const playerOf = new Int32Array(fg.size);
  const previous = new Int32Array(fg.size);
  fg.counts.forEach((c, i) => {
    for (let h = 0; h < c; h++) {
      playerOf[fg.offsets[i]! + h] = i;
      previous[fg.offsets[i]! + h] = fg.offsets[i]! + ((h + c - 1) % c);
    }
  });
  let K = 1;
  let y: Float64Array = new Float64Array(fg.size);
  fg.offsets.forEach((o) => (y[o] = 1));
  let regret = regretFloat(fg, y);
  let best = makeEquilibrium(game, toGridProfile(fg, y, K));
  let how = 'the starting grid point';
  let stalled = 0;
  for (
    let round = 1;
    regret > tolerance && !best.regret.le(exactTolerance) && K < maxK && stalled < 6;
    round++
  ) {
    K *= 2;
    y = y.map((v) => v * 2);
    const grid: Grid = { fg, K, playerOf, previous, best: { y, regret: Infinity } };
    searchGrid(grid, y, options.maxPivots ?? 1_000_000, hooks.signal);
    stalled = grid.best.regret < regret / 1.5 ? 0 : stalled + 1;
    ({ y, regret } = grid.best);
    hooks.onProgress?.({ phase: 'grid refinements', done: round });
    // Near an equilibrium, Newton's method on the support finishes the job far faster than
    // further refinements (snapProfile.ts); keep whichever profile has the smaller exact regret.
    const onGrid = makeEquilibrium(game, toGridProfile(fg, y, K));
    const snapped = snapProfile(
      game,
      toGridProfile(fg, y, K).map((p) => p.map((x) => x.toNumber())),
    );
    for (const [candidate, text] of [
      [onGrid, `the grid point on mesh 1/${K}`],
      [snapped.equilibrium, snapped.how],
    ] as const) {
      if (candidate.regret.lt(best.regret)) [best, how] = [candidate, text];
    }
  }
  if (!best.regret.le(exactTolerance)) {
    solution.warnings.push(
      `simpdiv: stopped at grid 1/${K} with max regret ${best.regret.toNumber().toPrecision(3)}`,
    );
  }
  solution.equilibria.push(best);
  const status = best.regret.isZero()
    ? 'an exact Nash equilibrium'
    : `max regret ${best.regret.toNumber().toPrecision(3)}`;
  solution.warnings.push(`final profile ${how}: ${status}`);
  return solution;
}
