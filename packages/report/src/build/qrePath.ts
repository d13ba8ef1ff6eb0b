/**
 * The logit QRE branch as a reader sees it: a few columns of probabilities at round values of
 * λ (for a table), and the whole path resampled on an even grid of λ (for a chart). The branch
 * is traced in arclength and may bend back (λ decreasing for a while; Turocy 2005), so a value
 * of λ is read where the branch first reaches it, interpolating linearly between traced points.
 */
import type { games } from '@parley/engines';

/** Table columns are taken from these values of λ (and the limit). */
const ROUND_LAMBDAS = [0, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
/** Chart grid steps, smallest first; the first giving at most MAX_STEPS steps is used. */
const GRID_STEPS = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500];
const MAX_STEPS = 40;
/** The path is shown until every probability is this close to its limit. */
const SETTLED = 0.01;

type Point = games.LogitPoint;

/** The profile (flattened) where the branch first reaches λ; the last point beyond it. */
export function profileAt(branch: readonly Point[], lambda: number): number[] {
  const i = branch.findIndex((p) => p.lambda >= lambda);
  if (i < 0) return branch.at(-1)!.profile.flat();
  if (i === 0) return branch[0]!.profile.flat();
  const a = branch[i - 1]!;
  const b = branch[i]!;
  const t = b.lambda === a.lambda ? 1 : (lambda - a.lambda) / (b.lambda - a.lambda);
  const pa = a.profile.flat();
  return b.profile.flat().map((v, k) => pa[k]! + t * (v - pa[k]!));
}

/** The smallest λ from which the branch stays within SETTLED of its last point. */
export function settledLambda(branch: readonly Point[]): number {
  const last = branch.at(-1)!.profile.flat();
  let k = branch.length - 1;
  while (k > 0) {
    const p = branch[k - 1]!.profile.flat();
    if (p.some((v, j) => Math.abs(v - last[j]!) >= SETTLED)) break;
    k--;
  }
  return branch[k]!.lambda;
}

/** Round values of λ up to where the branch settles (at least λ = 0 and one more). */
export function tableLambdas(branch: readonly Point[]): number[] {
  const end = settledLambda(branch);
  const chosen = ROUND_LAMBDAS.filter((l) => l <= end);
  const next = ROUND_LAMBDAS.find((l) => l > end);
  if (next !== undefined && chosen.length < 2) chosen.push(next);
  return chosen;
}

/** An even grid 0, step, … covering the unsettled part of the branch, with the values on it. */
export function evenPath(branch: readonly Point[]): { step: number; profiles: number[][] } {
  const end = Math.max(settledLambda(branch), 1e-9);
  const step = GRID_STEPS.find((s) => end / s <= MAX_STEPS) ?? Math.ceil(end / MAX_STEPS);
  const count = Math.ceil(end / step) + 1;
  const profiles = Array.from({ length: count }, (_, k) => profileAt(branch, k * step));
  return { step, profiles };
}
