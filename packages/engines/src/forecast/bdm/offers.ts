/**
 * Offers and their selection (Scholz, Calbert & Smith 2011, §6, fig. 6, eqs. 35–36). Seen from
 * actor i, who would move, with a = E(U_ij) and b = E(U_ji):
 *
 * | region        | condition                  | i moves to                         |
 * |---------------|----------------------------|------------------------------------|
 * | confrontation | b > a > 0 (i loses)        | x_j                                |
 * | compromise    | a < 0 < b, b > |a|         | x_i + (x_j − x_i)·|a/b|   (eq. 36) |
 * | compel        | a < 0 < b, b < |a|         | x_j                                |
 * | none          | otherwise                  | stays (i wins, stalemate, or j moves) |
 *
 * Each actor accepts one offer per round: losing a conflict first, then compromise, then compel
 * (§6.2); within a class the one that moves it least, or per `BdmOfferRanking`.
 */
import type { BdmDyadRecord } from '../types.ts';

export type OfferRegion = BdmDyadRecord['region'];

/** Class of the offer j makes to i, given a = E(U_ij) and b = E(U_ji). */
export function offerRegion(a: number, b: number, compel: boolean): OfferRegion {
  if (b > a && a > 0) return 'confrontation';
  if (b > 0 && 0 > a) {
    if (b > Math.abs(a)) return 'compromise';
    if (compel && b < Math.abs(a)) return 'compel';
  }
  return 'none';
}

/** Lower is preferred: confrontation, compromise, compel. */
export const REGION_PRIORITY: Readonly<Record<OfferRegion, number>> = {
  confrontation: 0,
  compromise: 1,
  compel: 2,
  none: 3,
};
