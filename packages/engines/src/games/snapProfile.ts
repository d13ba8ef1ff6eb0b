/**
 * Turns a float profile from a numerical method into an exact one and reports its exact regret
 * (research/gambit.md §5.4: snap, then re-verify exactly).
 *
 * Candidates, best (smallest exact regret) wins:
 * 1. every probability replaced by its best rational approximation with denominator ≤ 10^6,
 *    renormalised exactly;
 * 2. on the float profile's support (probabilities ≥ 10^-6): for two players the exact
 *    solution of the indifference equations (an exact equilibrium when it is feasible and no
 *    outside strategy does better); for more players Newton's method on the same equations
 *    (Nash equilibria of 3+ player games are irrational in general), then approximation with
 *    denominators ≤ 10^3, 10^6, 10^9 and 10^12.
 */
import { Rational } from '../shared/rational.ts';
import { crossValuesFloat, strategyValuesFloat, toFloatGame, type FloatGame } from './floatGame.ts';
import { solveDense } from './linear/floatLinear.ts';
import { solveRational } from './linear/solveRational.ts';
import type { MixedProfile } from './mixedProfile.ts';
import { makeEquilibrium, type Equilibrium } from './solution.ts';
import { payoffMatrices, type StrategicGame } from './strategicGame.ts';

const SUPPORT_THRESHOLD = 1e-6;

/** Rational approximations of one player's probabilities, summing exactly to 1. */
function roundDistribution(p: readonly number[], maxDen: bigint): Rational[] {
  const clipped = p.map((x) => (x > 0 ? x : 0));
  const total = clipped.reduce((a, b) => a + b, 0) || 1;
  const approx = clipped.map((x) => Rational.approximate(x / total, maxDen));
  const largest = clipped.indexOf(Math.max(...clipped));
  const rest = Rational.sum(approx.filter((_, k) => k !== largest));
  approx[largest] = Rational.ONE.sub(rest);
  if (approx[largest]!.sign() < 0) return p.map((_, k) => Rational.of(k === largest ? 1 : 0));
  return approx;
}

/** Two players: the exact solution of the indifference equations on the given supports. */
function exactOnSupports(game: StrategicGame, supports: number[][]): MixedProfile | undefined {
  const { a, b } = payoffMatrices(game);
  const [rows, cols] = supports as [number[], number[]];
  // Column player's y makes the row player indifferent on `rows`; unknowns y_cols and v.
  const solveSide = (
    payoff: (r: number, c: number) => Rational,
    own: number[],
    other: number[],
  ) => {
    if (own.length !== other.length) return undefined;
    const m = [
      ...own.map((r) => [...other.map((c) => payoff(r, c)), Rational.ONE.neg()]),
      [...other.map(() => Rational.ONE), Rational.ZERO],
    ];
    const rhs = [...own.map(() => Rational.ZERO), Rational.ONE];
    return solveRational(m, rhs)?.slice(0, other.length);
  };
  const y = solveSide((r, c) => a[r]![c]!, rows, cols);
  const x = solveSide((c, r) => b[r]![c]!, cols, rows);
  if (!x || !y || [...x, ...y].some((v) => v.sign() < 0)) return undefined;
  const full = (count: number, support: number[], values: Rational[]) => {
    const out = new Array<Rational>(count).fill(Rational.ZERO);
    support.forEach((k, t) => (out[k] = values[t]!));
    return out;
  };
  return [full(a.length, rows, x), full(a[0]!.length, cols, y)];
}

/** Newton's method on the support equations (n players); the polished float profile or undefined. */
function polishOnSupports(
  fg: FloatGame,
  start: number[][],
  supports: number[][],
): number[][] | undefined {
  const vars = supports.flatMap((s, i) => s.map((j) => fg.offsets[i]! + j));
  const size = vars.length;
  const sigma = new Float64Array(fg.size);
  start.forEach((p, i) => supports[i]!.forEach((j) => (sigma[fg.offsets[i]! + j] = p[j]!)));
  for (let it = 0; it < 40; it++) {
    const u = strategyValuesFloat(fg, sigma);
    const f = new Float64Array(size);
    const jac = new Float64Array(size * size);
    let row = 0;
    const col = new Map(vars.map((v, k) => [v, k]));
    supports.forEach((s, i) => {
      const base = fg.offsets[i]!;
      f[row] = s.reduce((acc, j) => acc + sigma[base + j]!, 0) - 1;
      for (const j of s) jac[row * size + col.get(base + j)!] = 1;
      row++;
      const j0 = s[0]!;
      for (const j of s.slice(1)) {
        f[row] = u[base + j]! - u[base + j0]!;
        supports.forEach((sk, k) => {
          if (k === i) return;
          const cross = crossValuesFloat(fg, sigma, i, k);
          const ck = fg.counts[k]!;
          for (const l of sk)
            jac[row * size + col.get(fg.offsets[k]! + l)!] =
              cross[j * ck + l]! - cross[j0 * ck + l]!;
        });
        row++;
      }
    });
    if (row !== size) return undefined; // not square: more indifferences than unknowns
    const step = solveDense(jac, f, size);
    if (!step) return undefined;
    let change = 0;
    vars.forEach((v, k) => {
      sigma[v]! -= step[k]!;
      change = Math.max(change, Math.abs(step[k]!));
    });
    if (change < 1e-15) break;
  }
  if (vars.some((v) => !(sigma[v]! >= 0))) return undefined;
  return fg.counts.map((c, i) => Array.from(sigma.subarray(fg.offsets[i]!, fg.offsets[i]! + c)));
}

/** The best exact profile near a float one, with notes on how it was obtained. */
export function snapProfile(
  game: StrategicGame,
  approx: number[][],
): { equilibrium: Equilibrium; how: string; notes: string[] } {
  const candidates: { profile: MixedProfile; how: string }[] = [
    {
      profile: approx.map((p) => roundDistribution(p, 1_000_000n)),
      how: 'rounded to fractions with denominators ≤ 10^6',
    },
  ];
  const supports = approx.map((p) => {
    const max = Math.max(...p);
    return p.map((x, k) => (x >= SUPPORT_THRESHOLD * max ? k : -1)).filter((k) => k >= 0);
  });
  if (game.players.length === 2) {
    const exact = exactOnSupports(game, supports);
    if (exact) candidates.push({ profile: exact, how: 'solved exactly on its support' });
  } else {
    const polished = polishOnSupports(toFloatGame(game), approx, supports);
    if (polished) {
      for (const digits of [3, 6, 9, 12]) {
        candidates.push({
          profile: polished.map((p) => roundDistribution(p, 10n ** BigInt(digits))),
          how: `polished by Newton's method on its support, rounded to denominators ≤ 10^${digits}`,
        });
      }
    }
  }
  let best: { equilibrium: Equilibrium; how: string } | undefined;
  for (const c of candidates) {
    const equilibrium = makeEquilibrium(game, c.profile);
    if (!best || equilibrium.regret.lt(best.equilibrium.regret)) best = { equilibrium, how: c.how };
  }
  const { equilibrium, how } = best!;
  const status = equilibrium.regret.isZero()
    ? 'an exact Nash equilibrium'
    : `an approximate equilibrium with max regret ${equilibrium.regret.toNumber().toPrecision(3)}`;
  return { equilibrium, how, notes: [`final profile ${how}: ${status}`] };
}
