/**
 * Switches of the BDM expected-utility model where Scholz, Calbert & Smith (2011) are ambiguous
 * or where Scholz's own code (as ported by jmckib/bdm-scholz-expected-utility-model) differs from
 * the paper. Two named variant sets: `paper` (default) and `scholz-code`.
 * See docs/forecast.md, "BDM variants", for the reasoning behind each default.
 */

/**
 * Probability that i beats j (eqs. 30–31):
 * - `paper`: Σ_{k: a_k>0} c_k s_k a_k / Σ_k c_k s_k |a_k| with a_k = |x_k − x_j| − |x_k − x_i|;
 * - `dmasad`: max(Σ_k c_k s_k a_k, 0) / Σ_k c_k s_k |a_k| (dmasad/BDM_DecisionModel_Replication);
 * - `scholz-code`: Σ_k max(0, c_k s_k (d_kj^r_k − d_ki^r_k)) over a denominator summed over all
 *   actor pairs, as in Scholz's code (jmckib port); makes P very small.
 */
export type BdmProbability = 'paper' | 'dmasad' | 'scholz-code';

/**
 * Whose risk exponent evaluates the other side's challenge when actor i classifies the offer j
 * makes it:
 * - `receiver` (default of both variants): i evaluates E(U_ij) and E(U_ji) with its own r_i, as
 *   Scholz's code does (jmckib's Offer classifier). Both numbers are then on one utility scale,
 *   so the comparisons the regions make (b > a, |a/b|) are meaningful; on one issue with Q = 1
 *   the winner of a confrontation is the actor with the larger s·P whatever the exponents
 *   (docs/forecast.md, "Why the paper variant confronts").
 * - `own`: E^j(U_ji) with r_j, the literal reading of the paper's text (BDM 1985 p.158, quoted
 *   by Scholz p.23). It compares two actors' utilities measured with different curvatures, which
 *   lets the most secure (hence most risk-averse, r = 2) actor lose confrontations to weaker,
 *   risk-acceptant ones it would beat at r = 1 — the flagship's US moving 95 → 20 to Russia.
 */
export type BdmPerspective = 'own' | 'receiver';

/**
 * How an actor picks among the offers it receives:
 * `least-move` — within the best class (confrontation, then compromise, then compel) the offer
 * that moves it least (§6.2); `scholz-code` — compromises ranked by the |EU|-weighted point
 * (jmckib says Scholz's code does this and calls it a mistake); `highest-eu` — concede to the
 * proposer whose expected utility is highest (the alternative rule of §6.2).
 */
export type BdmOfferRanking = 'least-move' | 'scholz-code' | 'highest-eu';

/** Rule for T, whether j moves to the median when i does not challenge (p.22). */
export type BdmTRule = 'paper' | 'one' | 'zero';

/** Where the normalising range R of eq. 14 comes from. */
export type BdmRange = 'initial-positions' | 'scale';

export interface BdmSettings {
  probability: BdmProbability;
  perspective: BdmPerspective;
  /** Probability that j stays put when i does not challenge (Q). Scholz used 1 for BDM 1994. */
  q: number;
  tRule: BdmTRule;
  offerRanking: BdmOfferRanking;
  /** Whether compel (capitulation) offers exist; Scholz's code never fires them (a typo). */
  compel: boolean;
  range: BdmRange;
  /** Stop when no actor moves more than tolerance × R in a round. */
  tolerance: number;
  /** Forecast read-out after the last round: median voter (paper) or weighted mean. */
  readout: 'median' | 'mean';
}

export type BdmVariant = 'paper' | 'scholz-code';

const PAPER: BdmSettings = {
  probability: 'paper',
  perspective: 'receiver',
  q: 1,
  tRule: 'paper',
  offerRanking: 'least-move',
  compel: true,
  range: 'initial-positions',
  tolerance: 1e-6,
  readout: 'median',
};

const SCHOLZ_CODE: BdmSettings = {
  ...PAPER,
  probability: 'scholz-code',
  offerRanking: 'scholz-code',
  compel: false,
};

/** The named variant sets. */
export const BDM_VARIANTS: Readonly<Record<BdmVariant, Readonly<BdmSettings>>> = {
  paper: PAPER,
  'scholz-code': SCHOLZ_CODE,
};

/** Variant defaults overridden by explicit settings. */
export function resolveBdmSettings(
  variant: BdmVariant = 'paper',
  overrides: Partial<BdmSettings> = {},
): BdmSettings {
  return { ...BDM_VARIANTS[variant], ...overrides };
}
