/**
 * Risk exponents from security levels (Scholz, Calbert & Smith 2011, §5, eqs. 32–34, using the
 * BDM 1985 form Scholz adopts):
 *
 *   Sec_i = Σ_{j≠i} E(U_ji)                        what adversaries expect from challenging i
 *   R_i   = (2 Sec_i − max_k Sec_k − min_k Sec_k) / (max_k Sec_k − min_k Sec_k)  ∈ [−1, 1]
 *   r_i   = (1 − R_i/3) / (1 + R_i/3)              ∈ [0.5, 2]
 *
 * The expected utilities are computed with every r = 1 (pass 1). When all security levels are
 * equal the paper divides by zero; Parley sets every R_i = 0 (r_i = 1).
 */

/** Writes r_i into `r` from the security levels `security`. */
export function riskExponents(security: Float64Array, r: Float64Array): void {
  let max = -Infinity;
  let min = Infinity;
  for (const v of security) {
    if (v > max) max = v;
    if (v < min) min = v;
  }
  const spread = max - min;
  for (let i = 0; i < security.length; i++) {
    const risk = spread > 0 ? (2 * security[i]! - max - min) / spread : 0;
    r[i] = (1 - risk / 3.0) / (1 + risk / 3.0);
  }
}
