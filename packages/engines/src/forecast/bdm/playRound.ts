/**
 * One BDM round (Scholz, Calbert & Smith 2011, Appendix steps 2–11): the median voter (for the T
 * rule), pass 1 with every r = 1 (security levels → risk exponents), pass 2 with the exponents,
 * each actor's choice among the offers it receives (offers.ts), and the simultaneous move. See
 * runBdm.ts for the loop and the package extension.
 *
 * The deliberate hot loop of the forecasting engine: Monte Carlo calls it ~10⁶ times per second
 * of work, so it reads typed arrays from a reused workspace and caches U_s, U_f per actor pair.
 */
import { weightedMedian } from '../baselines/weightedMedian.ts';
import type { BdmSettings } from './bdmSettings.ts';
import type { BdmUnit } from './bdmUnit.ts';
import type { BdmWorkspace } from './bdmWorkspace.ts';
import { failureUtility, statusQuoUtility, successUtility } from './challengeUtility.ts';
import { packageUtility, receiverPair } from './packageUtility.ts';
import { offerRegion, REGION_PRIORITY, type OfferRegion } from './offers.ts';
import { probabilityOfSuccess } from './probabilityOfSuccess.ts';
import { riskExponents } from './riskExponents.ts';

/** One evaluated offer, before actor names are attached. */
export interface BdmOffer {
  actor: number;
  other: number;
  euActor: number;
  euOther: number;
  region: OfferRegion;
  proposed: number[] | null;
  chosen: boolean;
}

/** Returned without audit records: rounds of a Monte Carlo run allocate no list. Never pushed to. */
const NO_OFFERS: BdmOffer[] = [];

/** Plays one round from positions `positions`, writing the new ones into `next`. */
export function playRound(
  base: BdmUnit,
  positions: Float64Array,
  settings: BdmSettings,
  work: BdmWorkspace,
  next: Float64Array,
  audit: boolean,
): BdmOffer[] {
  const unit: BdmUnit = base.x === positions ? base : { ...base, x: positions };
  const { n, dims, x } = unit;
  if (unanimous(x, n, dims)) {
    // Every E(U_ij) is 0, so every security level is 0 and every r_i = 1; nobody moves. The
    // common last round of a converging run, skipped without changing a bit of the result.
    work.r.fill(1);
    return audit ? [] : NO_OFFERS;
  }
  if (settings.q < 1) medians(unit, work);
  probabilities(unit, settings, work.ones, work.p1, work);
  // Pass 1 (all r = 1): security levels Sec_i = Σ_j E(U_ji).
  basicUtilities(unit, work, work.ones);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      work.pass1[i * n + j] = i === j ? 0 : packageUtility(unit, settings, work, work.p1, i, j, i);
    }
  }
  for (let i = 0; i < n; i++) {
    let sec = 0;
    for (let j = 0; j < n; j++) if (j !== i) sec += work.pass1[j * n + i]!;
    work.security[i] = sec;
  }
  riskExponents(work.security, work.r);
  let p = work.p1;
  if (settings.probability === 'scholz-code') {
    probabilities(unit, settings, work.r, work.p2, work);
    p = work.p2;
  }
  basicUtilities(unit, work, work.r);
  const offers: BdmOffer[] = audit ? [] : NO_OFFERS;
  for (let i = 0; i < n; i++) {
    let bestJ = -1;
    let bestT = 0;
    let bestPriority = 4;
    let bestKey = Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i || samePosition(x, dims, i, j)) continue;
      let a: number;
      let b: number;
      if (settings.perspective === 'receiver') {
        receiverPair(unit, settings, work, p, i, j);
        a = work.pair[0]!;
        b = work.pair[1]!;
      } else {
        a = packageUtility(unit, settings, work, p, i, j, i);
        b = packageUtility(unit, settings, work, p, j, i, j);
      }
      const region = offerRegion(a, b, settings.compel);
      const t = region === 'compromise' ? Math.abs(a / b) : 1;
      if (audit) offers.push(offerRecord(unit, i, j, a, b, region, t));
      if (region === 'none') continue;
      const priority = settings.offerRanking === 'highest-eu' ? 0 : REGION_PRIORITY[region];
      const key = offerKey(unit, settings, work, i, j, a, b, region, t);
      if (priority < bestPriority || (priority === bestPriority && key < bestKey)) {
        bestJ = j;
        bestT = t;
        bestPriority = priority;
        bestKey = key;
      }
    }
    if (bestJ >= 0) {
      for (let d = 0; d < dims; d++) {
        const xi = x[i * dims + d]!;
        const xj = x[bestJ * dims + d]!;
        next[i * dims + d] = bestT === 1 ? xj : xi + (xj - xi) * bestT;
      }
      if (audit) markChosen(offers, i, bestJ);
    }
  }
  return offers;
}

