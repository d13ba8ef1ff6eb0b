/**
 * Probabilistic Condorcet election (PCE) over a set of options (KBase::Model in kmodel.cpp):
 *
 *   coalitions   C_ij = 1e-8 + Σ_k max(v_k(i:j), 0),  v_k(i:j) = vote_k(u_ki, u_kj)
 *   victory      P(i > j) from C_ij, C_ji (victoryProbability.ts), P(i > i) = 1/2
 *   Conditional  p_i ∝ Π_j P(i > j)
 *   MarkovUniform   iterate q_i = (1/N) Σ_j P(i > j)(p_i + p_j), p ← (p + q)/2
 *   MarkovIncentive n_ij = C_ij P(i > j) (+1e-10 on the diagonal), P[i→j] = n_ij / Σ_k n_kj,
 *                   iterate q_i = Σ_j P(i > j)(p_i P[j→i] + p_j P[i→j]), p ← (p + q)/2
 *
 * Loops keep KTAB's summation order so results agree with its logs digit for digit.
 */
import type { PceModel, VictoryProbModel, VotingRule } from './smpSettings.ts';
import { victoryProbability } from './victoryProbability.ts';
import { vote } from './vote.ts';

/** Coalition strengths c[i * nOpt + j] of option i against j, from votes v(k, i, j). */
export function coalitions(
  v: (k: number, i: number, j: number) => number,
  nAct: number,
  nOpt: number,
): Float64Array {
  const minC = 1e-8;
  const c = new Float64Array(nOpt * nOpt);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < i; j++) {
      let cij = minC;
      let cji = minC;
      for (let k = 0; k < nAct; k++) {
        const vkij = v(k, i, j);
        if (vkij > 0) cij = cij + vkij;
        if (vkij < 0) cji = cji - vkij;
      }
      c[i * nOpt + j] = cij;
      c[j * nOpt + i] = cji;
    }
    c[i * nOpt + i] = minC;
  }
  return c;
}

/** Square matrix of P(i > j) from coalition strengths. */
export function victoryMatrix(
  model: VictoryProbModel,
  c: Float64Array,
  nOpt: number,
): Float64Array {
  const p = new Float64Array(nOpt * nOpt);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < i; j++) {
      const [pij, pji] = victoryProbability(model, c[i * nOpt + j]!, c[j * nOpt + i]!);
      p[i * nOpt + j] = pij;
      p[j * nOpt + i] = pji;
    }
    p[i * nOpt + i] = 0.5;
  }
  return p;
}

/** Probability of each option from coalition strengths, under a PCE model. */
export function probCE(
  pce: PceModel,
  model: VictoryProbModel,
  c: Float64Array,
  nOpt: number,
): Float64Array {
  const pv = victoryMatrix(model, c, nOpt);
  if (pce === 'Conditional') return conditionalPce(pv, nOpt);
  if (pce === 'MarkovUniform') return markovUniformPce(pv, nOpt);
  return markovIncentivePce(pv, c, nOpt);
}

function conditionalPce(pv: Float64Array, nOpt: number): Float64Array {
  const p = new Float64Array(nOpt);
  let sum = 0;
  for (let i = 0; i < nOpt; i++) {
    let pi = 1.0;
    for (let j = 0; j < nOpt; j++) pi = pi * pv[i * nOpt + j]!;
    p[i] = pi;
  }
  for (let i = 0; i < nOpt; i++) sum = sum + p[i]!;
  for (let i = 0; i < nOpt; i++) p[i] = p[i]! / sum;
  return p;
}

function markovUniformPce(pv: Float64Array, nOpt: number): Float64Array {
  let p = new Float64Array(nOpt).fill(1.0 / nOpt);
  const q = new Float64Array(nOpt);
  for (let change = 1.0, iter = 0; change > 1e-6 && iter < 1000; iter++) {
    change = 0;
    for (let i = 0; i < nOpt; i++) {
      let pi = 0.0;
      for (let j = 0; j < nOpt; j++) pi = pi + pv[i * nOpt + j]! * (p[i]! + p[j]!);
      q[i] = pi / nOpt;
      change = Math.max(change, Math.abs(q[i]! - p[i]!));
    }
    p = p.map((pi, i) => (pi + q[i]!) / 2.0);
  }
  return p;
}

function markovIncentivePce(pv: Float64Array, c: Float64Array, nOpt: number): Float64Array {
  const incentive = new Float64Array(nOpt * nOpt);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < nOpt; j++) {
      incentive[i * nOpt + j] = c[i * nOpt + j]! * pv[i * nOpt + j]! + (i === j ? 1e-10 : 0);
    }
  }
  const challenge = new Float64Array(nOpt * nOpt); // challenge[i*n+j] = P[i → j]
  for (let j = 0; j < nOpt; j++) {
    let sum = 0.0;
    for (let k = 0; k < nOpt; k++) sum = sum + incentive[k * nOpt + j]!;
    for (let i = 0; i < nOpt; i++) challenge[i * nOpt + j] = incentive[i * nOpt + j]! / sum;
  }
  let p = new Float64Array(nOpt).fill(1.0 / nOpt);
  const q = new Float64Array(nOpt);
  for (let change = 1.0, iter = 0; change > 1e-8 && iter < 1000; iter++) {
    change = 0.0;
    for (let i = 0; i < nOpt; i++) {
      let qi = 0.0;
      for (let j = 0; j < nOpt; j++) {
        const cij = p[i]! * challenge[j * nOpt + i]! + p[j]! * challenge[i * nOpt + j]!;
        qi = qi + pv[i * nOpt + j]! * cij;
      }
      q[i] = qi;
      change = Math.max(change, Math.abs(qi - p[i]!));
    }
    p = p.map((pi, i) => (pi + q[i]!) / 2.0);
  }
  return p;
}

/**
 * PCE over options scored by utilities u[a * nOpt + o] with actor weights w (KTAB's
 * Model::scalarPCE): votes are weighted utility differences under `rule`.
 */
export function scalarPce(
  nAct: number,
  nOpt: number,
  w: Float64Array,
  u: Float64Array,
  rule: VotingRule,
  model: VictoryProbModel,
  pce: PceModel,
): Float64Array {
  const c = coalitions(
    (k, i, j) => vote(rule, w[k]!, u[k * nOpt + i]!, u[k * nOpt + j]!),
    nAct,
    nOpt,
  );
  return probCE(pce, model, c, nOpt);
}
