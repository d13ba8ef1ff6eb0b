/**
 * The principal branch of the logit quantal response equilibrium correspondence, traced from
 * λ = 0 (the centroid) towards a Nash equilibrium (Gambit's `logit`).
 *
 * A logit QRE at precision λ ≥ 0 is a profile σ with σ_ij ∝ exp(λ·u_i(j, σ_-i)) (McKelvey &
 * Palfrey 1995). In log-probabilities ℓ = ln σ the branch is the solution curve of
 *   Σ_j exp(ℓ_ij) − 1 = 0,   ℓ_ij − ℓ_i1 − λ·(u_ij(σ) − u_i1(σ)) = 0   (j ≥ 2)
 * in (ℓ, λ), N equations in N + 1 unknowns, started at ℓ = −ln n_i, λ = 0. It is followed by
 * predictor–corrector continuation in arclength (Allgower & Georg 1990): an Euler step along the
 * tangent (the kernel of the Jacobian, from a QR factorisation), then Gauss–Newton corrections
 * with the minimum-norm step, with step-size control on the corrector's contraction and on the
 * angle between successive tangents. Arclength, not λ, is the parameter, so the branch may bend
 * back at turning points (λ decreasing for a while) and is still followed (Turocy 2005).
 *
 * λ is transformed: payoffs are rescaled to the unit range internally, so the tracer works with
 * λ' = λ·(max payoff − min payoff) and reports λ in the game's units, as Gambit prints it.
 * Tracing stops when the profile's regret is below `maxRegret` × payoff range (Gambit's `-m`,
 * default 1e-8) or at `maxLambda`. The last point is snapped to an exact profile and its exact
 * regret reported (snapProfile.ts).
 *
 * Guarantee: none in general (floats; the branch can be hard to follow at bifurcations, Gambit
 * #492); for generic games the branch leads to a Nash equilibrium (McKelvey & Palfrey 1995).
 */
import { EngineError } from '../../shared/engineError.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import {
  crossValuesFloat,
  regretFloat,
  splitProfile,
  strategyValuesFloat,
  toFloatGame,
  type FloatGame,
} from '../floatGame.ts';
import { UnderdeterminedQr } from '../linear/floatLinear.ts';
import { snapProfile } from '../snapProfile.ts';
import { emptySolution, type GameSolution, type LogitPoint, type SolveHooks } from '../solution.ts';
import type { StrategicGame } from '../strategicGame.ts';

export interface LogitOptions {
  /** Stop when max regret ≤ maxRegret × payoff range (default 1e-8, as Gambit). */
  maxRegret?: number;
  /** Stop at this λ in the game's units (default 1e9 / payoff range). */
  maxLambda?: number;
  /** First arclength step (default 0.03, as Gambit). */
  firstStep?: number;
  /** Largest factor by which a step may grow after an easy corrector (default 1.5). */
  maxAcceleration?: number;
  /** Safety cap on accepted steps (default 100,000). */
  maxSteps?: number;
}

/** Equations H(w) and Jacobian J(w) (row-major N × (N+1)) at w = (ℓ, λ'). */
function evaluate(
  fg: FloatGame,
  w: Float64Array,
): { h: Float64Array; j: Float64Array; sigma: Float64Array } {
  const n = fg.size;
  const cols = n + 1;
  const lambda = w[n]!;
  const sigma = new Float64Array(n);
  for (let k = 0; k < n; k++) sigma[k] = Math.exp(w[k]!);
  const u = strategyValuesFloat(fg, sigma);
  const h = new Float64Array(n);
  const j = new Float64Array(n * cols);
  const players = fg.counts.length;
  for (let i = 0; i < players; i++) {
    const base = fg.offsets[i]!;
    const count = fg.counts[i]!;
    let total = -1;
    for (let s = 0; s < count; s++) {
      total += sigma[base + s]!;
      j[base * cols + base + s] = sigma[base + s]!; // sum row is row `base`
    }
    h[base] = total;
    for (let s = 1; s < count; s++) {
      const row = (base + s) * cols;
      h[base + s] = w[base + s]! - w[base]! - lambda * (u[base + s]! - u[base]!);
      j[row + base + s] = 1;
      j[row + base] = -1;
      j[row + n] = -(u[base + s]! - u[base]!);
    }
    for (let k = 0; k < players; k++) {
      if (k === i) continue;
      const cross = crossValuesFloat(fg, sigma, i, k);
      const ck = fg.counts[k]!;
      const ok = fg.offsets[k]!;
      for (let s = 1; s < count; s++) {
        const row = (base + s) * cols;
        for (let l = 0; l < ck; l++) {
          j[row + ok + l] = -lambda * sigma[ok + l]! * (cross[s * ck + l]! - cross[l]!);
        }
      }
    }
  }
  return { h, j, sigma };
}

