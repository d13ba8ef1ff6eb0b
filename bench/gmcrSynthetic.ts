/**
 * Synthetic graph models for the GMCR benchmark, shaped like the ones timed for GMCR+ in the
 * research notes (§ d): each decision maker's options form a contiguous block, two random
 * 2-literal infeasibility conditions, six random prioritized statements per decision maker of
 * which 30% are `q if p`. Deterministic for a seed (mulberry32).
 */
import type { Expr } from '@parley/model';
import type { GmcrInput } from '@parley/engines';

/** mulberry32: a small, fast, seeded 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGmcr(optionCount: number, dmCount: number, seed = 1): GmcrInput {
  const random = seededRandom(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const literal = (): Expr<number> => {
    const atom: Expr<number> = { kind: 'option', option: int(optionCount) };
    return random() < 0.5 ? atom : { kind: 'not', operand: atom };
  };
  const statement = (): Expr<number> =>
    random() < 0.3
      ? { kind: 'if', consequent: literal(), antecedent: literal() }
      : random() < 0.5
        ? literal()
        : { kind: 'and', operands: [literal(), literal()] };
  return {
    options: Array.from({ length: optionCount }, (_, k) => ({
      id: `o${k}`,
      owner: Math.floor((k * dmCount) / optionCount),
      reversibility: 'both' as const,
    })),
    decisionMakers: Array.from({ length: dmCount }, (_, i) => ({ id: `dm${i}`, name: `DM${i}` })),
    infeasible: [0, 1].map(() => ({ kind: 'and' as const, operands: [literal(), literal()] })),
    preferences: Array.from({ length: dmCount }, () => ({
      kind: 'statements' as const,
      statements: Array.from({ length: 6 }, statement),
    })),
  };
}
