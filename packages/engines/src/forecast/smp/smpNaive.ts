/**
 * Reference implementation of one SMP turn, laid out like KTAB's code (SMPState::setAllAUtil
 * builds every actor's n × n utility matrix up front — O(n³) memory — and doBCN /
 * queueUpdatePstn recompute each queue's bargain utilities). Slow and plain on purpose:
 * `smpTurn` must agree with it exactly (smpTurn.test.ts).
 */
import type { Rng } from '../../shared/rng.ts';
import { challengeEstimate } from './challengeEstimate.ts';
import { coalitions, probCE, scalarPce } from './pce.ts';
import { bigRFromProb, estimateRisk } from './riskAttitudes.ts';
import type { SmpSettings } from './smpSettings.ts';
import { newIdeals } from './newIdeals.ts';
import { pickBargain } from './resolveBargains.ts';
import {
  challengeContext,
  proposeBargains,
  type SmpBargain,
  type SmpTurnResult,
} from './smpTurn.ts';
import type { SmpUnit } from './smpUnit.ts';
import { bsUtil, bvDiff, bvDiffToPoint } from './spatialUtility.ts';
import { vote } from './vote.ts';

export function smpTurnNaive(
  unit: SmpUnit,
  pos: Float64Array,
  ideal: Float64Array,
  settings: SmpSettings,
  rng?: Rng,
): SmpTurnResult {
  const { n, dims, sal, cap } = unit;
  const vDiff = (i: number, j: number) => bvDiff(ideal, i, pos, j, sal, dims);
  // setAllAUtil
  const c = coalitions(
    (k, i, j) => vote(settings.votingRule, cap[k]!, bsUtil(vDiff(k, i), 0), bsUtil(vDiff(k, j), 0)),
    n,
    n,
  );
  const nra = bigRFromProb(
    probCE(settings.pceModel, settings.victoryProbModel, c, n),
    settings.bigRRange,
  );
  const aUtil: Float64Array[] = [];
  for (let h = 0; h < n; h++) {
    const u = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const rhi = estimateRisk(nra[h]!, nra[i]!, settings.bigRAdjust);
      for (let j = 0; j < n; j++) u[i * n + j] = bsUtil(vDiff(i, j), rhi);
    }
    aUtil.push(u);
  }
  // doBCN: targets and bargains
  const ctx = challengeContext(unit, settings);
  const queues: SmpBargain[][] = Array.from({ length: n }, () => []);
  const all: SmpBargain[] = [];
  for (let i = 0; i < n; i++) {
    let bestJ = -1;
    let pIJ = 0;
    let bestEU = -1.0;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const [pij, edu] = challengeEstimate(ctx, aUtil[i]!, i, i, j);
      if (1e-5 < edu && bestEU < edu) {
        bestJ = j;
        pIJ = pij;
        bestEU = edu;
      }
    }
    if (bestJ < 0) continue;
    for (const b of proposeBargains(
      unit,
      pos,
      settings,
      ctx,
      (h) => aUtil[h]!,
      i,
      bestJ,
      pIJ,
      bestEU,
    )) {
      all.push(b);
    }
  }
  for (const b of all) {
    queues[b.init]!.push(b);
    queues[b.rcvr]!.push(b);
  }
  // queueUpdatePstn
  const brgnStateUtil = (a: number, b: SmpBargain | null): number => {
    let uAvrg = 0.0;
    if (b === null) {
      for (let m = 0; m < n; m++) uAvrg = uAvrg + aUtil[a]![a * n + m]!;
    } else {
      uAvrg = uAvrg + bsUtil(bvDiffToPoint(pos, a, b.posInit, sal, dims), nra[a]!);
      uAvrg = uAvrg + bsUtil(bvDiffToPoint(pos, a, b.posRcvr, sal, dims), nra[a]!);
      for (let m = 0; m < n; m++) {
        if (m !== b.init && m !== b.rcvr) uAvrg = uAvrg + aUtil[a]![a * n + m]!;
      }
    }
    return uAvrg / n;
  };
  const next = Float64Array.from(pos);
  for (let k = 0; k < n; k++) {
    const queue: (SmpBargain | null)[] = [null, ...queues[k]!];
    const nb = queue.length;
    const u = new Float64Array(n * nb);
    for (let a = 0; a < n; a++)
      for (let m = 0; m < nb; m++) u[a * nb + m] = brgnStateUtil(a, queue[m]!);
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
    if (chosen === null) continue;
    const src = chosen.init === k ? chosen.posInit : chosen.posRcvr;
    for (let d = 0; d < dims; d++) next[k * dims + d] = src[d]!;
  }
  return {
    next,
    nextIdeal: newIdeals(unit, next, ideal, settings.accommodation),
    bargains: all,
    risk: nra,
  };
}
