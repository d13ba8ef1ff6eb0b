/**
 * All extreme Nash equilibria of a two-player game, exactly, with the maximal convex sets
 * (Gambit's `enummixed`).
 *
 * With positive payoff matrices A, B (m×n), the best-response polytopes are
 *   P = { x ∈ R^m : x ≥ 0, Bᵀx ≤ 1 }   labels: i when x_i = 0, m+j when (Bᵀx)_j = 1,
 *   Q = { y ∈ R^n : A y ≤ 1, y ≥ 0 }   labels: i when (Ay)_i = 1, m+j when y_j = 0.
 * (x, y) ≠ (0, 0) is completely labelled (every label in L(x) ∪ L(y)) iff (x/Σx, y/Σy) is a Nash
 * equilibrium, and the extreme equilibria are exactly the completely labelled vertex pairs
 * (Mangasarian 1964; von Stengel 2002 §2.4 and §2.7; Avis, Rosenberg, Savani & von Stengel
 * 2010).
 *
 * As lrsNash does, only P is enumerated in full (lexicographic depth-first search over bases,
 * exact integer pivoting, linear/enumerateBases.ts). For a nondegenerate vertex x with support S
 * and best-response columns T (|S| = |T|), the only candidate partner solves A[S,T] y_T = 1,
 * y = 0 off T, found by one exact Bareiss solve and checked for feasibility. Degenerate vertices
 * (more than m labels) and singular systems fall back to matching against all vertices of Q,
 * enumerated on demand, so degenerate games get every extreme equilibrium. Equilibria are
 * de-duplicated (Gambit prints repeats); maximal convex sets are the maximal bicliques of the
 * bipartite graph of extreme equilibria (Winkels 1979; Avis et al. 2010).
 *
 * Guarantee: complete set of extreme equilibria, exact. Worst-case exponential time.
 */
import { EngineError } from '../../shared/engineError.ts';
import { bigGcd, Rational } from '../../shared/rational.ts';
import { maximalBicliques } from '../maximalBicliques.ts';
import { compareProfiles } from '../mixedProfile.ts';
import { enumerateBases } from '../linear/enumerateBases.ts';
import type { LexDictionary } from '../linear/lexDictionary.ts';
import { solveIntegerSystem } from '../linear/solveIntegerSystem.ts';
import { positiveBimatrix, transpose, type PositiveBimatrix } from '../positiveBimatrix.ts';
import { emptySolution, makeEquilibrium, type GameSolution, type SolveHooks } from '../solution.ts';
import type { StrategicGame } from '../strategicGame.ts';

/** A vertex in lowest terms: coordinates num[k] / den, and its labels. */
export interface PolytopeVertex {
  num: bigint[];
  den: bigint;
  key: string;
  labels: boolean[];
}

export interface EnumMixedOptions {
  /** Also compute the maximal convex sets of equilibria (default true). */
  convexSets?: boolean;
}

function normalise(num: bigint[], den: bigint): { num: bigint[]; den: bigint; key: string } {
  let g = den;
  for (const v of num) if (v !== 0n) g = bigGcd(g, v);
  const n2 = num.map((v) => v / g);
  const d2 = den / g;
  return { num: n2, den: d2, key: `${n2.join(',')}/${d2}` };
}

/** Point and labels of the current basis of P or Q. `labelOf` maps variables to labels. */
function readVertex(
  dict: LexDictionary,
  labelOf: (v: number) => number,
  labelCount: number,
): PolytopeVertex {
  const labels = new Array<boolean>(labelCount).fill(false);
  const vars = dict.d + dict.k;
  for (let v = 0; v < vars; v++) if (dict.valueOf(v) === 0n) labels[labelOf(v)] = true;
  const raw = Array.from({ length: dict.d }, (_, j) => dict.valueOf(j));
  return { ...normalise(raw, dict.det), labels };
}

/** All vertices of Q except 0, with labels (used for degenerate cases). */
export function verticesOfQ(bm: PositiveBimatrix, hooks: SolveHooks): PolytopeVertex[] {
  const { m, n } = bm;
  // Q's structural variable j (y_j) carries label m+j; its slack n+i carries label i.
  const labelOf = (v: number) => (v < n ? m + v : v - n);
  const seen = new Map<string, PolytopeVertex>();
  enumerateBases(
    bm.a,
    (dict) => {
      const y = readVertex(dict, labelOf, m + n);
      if (y.num.some((v) => v !== 0n) && !seen.has(y.key)) seen.set(y.key, y);
    },
    hooks,
    'vertices of Q',
  );
  return [...seen.values()];
}

/**
 * The unique partner of a nondegenerate vertex x of P (given by its labels): null when there is
 * none, undefined when the system is singular (then the face may hold several vertices).
 */
