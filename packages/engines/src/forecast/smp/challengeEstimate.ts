/**
 * Actor h's estimate of the victory probability and of k's expected gain when i challenges j
 * (KTAB SMPState::probEduChlg, smpbcn.cpp; Actor::vProbLittle and Actor::thirdPartyVoteSU,
 * kmodel.cpp). With u = h's utility matrix (u_ab = utility to a of b's position):
 *
 *   principals   C_ij, C_ji ← 1e-10 + i's vote w_i(u_ii − u_ij) and j's vote w_j(u_ji − u_jj),
 *                w = capability × total salience, each added to the side it favours
 *   third party n first estimates the little contest (i, j, n):
 *                p_in = (C_ij + max(v_n, 0)) / (C_ij + max(v_n, 0) + C_ji + max(−v_n, 0))
 *                then votes w_n(U(ik > j) − U(i > jk)) with, under SemiCommit,
 *                U(ik > j) = p_in (2u_ni + u_nn) + (1 − p_in) 3u_nj,
 *                U(i > jk) = p_in 3u_ni + (1 − p_in)(2u_nj + u_nn)
 *   P            = C_ij / (C_ij + C_ji)
 *   EU_chlg      = (1 − s_j) 2u_ki + s_j (P 2u_ki + (1 − P) 2u_kj),  s_j = j's total salience
 *   gain         = EU_chlg − (u_ki + u_kj)
 *
 * Loops keep KTAB's order of operations.
 */
import type { ThirdPartyCommit, VotingRule } from './smpSettings.ts';
import { vote } from './vote.ts';

export interface ChallengeContext {
  n: number;
  cap: Float64Array;
  /** Σ_d salience per actor. */
  totalSal: Float64Array;
  rule: VotingRule;
  commit: ThirdPartyCommit;
}

/** [P(i beats j), expected gain to k] as estimated with utility matrix `u` (n × n). */
export function challengeEstimate(
  ctx: ChallengeContext,
  u: Float64Array,
  k: number,
  i: number,
  j: number,
): [number, number] {
  const { n, cap, totalSal, rule } = ctx;
  const uii = u[i * n + i]!;
  const uij = u[i * n + j]!;
  const uji = u[j * n + i]!;
  const ujj = u[j * n + j]!;
  const euSQ = u[k * n + i]! + u[k * n + j]!;
  const uhkij = u[k * n + i]! + u[k * n + i]!;
  const uhkji = u[k * n + j]! + u[k * n + j]!;
  const sj = totalSal[j]!;

  const contribI = vote(rule, totalSal[i]! * cap[i]!, uii, uij);
  const contribJ = vote(rule, sj * cap[j]!, uji, ujj);
  let chij = 1e-10;
  let chji = 1e-10;
  if (contribI > 0.0) chij = chij + contribI;
  if (contribI < 0.0) chji = chji - contribI;
  if (contribJ > 0.0) chij = chij + contribJ;
  if (contribJ < 0.0) chji = chji - contribJ;
  const principalI = chij;
  const principalJ = chji;

  for (let m = 0; m < n; m++) {
    if (m === i || m === j) continue;
    const wm = totalSal[m]! * cap[m]!;
    const umi = u[m * n + i]!;
    const umj = u[m * n + j]!;
    const umm = u[m * n + m]!;
    const little = vote(rule, wm, umi, umj);
    const cmi = little > 0 ? principalI + little : principalI;
    const cmj = little < 0 ? principalJ - little : principalJ;
    const pim = cmi / (cmi + cmj);
    const vm = thirdPartyVote(wm, rule, ctx.commit, pim, 1.0 - pim, umi, umj, umm);
    chij = vm > 0 ? chij + vm : chij;
    chji = vm < 0 ? chji - vm : chji;
  }

  const phij = chij / (chij + chji);
  const phji = chji / (chij + chji);
  const euCntst = phij * uhkij + phji * uhkji;
  const euChlg = (1 - sj) * uhkij + sj * euCntst;
  return [phij, euChlg - euSQ];
}

/** A third party's vote on "i (with k) beats j" versus "i beats j (with k)". */
function thirdPartyVote(
  wk: number,
  rule: VotingRule,
  commit: ThirdPartyCommit,
  pik: number,
  pjk: number,
  uki: number,
  ukj: number,
  ukk: number,
): number {
  let ikDefJ: number;
  let jDefIk: number;
  let iDefJk: number;
  let jkDefI: number;
  if (commit === 'FullCommit') {
    ikDefJ = uki + uki + uki;
    jDefIk = ukj + ukj + ukj;
    iDefJk = uki + uki + uki;
    jkDefI = ukj + ukj + ukj;
  } else if (commit === 'SemiCommit') {
    ikDefJ = uki + uki + ukk;
    jDefIk = ukj + ukj + ukj;
    iDefJk = uki + uki + uki;
    jkDefI = ukj + ukj + ukk;
  } else {
    ikDefJ = uki + uki + ukk;
    jDefIk = ukj + ukj + ukk;
    iDefJk = uki + uki + ukk;
    jkDefI = ukj + ukj + ukk;
  }
  const uIkJ = pik * ikDefJ + pjk * jDefIk;
  const uIJk = pik * iDefJk + pjk * jkDefI;
  return vote(rule, wk, uIkJ, uIJk);
}
