import { describe, expect, it } from 'vitest';
import { evenPath, profileAt, settledLambda, tableLambdas } from './qrePath.ts';

/** A one-player branch over two strategies: p(first) goes 0.5 → 1 as λ goes 0 → 10. */
const branch = [0, 1, 2, 4, 6, 10].map((lambda) => {
  const p = Math.min(1, 0.5 + lambda / 20 + (lambda >= 6 ? 0.2 : 0));
  return { lambda, profile: [[p, 1 - p]] };
});

describe('reading the logit branch', () => {
  it('interpolates linearly between traced points, and holds the last point beyond them', () => {
    expect(profileAt(branch, 3)[0]).toBeCloseTo(0.65, 12);
    expect(profileAt(branch, 0)).toEqual([0.5, 0.5]);
    expect(profileAt(branch, 99)).toEqual([1, 0]);
  });

  it('reads a branch that bends back where it first reaches λ', () => {
    const bent = [
      { lambda: 0, profile: [[0.5, 0.5]] },
      { lambda: 2, profile: [[0.7, 0.3]] },
      { lambda: 1, profile: [[0.9, 0.1]] },
      { lambda: 3, profile: [[1, 0]] },
    ];
    expect(profileAt(bent, 1)[0]).toBeCloseTo(0.6, 12);
  });

  it('finds where the branch settles within 0.01 of its end', () => {
    expect(settledLambda(branch)).toBe(6);
  });

  it('tabulates round values of λ up to where the branch settles', () => {
    expect(tableLambdas(branch)).toEqual([0, 0.25, 0.5, 1, 2, 4]);
  });

  it('resamples on an even grid of at most 40 steps', () => {
    const path = evenPath(branch);
    expect(path.step).toBe(0.2);
    expect(path.profiles).toHaveLength(31);
    expect(path.profiles[5]![0]).toBeCloseTo(0.55, 12);
  });
});