function partnerOf(
  bm: PositiveBimatrix,
  xLabels: readonly boolean[],
): PolytopeVertex | null | undefined {
  const { m, n, a } = bm;
  const support: number[] = [];
  for (let i = 0; i < m; i++) if (!xLabels[i]) support.push(i);
  const cols: number[] = [];
  for (let j = 0; j < n; j++) if (xLabels[m + j]) cols.push(j);
  if (cols.length !== support.length) return undefined;
  const solved = solveIntegerSystem(
    support.map((i) => cols.map((j) => a[i]![j]!)),
    support.map(() => 1n),
  );
  if (solved === undefined) return undefined;
  let { x: yT, det } = solved;
  if (det < 0n) [yT, det] = [yT.map((v) => -v), -det];
  if (yT.some((v) => v < 0n)) return null;
  const y = new Array<bigint>(n).fill(0n);
  cols.forEach((j, k) => (y[j] = yT[k]!));
  const labels = new Array<boolean>(m + n).fill(false);
  for (let i = 0; i < m; i++) {
    let s = 0n;
    for (const j of cols) s += a[i]![j]! * y[j]!;
    if (s > det) return null;
    if (s === det) labels[i] = true;
  }
  for (let j = 0; j < n; j++) if (y[j] === 0n) labels[m + j] = true;
  return { ...normalise(y, det), labels };
}

const toProbabilities = (v: PolytopeVertex): Rational[] => {
  const total = v.num.reduce((s, t) => s + t, 0n);
  return v.num.map((t) => Rational.of(t, total));
};

/**
 * All extreme equilibria as vertex pairs (x, y) of P × Q, de-duplicated. Exposed for tests and
 * for the convex-set computation.
 */
export function extremeEquilibriumPairs(
  game: StrategicGame,
  hooks: SolveHooks = {},
): { xs: PolytopeVertex[]; ys: PolytopeVertex[]; pairs: [number, number][] } {
  const bm = positiveBimatrix(game);
  const { m, n } = bm;
  const xs: PolytopeVertex[] = [];
  const ys: PolytopeVertex[] = [];
  const yIndex = new Map<string, number>();
  const pairs: [number, number][] = [];
  const fallback: number[] = [];
  const seenX = new Set<string>();
  const addY = (y: PolytopeVertex) => {
    let k = yIndex.get(y.key);
    if (k === undefined) {
      k = ys.push(y) - 1;
      yIndex.set(y.key, k);
    }
    return k;
  };
  enumerateBases(
    transpose(bm.b),
    (dict) => {
      // Nondegenerate bases are the only basis of their vertex: no de-duplication needed, and
      // only vertices with a partner are kept. Degenerate ones are matched against Q later.
      let degenerate = false;
      let nonzero = false;
      for (let r = 0; r < dict.k; r++) {
        if (dict.rhs(r) === 0n) degenerate = true;
        else if (dict.basic[r]! < m) nonzero = true;
      }
      if (!nonzero) return;
      if (degenerate) {
        const x = readVertex(dict, (v) => v, m + n);
        if (seenX.has(x.key)) return;
        seenX.add(x.key);
        fallback.push(xs.push(x) - 1);
        return;
      }
      const labels = new Array<boolean>(m + n).fill(false);
      for (const v of dict.nonbasic) labels[v] = true;
      const raw = Array.from({ length: m }, (_, j) => dict.valueOf(j));
      const partner = partnerOf(bm, labels);
      if (partner === undefined) {
        fallback.push(xs.push({ ...normalise(raw, dict.det), labels }) - 1);
      } else if (partner !== null) {
        pairs.push([xs.push({ ...normalise(raw, dict.det), labels }) - 1, addY(partner)]);
      }
    },
    hooks,
    'vertices of P',
  );
  if (fallback.length > 0) {
    const qs = verticesOfQ(bm, hooks);
    for (const xi of fallback) {
      const x = xs[xi]!;
      for (const y of qs) {
        if (x.labels.every((has, l) => has || y.labels[l])) pairs.push([xi, addY(y)]);
      }
    }
  }
  if (m + n > 0 && pairs.length === 0) {
    throw new EngineError('games/internal', 'enummixed found no equilibrium (every game has one)');
  }
  return { xs, ys, pairs };
}

/** All extreme equilibria of a two-player game, sorted, with maximal convex sets. */
export function enumMixed(
  game: StrategicGame,
  options: EnumMixedOptions = {},
  hooks: SolveHooks = {},
): GameSolution {
  const solution = emptySolution(game, 'enummixed', true);
  const { xs, ys, pairs } = extremeEquilibriumPairs(game, hooks);
  const rows = xs.map(toProbabilities);
  const cols = ys.map(toProbabilities);
  const profiles = pairs.map(([i, j]) => [rows[i]!, cols[j]!]).sort(compareProfiles);
  for (const profile of profiles) {
    const eq = makeEquilibrium(game, profile);
    if (!eq.regret.isZero())
      throw new EngineError('games/internal', 'enummixed produced a non-equilibrium');
    solution.equilibria.push(eq);
  }
  if (options.convexSets ?? true) {
    solution.convexSets = maximalBicliques(pairs).map(({ left, right }) => ({
      rows: left.map((i) => rows[i]!).sort((p, q) => compareProfiles([p], [q])),
      cols: right.map((j) => cols[j]!).sort((p, q) => compareProfiles([p], [q])),
    }));
  }
  return solution;
}
