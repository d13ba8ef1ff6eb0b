/**
 * An actor's vote between two options under KTAB's voting rules (KBase::Model::vote, kmodel.cpp):
 * with Δu = u_i − u_k and weight w,
 *
 *   Proportional: w Δu            Binary: w clip(Δu / 1e-8, −1, 1)
 *   PropBin: w (0.8 Δu + 0.2 bin) PropCbc: w (0.5 Δu + 0.5 Δu³)
 *   Cubic: w Δu³                  ASymProsp: w Δu if Δu < 0, (2/3) w Δu if Δu > 0
 *
 * KTAB rejects weights ≤ 0; Parley lets a zero weight cast a zero vote.
 */
import type { VotingRule } from './smpSettings.ts';

export function vote(rule: VotingRule, w: number, ui: number, uk: number): number {
  const du = ui - uk;
  switch (rule) {
    case 'Proportional':
      return w * du;
    case 'Binary':
      return w * binary(du);
    case 'PropBin':
      return w * ((1 - 0.2) * du + 0.2 * binary(du));
    case 'PropCbc':
      return w * ((1 - 0.5) * du + 0.5 * (du * du * du));
    case 'Cubic':
      return w * (du * du * du);
    case 'ASymProsp':
      return du < 0 ? w * du : du > 0 ? (2.0 * w * du) / 3.0 : 0;
  }
}

function binary(du: number): number {
  const r = du / 1e-8;
  return r > 1 ? 1 : r < -1 ? -1 : r;
}
