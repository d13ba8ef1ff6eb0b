/**
 * One turn of KTAB's spatial model of politics (SMPState::setAllAUtil, doBCN and
 * queueUpdatePstn in smp.cpp / smpbcn.cpp), deterministic by default:
 *
 *   1. distances d_ij from i's ideal to j's position; risk-neutral utilities 1 − d;
 *   2. PCE over the actors' positions with capability-weighted votes → p_i; risk attitudes
 *      R_i from p (riskAttitudes.ts); h's estimate of i's attitude r^h_i; utilities u^h_ij;
 *   3. each actor i evaluates challenging every j with its own utilities (challengeEstimate.ts)
 *      and targets the j with the largest expected gain above 1e-5;
 *   4. i proposes an interpolated bargain to j (interpolateBargain.ts);
 *   5. every actor k holds its status quo plus the bargains it sent and received; the utility of
 *      a bargain to actor a is the mean of a's utilities for all positions with the two parties'
 *      positions replaced; a PCE over k's bargains (capability weights) picks one — the most
 *      probable (Deterministic) or a seeded draw (Stochastic) — and k adopts its part of it;
 *   6. ideals move toward positions through the accommodation matrix (identity by default).
 *
 * Work is O(n³) per turn and O(n²) memory: h's utility matrix is built only while h evaluates
 * its own challenges, unlike KTAB, which keeps all n of them (see smpNaive.ts, the literal port
 * this is property-tested against).
 */
import type { Rng } from '../../shared/rng.ts';
import { challengeEstimate, type ChallengeContext } from './challengeEstimate.ts';
import { interpolateBargain } from './interpolateBargain.ts';
import { newIdeals } from './newIdeals.ts';
import { coalitions, probCE } from './pce.ts';
import { resolveBargains } from './resolveBargains.ts';
import { bigRFromProb, estimateRisk } from './riskAttitudes.ts';
import type { SmpSettings } from './smpSettings.ts';
import type { SmpUnit } from './smpUnit.ts';
import { bsUtil, bvDiff } from './spatialUtility.ts';
import { vote } from './vote.ts';

/** A proposed bargain: positions for initiator and receiver on every dimension of the unit. */
export interface SmpBargain {
  init: number;
  rcvr: number;
  posInit: Float64Array;
  posRcvr: Float64Array;
  /** Initiator's estimate that it wins, and its expected gain (for the audit trail). */
  probability: number;
  gain: number;
}

export interface SmpTurnResult {
  next: Float64Array;
  nextIdeal: Float64Array;
  bargains: SmpBargain[];
  /** Inferred risk attitudes R_i of this turn. */
  risk: Float64Array;
}

/** Plays one turn from positions `pos` and ideals `ideal`. */
export function smpTurn(
  unit: SmpUnit,
  pos: Float64Array,
  ideal: Float64Array,
  settings: SmpSettings,
  rng?: Rng,
): SmpTurnResult {
  const { n, dims, sal } = unit;
  const diff = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) diff[i * n + j] = bvDiff(ideal, i, pos, j, sal, dims);
  const risk = inferRisk(unit, diff, settings);
  const est = (h: number, i: number): number =>
    estimateRisk(risk[h]!, risk[i]!, settings.bigRAdjust);
  const perspective = (h: number): Float64Array => {
    const u = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      const r = est(h, a);
      for (let b = 0; b < n; b++) u[a * n + b] = bsUtil(diff[a * n + b]!, r);
    }
    return u;
  };
  // own[a][b] = aUtil[a](a, b), the true utility as a sees it (KTAB reads it this way).
  const own = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    const r = est(a, a);
    for (let b = 0; b < n; b++) own[a * n + b] = bsUtil(diff[a * n + b]!, r);
  }
  const ctx = challengeContext(unit, settings);
  const bargains: SmpBargain[] = [];
  for (let i = 0; i < n; i++) {
    const u = perspective(i);
    let bestJ = -1;
    let bestP = 0;
    let bestEU = -1.0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const [p, gain] = challengeEstimate(ctx, u, i, i, j);
      if (1e-5 < gain && bestEU < gain) {
        bestJ = j;
        bestP = p;
        bestEU = gain;
      }
    }
    if (bestJ >= 0) {
      bargains.push(
        ...proposeBargains(unit, pos, settings, ctx, perspective, i, bestJ, bestP, bestEU),
      );
    }
  }
  const next = resolveBargains(unit, pos, settings, risk, own, bargains, rng);
  return { next, nextIdeal: newIdeals(unit, next, ideal, settings.accommodation), bargains, risk };
}