function probabilities(
  unit: BdmUnit,
  settings: BdmSettings,
  r: Float64Array,
  out: Float64Array,
  work: BdmWorkspace,
): void {
  const nn = unit.n * unit.n;
  for (let d = 0; d < unit.dims; d++) {
    probabilityOfSuccess(
      unit,
      d,
      settings.probability,
      r,
      out.subarray(d * nn, (d + 1) * nn),
      work.powed,
    );
  }
}

/** U_s, U_f and U_sq for every ordered pair with the evaluator's exponent r_a (n² powers). */
function basicUtilities(unit: BdmUnit, work: BdmWorkspace, r: Float64Array): void {
  const { n, dims, x, range } = unit;
  const nn = n * n;
  for (let a = 0; a < n; a++) {
    work.rPass[a] = r[a]!;
    work.uSQ[a] = statusQuoUtility(r[a]!);
  }
  for (let d = 0; d < dims; d++) {
    const R = range[d]!;
    for (let a = 0; a < n; a++) {
      const xa = x[a * dims + d]!;
      const ra = r[a]!;
      for (let b = a + 1; b < n; b++) {
        const distance = Math.abs(xa - x[b * dims + d]!);
        // Equal positions are no contest; their utilities are never read.
        if (distance === 0) continue;
        const rb = r[b]!;
        const ab = d * nn + a * n + b;
        const ba = d * nn + b * n + a;
        if (ra === 1 && rb === 1) {
          work.uS[ab] = work.uS[ba] = successUtility(distance, R, 1);
          work.uF[ab] = work.uF[ba] = failureUtility(distance, R, 1);
          continue;
        }
        // x^r = e^(r ln x): one logarithm serves both actors' exponents.
        const lnS = Math.log(0.5 - (0.5 * distance) / R);
        const lnF = Math.log(0.5 + (0.5 * distance) / R);
        work.uS[ab] = 2 - 4 * Math.exp(ra * lnS);
        work.uS[ba] = 2 - 4 * Math.exp(rb * lnS);
        work.uF[ab] = 2 - 4 * Math.exp(ra * lnF);
        work.uF[ba] = 2 - 4 * Math.exp(rb * lnF);
      }
    }
  }
}

/** Ranking key of an offer; lower wins within a priority class. */
function offerKey(
  unit: BdmUnit,
  settings: BdmSettings,
  work: BdmWorkspace,
  i: number,
  j: number,
  a: number,
  b: number,
  region: OfferRegion,
  t: number,
): number {
  if (settings.offerRanking === 'highest-eu') return -b;
  const { dims, x, range } = unit;
  let key = 0;
  for (let d = 0; d < dims; d++) {
    const xi = x[i * dims + d]!;
    const xj = x[j * dims + d]!;
    const w = work.omega[i * dims + d]! / range[d]!;
    if (settings.offerRanking === 'scholz-code' && region === 'compromise') {
      key += w * ((Math.abs(a) * xi + Math.abs(b) * xj) / (Math.abs(a) + Math.abs(b)));
    } else {
      key += w * Math.abs(t === 1 ? xj - xi : (xj - xi) * t);
    }
  }
  return key;
}

function medians(unit: BdmUnit, work: BdmWorkspace): void {
  const { n, dims, x, c, s } = unit;
  for (let d = 0; d < dims; d++) {
    for (let a = 0; a < n; a++) {
      work.column[a] = x[a * dims + d]!;
      work.weights[a] = c[a]! * s[a * dims + d]!;
    }
    work.mu[d] = weightedMedian(work.column, work.weights);
  }
}

function unanimous(x: Float64Array, n: number, dims: number): boolean {
  for (let i = 1; i < n; i++) if (!samePosition(x, dims, 0, i)) return false;
  return true;
}

function samePosition(x: Float64Array, dims: number, i: number, j: number): boolean {
  for (let d = 0; d < dims; d++) if (x[i * dims + d] !== x[j * dims + d]) return false;
  return true;
}

function offerRecord(
  unit: BdmUnit,
  i: number,
  j: number,
  a: number,
  b: number,
  region: OfferRegion,
  t: number,
): BdmOffer {
  const { dims, x } = unit;
  const proposed =
    region === 'none'
      ? null
      : Array.from({ length: dims }, (_, d) => {
          const xi = x[i * dims + d]!;
          const xj = x[j * dims + d]!;
          return t === 1 ? xj : xi + (xj - xi) * t;
        });
  return { actor: i, other: j, euActor: a, euOther: b, region, proposed, chosen: false };
}

function markChosen(offers: BdmOffer[], i: number, j: number): void {
  for (let k = offers.length - 1; k >= 0; k--) {
    const o = offers[k]!;
    if (o.actor === i && o.other === j) {
      o.chosen = true;
      return;
    }
  }
}
