import { describe, expect, it } from 'vitest';
import { maximalBicliques } from './maximalBicliques.ts';

describe('maximalBicliques', () => {
  it('finds three overlapping cliques sharing one vertex (the shape of Gambit’s deg1.nfg)', () => {
    const edges: [number, number][] = [
      [0, 0],
      [1, 0],
      [2, 0],
      [1, 1],
      [2, 1],
      [2, 2],
    ];
    expect(maximalBicliques(edges)).toEqual([
      { left: [0, 1, 2], right: [0] },
      { left: [1, 2], right: [0, 1] },
      { left: [2], right: [0, 1, 2] },
    ]);
  });

  it('gives one clique per isolated edge', () => {
    expect(
      maximalBicliques([
        [0, 0],
        [1, 1],
      ]),
    ).toEqual([
      { left: [0], right: [0] },
      { left: [1], right: [1] },
    ]);
  });
});