const norm = (x: Float64Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0));
const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, k) => s + v * b[k]!, 0);

/** Gauss–Newton corrector from a predicted point; the corrected point or undefined on failure. */
function correct(
  fg: FloatGame,
  start: Float64Array,
): { w: Float64Array; iterations: number } | undefined {
  const w = Float64Array.from(start);
  let previous = Infinity;
  for (let it = 1; it <= 8; it++) {
    const { h, j } = evaluate(fg, w);
    const step = new UnderdeterminedQr(j, fg.size).solve(h);
    const size = norm(step);
    if (!Number.isFinite(size) || size > 0.5 * previous + 1e-12) return undefined;
    for (let k = 0; k < w.length; k++) w[k]! -= step[k]!;
    previous = size;
    if (size < 1e-10 * (1 + norm(w))) return { w, iterations: it };
  }
  return undefined;
}

/** Traces the principal logit branch and returns its end point as an (approximate) equilibrium. */
export function logitSolve(
  game: StrategicGame,
  options: LogitOptions = {},
  hooks: SolveHooks = {},
): GameSolution {
  const solution = emptySolution(game, 'logit', false);
  const raw = toFloatGame(game);
  const scale = raw.range;
  // Payoffs on the unit range: the tracer's λ' is λ·scale.
  const fg: FloatGame = {
    ...raw,
    payoffs: raw.payoffs.map((u) => u.map((v) => v / scale)),
    range: 1,
  };
  const maxRegret = options.maxRegret ?? 1e-8;
  const maxLambda = (options.maxLambda ?? 1e9 / scale) * scale;
  const maxSteps = options.maxSteps ?? 100_000;
  const accel = options.maxAcceleration ?? 1.5;
  const n = fg.size;
  const w = new Float64Array(n + 1);
  fg.counts.forEach((c, i) => w.fill(-Math.log(c), fg.offsets[i]!, fg.offsets[i]! + c));
  let tangent = new UnderdeterminedQr(evaluate(fg, w).j, n).tangent();
  if (tangent[n]! < 0) tangent = tangent.map((v) => -v);
  let h = options.firstStep ?? 0.03;
  const branch: LogitPoint[] = [];
  const record = (point: Float64Array) => {
    const sigma = point.subarray(0, n).map(Math.exp);
    branch.push({ lambda: point[n]! / scale, profile: splitProfile(fg, sigma) });
    return sigma;
  };
  let sigma = record(w);
  let reason = '';
  for (let steps = 0; ;) {
    throwIfAborted(hooks.signal);
    if (regretFloat(fg, sigma) <= maxRegret) break;
    if (w[n]! >= maxLambda) {
      reason = `stopped at the maximum λ ${(maxLambda / scale).toPrecision(6)}`;
      break;
    }
    if (steps >= maxSteps) {
      reason = `stopped after ${maxSteps} steps`;
      break;
    }
    if (h < 1e-12) {
      reason = 'the step size collapsed (a bifurcation or a very sharp turn?)';
      break;
    }
    const predicted = w.map((v, k) => v + h * tangent[k]!);
    const corrected = correct(fg, predicted);
    if (!corrected) {
      h /= 2;
      continue;
    }
    let next = new UnderdeterminedQr(evaluate(fg, corrected.w).j, n).tangent();
    if (dot(next, tangent) < 0) next = next.map((v) => -v);
    if (dot(next, tangent) < Math.cos(Math.PI / 6)) {
      h /= 2; // the tangent turned too far: the step may have jumped to another branch
      continue;
    }
    w.set(corrected.w);
    tangent = next;
    steps++;
    if (corrected.iterations <= 2) h *= accel;
    else if (corrected.iterations >= 5) h /= 1.5;
    sigma = record(w);
    hooks.onProgress?.({ phase: 'logit branch', done: steps });
    if (w[n]! < 0) throw new EngineError('games/internal', 'logit: the branch returned to λ < 0');
  }
  solution.branch = branch;
  const snapped = snapProfile(game, splitProfile(fg, sigma));
  solution.equilibria.push(snapped.equilibrium);
  if (reason) solution.warnings.push(`logit: ${reason}`);
  solution.warnings.push(...snapped.notes);
  return solution;
}
