import { describe, expect, it } from 'vitest';
import { frontier2d } from './negotiateCharts.ts';

describe('the two-party frontier of a projected Pareto set', () => {
  it('keeps the points no other point beats on both utilities, left to right', () => {
    // (0.5, 0.5) is dominated by (0.6, 0.6) in these two dimensions; (0.2, 0.9) and (0.9, 0.2) are not.
    const points = [
      [0.2, 0.9, 0],
      [0.5, 0.5, 1],
      [0.6, 0.6, 0],
      [0.9, 0.2, 1],
    ];
    expect(frontier2d(points, 0, 1)).toEqual([
      [0.2, 0.9],
      [0.6, 0.6],
      [0.9, 0.2],
    ]);
  });

  it('drops ties on the second utility except the best on the first', () => {
    expect(
      frontier2d(
        [
          [0.3, 0.5],
          [0.4, 0.5],
        ],
        0,
        1,
      ),
    ).toEqual([[0.4, 0.5]]);
  });
});