/** Steps 1–2: PCE over positions with risk-neutral utilities, then R_i. */
function inferRisk(unit: SmpUnit, diff: Float64Array, settings: SmpSettings): Float64Array {
  const { n, cap } = unit;
  const rn = diff.map((d) => bsUtil(d, 0));
  const c = coalitions(
    (k, i, j) => vote(settings.votingRule, cap[k]!, rn[k * n + i]!, rn[k * n + j]!),
    n,
    n,
  );
  const p = probCE(settings.pceModel, settings.victoryProbModel, c, n);
  return bigRFromProb(p, settings.bigRRange);
}

export function challengeContext(unit: SmpUnit, settings: SmpSettings): ChallengeContext {
  const { n, dims, sal, cap } = unit;
  const totalSal = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let s = 0.0;
    for (let d = 0; d < dims; d++) s = s + sal[a * dims + d]!;
    totalSal[a] = s;
  }
  return { n, cap, totalSal, rule: settings.votingRule, commit: settings.thirdPartyCommit };
}

/** Step 4, under the three bargaining models of KTAB (quirks kept; see docs/forecast.md). */
export function proposeBargains(
  unit: SmpUnit,
  pos: Float64Array,
  settings: SmpSettings,
  ctx: ChallengeContext,
  perspective: (h: number) => Float64Array,
  i: number,
  j: number,
  piiJ: number,
  gain: number,
): SmpBargain[] {
  const fromI = { ...interpolate(unit, pos, settings, i, j, piiJ), probability: piiJ, gain };
  if (settings.bargnModel === 'InitOnlyInterp') return [fromI];
  // KTAB passes j's estimate of i's expected *gain* where a probability is expected.
  const pjiJ = challengeEstimate(ctx, perspective(j), i, i, j)[1];
  const fromJ = { ...interpolate(unit, pos, settings, i, j, pjiJ), probability: piiJ, gain };
  if (settings.bargnModel === 'InitRcvrInterp') return [fromI, fromJ];
  // KTAB weighs j's view with i's capability and j's salience (brgnJIJ->actInit is i).
  const wi = ctx.cap[i]! * ctx.totalSal[i]!;
  const wj = ctx.cap[i]! * ctx.totalSal[j]!;
  const mix = (a: Float64Array, b: Float64Array): Float64Array =>
    a.map((ai, d) => (wi * ai + wj * b[d]!) / (wi + wj));
  return [
    {
      init: i,
      rcvr: j,
      posInit: mix(fromI.posInit, fromJ.posInit),
      posRcvr: mix(fromI.posRcvr, fromJ.posRcvr),
      probability: piiJ,
      gain,
    },
  ];
}

function interpolate(
  unit: SmpUnit,
  pos: Float64Array,
  settings: SmpSettings,
  i: number,
  j: number,
  prbI: number,
): { init: number; rcvr: number; posInit: Float64Array; posRcvr: Float64Array } {
  const { dims, sal } = unit;
  const posInit = new Float64Array(dims);
  const posRcvr = new Float64Array(dims);
  const out = new Float64Array(2);
  for (let d = 0; d < dims; d++) {
    interpolateBargain(
      settings.interVecBrgn,
      pos[i * dims + d]!,
      sal[i * dims + d]!,
      prbI,
      pos[j * dims + d]!,
      sal[j * dims + d]!,
      1 - prbI,
      out,
    );
    posInit[d] = out[0]!;
    posRcvr[d] = out[1]!;
  }
  return { init: i, rcvr: j, posInit, posRcvr };
}
