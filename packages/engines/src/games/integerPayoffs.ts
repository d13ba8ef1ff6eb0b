/**
 * Payoffs as integers with a common positive scale per player (an order- and tie-preserving
 * transformation), so hot loops compare plain numbers instead of fractions. When every scaled
 * value is a safe integer the table is a Float64Array (exact comparisons); otherwise BigInts.
 */
import { bigLcm, type Rational } from '../shared/rational.ts';

export interface ScaledPayoffs {
  /** values[k] = payoff k × scale, exactly. */
  values: Float64Array | bigint[];
  scale: bigint;
}

export function scaledPayoffs(payoffs: readonly Rational[]): ScaledPayoffs {
  let scale = 1n;
  for (const p of payoffs) if (p.den !== 1n && scale % p.den !== 0n) scale = bigLcm(scale, p.den);
  const big = payoffs.map((p) => p.num * (scale / p.den));
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  const safe = big.every((v) => v <= limit && v >= -limit);
  return { values: safe ? Float64Array.from(big, Number) : big, scale };
}
