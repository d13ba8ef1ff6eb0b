/**
 * Naive reference for the two-player exact solvers: all extreme Nash equilibria by brute force
 * over supports, straight from the definitions (Mangasarian 1964; von Stengel 2002 §3).
 *
 * For every row support I and column set J of the same size, the indifference equations
 *   Σ_{i∈I} x_i b_ij = 1 (j ∈ J),  x_i = 0 (i ∉ I)
 * are solved exactly; a non-negative solution with Σ_i x_i b_ij ≤ 1 for every column is a vertex
 * of P = { x ≥ 0 : Bᵀx ≤ 1 }, and every vertex arises this way. The same for Q with A. A pair is
 * an equilibrium iff every strategy is unused or a best reply (complementarity). Because square
 * subsystems of vertices are enumerated, not equal-size equilibrium supports, degenerate games
 * lose nothing (the trap of plain support enumeration, research/gambit.md §5.2).
 *
 * Cost: Σ_k C(m,k)·C(n,k) rational solves; for tests on small games only.
 */
import { Rational } from '../../shared/rational.ts';
import { payoffMatrices, type StrategicGame } from '../strategicGame.ts';
import type { MixedProfile } from '../mixedProfile.ts';
import { profileKey } from '../mixedProfile.ts';
import { solveRational } from '../linear/solveRational.ts';

function subsets(n: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    out.push(Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i)));
  }
  return out;
}

/** Vertices (≠ 0) of { z ≥ 0 : Σ_i z_i c[i][j] ≤ 1 for all j }, c positive. */
function vertices(c: Rational[][]): Rational[][] {
  const rows = c.length;
  const cols = c[0]!.length;
  const found = new Map<string, Rational[]>();
  for (const support of subsets(rows)) {
    for (const tight of subsets(cols)) {
      if (tight.length !== support.length) continue;
      const sol = solveRational(
        tight.map((j) => support.map((i) => c[i]![j]!)),
        tight.map(() => Rational.ONE),
      );
      if (!sol || sol.some((v) => v.sign() < 0)) continue;
      const z = new Array<Rational>(rows).fill(Rational.ZERO);
      support.forEach((i, k) => (z[i] = sol[k]!));
      const feasible = Array.from({ length: cols }, (_, j) =>
        Rational.sum(z.map((v, i) => v.mul(c[i]![j]!))),
      ).every((s) => s.le(Rational.ONE));
      if (feasible) found.set(z.join(','), z);
    }
  }
  return [...found.values()];
}

const normalise = (z: Rational[]) => {
  const total = Rational.sum(z);
  return z.map((v) => v.div(total));
};

/** All extreme equilibria of a two-player game, by brute force (small games only). */
export function extremeEquilibriaBySupports(game: StrategicGame): MixedProfile[] {
  const { a, b } = payoffMatrices(game);
  const all = [...a.flat(), ...b.flat()];
  const low = all.reduce((m, v) => Rational.min(m, v), all[0]!);
  const shift = (v: Rational) => v.sub(low).add(Rational.ONE); // all entries ≥ 1
  const m = a.length;
  const n = a[0]!.length;
  const bT = b.map((row) => row.map(shift)); // x side: rows i, columns j
  const aT = Array.from({ length: n }, (_, j) => a.map((row) => shift(row[j]!))); // y side
  const xs = vertices(bT);
  const ys = vertices(aT);
  const result = new Map<string, MixedProfile>();
  for (const x of xs) {
    const bx = Array.from({ length: n }, (_, j) =>
      Rational.sum(x.map((v, i) => v.mul(bT[i]![j]!))),
    );
    for (const y of ys) {
      const ay = Array.from({ length: m }, (_, i) =>
        Rational.sum(y.map((v, j) => v.mul(aT[j]![i]!))),
      );
      const complementary =
        x.every((v, i) => v.isZero() || ay[i]!.eq(Rational.ONE)) &&
        y.every((v, j) => v.isZero() || bx[j]!.eq(Rational.ONE));
      if (complementary) {
        const profile = [normalise(x), normalise(y)];
        result.set(profileKey(profile), profile);
      }
    }
  }
  return [...result.values()];
}
