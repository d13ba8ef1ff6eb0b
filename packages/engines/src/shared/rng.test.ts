import { describe, expect, it } from 'vitest';
import { createRng } from './rng.ts';

const take = (seed: number, stream: number, n: number) => {
  const rng = createRng(seed, stream);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats its sequence for the same seed and stream', () => {
    expect(take(42, 3, 5)).toEqual(take(42, 3, 5));
  });

  it('gives different sequences for different streams of one seed, and for different seeds', () => {
    expect(take(42, 3, 5)).not.toEqual(take(42, 4, 5));
    expect(take(42, 3, 5)).not.toEqual(take(43, 3, 5));
  });

  it('draws uniformly from [0, 1): mean ≈ 1/2, variance ≈ 1/12 over 100,000 draws', () => {
    const xs = take(7, 0, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    // Standard error of the mean is 0.0009; of the variance about 0.0003.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });
});
