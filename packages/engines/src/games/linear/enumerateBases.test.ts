import { describe, expect, it } from 'vitest';
import { enumerateBases } from './enumerateBases.ts';
import { maximizeOverBox } from './maximizeOverBox.ts';
import { Rational } from '../../shared/rational.ts';

const points = (m: bigint[][]) => {
  const seen = new Set<string>();
  enumerateBases(m, (dict) => {
    seen.add(
      Array.from({ length: dict.d }, (_, j) =>
        Rational.of(dict.valueOf(j), dict.det).toString(),
      ).join(' '),
    );
  });
  return seen;
};

describe('enumerateBases', () => {
  it('visits the 2^4 vertices of the unit cube { 0 ≤ z ≤ 1 } once each', () => {
    const identity = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1n : 0n)));
    let bases = 0;
    enumerateBases(identity, () => bases++);
    expect(bases).toBe(16);
    expect(points(identity).size).toBe(16);
  });

  it('reaches every vertex of a degenerate polygon, where four constraints meet at one vertex', () => {
    // z ≥ 0, z1 + z2 ≤ 1 (twice) and 2 z1 + z2 ≤ 1: at (0, 1) four constraints are tight in 2-D.
    const m = [
      [1n, 1n],
      [1n, 1n],
      [2n, 1n],
    ];
    expect([...points(m)].sort()).toEqual(['0 0', '0 1', '1/2 0']);
  });
});

describe('maximizeOverBox', () => {
  it('solves max z1 + z2 s.t. 2z1 + z2 ≤ 1, z1 + 3z2 ≤ 1: value 3/5 at (2/5, 1/5), duals (2/5, 1/5)', () => {
    const lp = maximizeOverBox(
      [
        [2n, 1n],
        [1n, 3n],
      ],
      [1n, 1n],
    );
    expect(lp.value.toString()).toBe('3/5');
    expect(lp.primal.map(String)).toEqual(['2/5', '1/5']);
    expect(lp.dual.map(String)).toEqual(['2/5', '1/5']);
  });
});
