/**
 * The bargain an initiator i proposes to its target j, dimension by dimension (KTAB
 * SMPActor::interpBrgnSnPm and interpBrgnS2PMax, smp.cpp). With t the positions, s the saliences
 * on the dimension and p_i, p_j the estimated chances of winning a contest:
 *
 *   SnPm:  w_i = s_i^n p_i^m,  w_j = s_j^n p_j^m
 *          b_i = round4(((w_i + 1e-6) t_i + w_j t_j) / (w_i + 1e-6 + w_j))
 *          b_j = round4((w_i t_i + (1e-6 + w_j) t_j) / (w_i + 1e-6 + w_j))
 *          (S1P1: n = m = 1; S2P2: n = m = 2, KTAB's default; the 1e-6 avoids 0/0 and the
 *          rounding to 4 decimals on [0, 1] removes spurious precision, as KTAB does)
 *   S2PMax: the weaker side moves by the (p_j − p_i)-weighted share of the squared saliences.
 */
import type { InterVecBrgn } from './smpSettings.ts';

const round4 = (x: number): number => Math.trunc(0.5 + x * 10000.0) / 10000.0;

/** Writes the proposed positions of i and j on one dimension into out[0], out[1]. */
export function interpolateBargain(
  rule: InterVecBrgn,
  ti: number,
  si: number,
  pi: number,
  tj: number,
  sj: number,
  pj: number,
  out: Float64Array,
): void {
  if (rule === 'S2PMax') {
    const di = pj > pi ? pj - pi : 0;
    const dj = pi > pj ? pi - pj : 0;
    const si2 = si * si;
    const sj2 = sj * sj;
    const dik = (di * sj2) / (di * sj2 + 1e-6 + (1 - di) * si2);
    const djk = (dj * si2) / (dj * si2 + 1e-6 + (1 - dj) * sj2);
    out[0] = ti + dik * (tj - ti);
    out[1] = tj + djk * (ti - tj);
    return;
  }
  const square = rule === 'S2P2';
  const wi = (square ? si * si : si) * (square ? pi * pi : pi);
  const wj = (square ? sj * sj : sj) * (square ? pj * pj : pj);
  const minW = 1e-6;
  out[0] = round4(((wi + minW) * ti + wj * tj) / (wi + minW + wj));
  out[1] = round4((wi * ti + (minW + wj) * tj) / (wi + minW + wj));
}
