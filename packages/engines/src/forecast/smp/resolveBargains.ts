/**
 * Step 5 of an SMP turn (KTAB SMPState::queueUpdatePstn and brgnStateUtil, smpbcn.cpp): each
 * actor k holds its status quo plus the bargains it sent and received; the utility to actor a of
 * a bargain is the mean of a's utilities for all positions with the two parties' positions
 * replaced (a's status quo: the mean over current positions); a PCE over k's queue with
 * capability-weighted votes gives each bargain a probability, and k adopts its part of the most
 * probable (Deterministic, first maximum as KTAB's ndxMaxAbs) or of a seeded draw (Stochastic).
 */
import type { Rng } from '../../shared/rng.ts';
import { scalarPce } from './pce.ts';
import type { SmpSettings } from './smpSettings.ts';
import type { SmpBargain } from './smpTurn.ts';
import type { SmpUnit } from './smpUnit.ts';
import { bsUtil, bvDiffToPoint } from './spatialUtility.ts';

/** Step 5: each actor picks one bargain from its queue. */
export function resolveBargains(
  unit: SmpUnit,
  pos: Float64Array,
  settings: SmpSettings,
  risk: Float64Array,
  own: Float64Array,
  bargains: SmpBargain[],
  rng: Rng | undefined,
): Float64Array {
  const { n, dims, cap } = unit;
  // Utility column (over actors) of each bargain, computed once; the status quo is column n.
  const columns = bargains.map((b) => bargainUtilities(unit, pos, risk, own, b));
  const statusQuo = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let u = 0.0;
    for (let m = 0; m < n; m++) u = u + own[a * n + m]!;
    statusQuo[a] = u / n;
  }
  const next = Float64Array.from(pos);
  for (let k = 0; k < n; k++) {
    const queue = [-1];
    bargains.forEach((b, m) => {
      if (b.init === k || b.rcvr === k) queue.push(m);
    });
    const nb = queue.length;
    const u = new Float64Array(n * nb);
    queue.forEach((m, o) => {
      const col = m < 0 ? statusQuo : columns[m]!;
      for (let a = 0; a < n; a++) u[a * nb + o] = col[a]!;
    });
    const p = scalarPce(
      n,
      nb,
      cap,
      u,
      settings.votingRule,
      settings.victoryProbModel,
      settings.pceModel,
    );
    const chosen = queue[pickBargain(p, settings, rng)]!;
    if (chosen < 0) continue;
    const b = bargains[chosen]!;
    const src = b.init === k ? b.posInit : b.posRcvr;
    for (let d = 0; d < dims; d++) next[k * dims + d] = src[d]!;
  }
  return next;
}

/** Mean utility to each actor of the state in which bargain `b` is implemented. */
export function bargainUtilities(
  unit: SmpUnit,
  pos: Float64Array,
  risk: Float64Array,
  own: Float64Array,
  b: SmpBargain,
): Float64Array {
  const { n, dims, sal } = unit;
  const col = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let u = 0.0;
    u = u + bsUtil(bvDiffToPoint(pos, a, b.posInit, sal, dims), risk[a]!);
    u = u + bsUtil(bvDiffToPoint(pos, a, b.posRcvr, sal, dims), risk[a]!);
    for (let m = 0; m < n; m++) if (m !== b.init && m !== b.rcvr) u = u + own[a * n + m]!;
    col[a] = u / n;
  }
  return col;
}

/** Index of the chosen bargain: first maximum (KTAB's ndxMaxAbs), or a seeded draw. */
export function pickBargain(p: Float64Array, settings: SmpSettings, rng: Rng | undefined): number {
  if (settings.stateTransitions === 'Stochastic') {
    if (!rng) throw new Error('smp: Stochastic transitions need a random generator');
    let u = rng.next();
    for (let m = 0; m < p.length; m++) {
      u -= p[m]!;
      if (u < 0) return m;
    }
    return p.length - 1;
  }
  let best = 0;
  let max = -1.0;
  for (let m = 0; m < p.length; m++) {
    const a = Math.abs(p[m]!);
    if (max < a) {
      best = m;
      max = a;
    }
  }
  return best;
}
