/**
 * Turns Monte Carlo chunks into per-dimension distributions: mean, standard deviation,
 * quantiles (Hyndman & Fan type 7, linear interpolation — R's default), a 20-bin histogram over
 * the issue scale, a sensitivity ranking and convergence statistics.
 *
 * Sensitivity: Spearman's rank correlation ρ between each drawn input and the forecast (ties get
 * mid-ranks); an actor's score is the largest |ρ| among its inputs. Rank correlation measures
 * monotone influence without assuming linearity, and is the usual screening statistic for
 * sampling-based sensitivity analysis (Helton & Davis 2002, Reliab. Eng. Syst. Saf. 81:23-69).
 *
 * Chunks are merged in chunk order, so the result is the same however they were computed.
 */
import { planUnits } from '../forecastProblem.ts';
import type { ForecastDistribution, ForecastInput, SensitivityEntry } from '../types.ts';
import type { MonteCarloChunk } from './monteCarloChunk.ts';
import { uncertainInputs } from './uncertainInputs.ts';

export const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
const BINS = 20;

export function summarizeMonteCarlo(
  input: ForecastInput,
  chunks: readonly MonteCarloChunk[],
  joint = false,
): ForecastDistribution[] {
  const ordered = [...chunks].sort((a, b) => a.index - b.index);
  const nDims = input.dimensions.length;
  const inputs = uncertainInputs(input);
  const { units } = planUnits(input, joint);
  const runs = ordered.reduce((n, c) => n + c.count, 0);
  const column = (pick: (c: MonteCarloChunk, r: number) => number) => {
    const out = new Float64Array(runs);
    let k = 0;
    for (const c of ordered) for (let r = 0; r < c.count; r++) out[k++] = pick(c, r);
    return out;
  };
  const drawColumns = inputs.map((_, v) => column((c, r) => c.draws[r * inputs.length + v]!));
  // Ranks of each drawn input, computed once; reused for every dimension without missing runs.
  const drawRanks = drawColumns.map(ranks);
  return input.dimensions.map((dim, d) => {
    const all = column((c, r) => c.forecasts[r * nDims + d]!);
    const keep = all.map((x) => (Number.isFinite(x) ? 1 : 0));
    const values = all.filter((x) => Number.isFinite(x));
    const sorted = Float64Array.from(values).sort();
    const n = sorted.length;
    const mean = n > 0 ? values.reduce((s, x) => s + x, 0) / n : Number.NaN;
    const sd = n > 1 ? Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
    const u = units.findIndex((unit) => unit.dims.includes(d));
    const unitColumn = (field: 'rounds' | 'converged') =>
      column((c, r) => c[field][r * units.length + u]!);
    const half = Float64Array.from(values.slice(0, Math.ceil(n / 2))).sort();
    return {
      dimension: dim.name,
      runs: n,
      mean,
      sd,
      quantiles: Object.fromEntries(QUANTILES.map((q) => [String(q), quantile(sorted, q)])),
      histogram: histogram(sorted, dim.min, dim.max),
      sensitivity: sensitivity(input, inputs, drawColumns, drawRanks, all, keep),
      convergence: {
        standardError: n > 0 ? sd / Math.sqrt(n) : Number.NaN,
        halfRunMedian: quantile(half, 0.5),
        convergedShare: mean01(unitColumn('converged')),
        meanRounds: mean01(unitColumn('rounds')),
      },
    };
  });
}

const mean01 = (xs: Float64Array): number =>
  xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;

/** Type-7 quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function histogram(
  sorted: Float64Array,
  from: number,
  to: number,
): { from: number; to: number; counts: number[] } {
  const lo = Math.min(from, sorted[0] ?? from);
  const hi = Math.max(to, sorted[sorted.length - 1] ?? to);
  const counts = new Array<number>(BINS).fill(0);
  const width = (hi - lo) / BINS || 1;
  for (const x of sorted) counts[Math.min(BINS - 1, Math.floor((x - lo) / width))]!++;
  return { from: lo, to: hi, counts };
}

/** Mid-ranks (1-based) of xs. */
export function ranks(xs: ArrayLike<number>): Float64Array {
  const n = xs.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => xs[a]! - xs[b]! || a - b,
  );
  const r = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && xs[order[j + 1]!] === xs[order[i]!]) j++;
    for (let k = i; k <= j; k++) r[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman's ρ: Pearson correlation of mid-ranks; 0 when either side is constant. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearsonOfRanks(ranks(x), ranks(y));
}

function pearsonOfRanks(rx: Float64Array, ry: Float64Array): number {
  const n = rx.length;
  if (n < 2) return 0;
  const m = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i]! - m) * (ry[i]! - m);
    sxx += (rx[i]! - m) ** 2;
    syy += (ry[i]! - m) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

function sensitivity(
  input: ForecastInput,
  inputs: ReturnType<typeof uncertainInputs>,
  drawColumns: Float64Array[],
  drawRanks: Float64Array[],
  forecasts: Float64Array,
  keep: Float64Array,
): SensitivityEntry[] {
  const complete = keep.every((k) => k === 1);
  const y = complete ? forecasts : forecasts.filter((_, r) => keep[r] === 1);
  const ry = ranks(y);
  const byActor = new Map<number, SensitivityEntry>();
  inputs.forEach((v, k) => {
    const rx = complete ? drawRanks[k]! : ranks(drawColumns[k]!.filter((_, r) => keep[r] === 1));
    const rho = pearsonOfRanks(rx, ry);
    const actor = input.actors[v.actor]!;
    const entry = byActor.get(v.actor) ?? { actor: actor.name, score: 0, inputs: {} };
    const label =
      v.kind === 'capability' ? 'capability' : `${v.kind}:${input.dimensions[v.dim]!.name}`;
    entry.inputs[label] = rho;
    entry.score = Math.max(entry.score, Math.abs(rho));
    byActor.set(v.actor, entry);
  });
  return [...byActor.values()].sort((a, b) => b.score - a.score || a.actor.localeCompare(b.actor));
}
