import { describe, expect, it } from 'vitest';
import { fa2Positions, fa2State, fa2Step } from './fa2.ts';

const dist = (p: Float32Array, a: number, b: number) =>
  Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

describe('ForceAtlas2 on flat arrays', () => {
  it('keeps the positions it was given before any iteration', () => {
    const start = Float32Array.from([0, 0, 3, 4]);
    expect(Array.from(fa2Positions(fa2State(2, start, new Int32Array(0))))).toEqual([0, 0, 3, 4]);
  });

  it('pulls joined nodes closer than unjoined ones (attraction along edges, repulsion otherwise)', () => {
    // A path 0–1–2 and a loner 3, all starting on a square.
    const start = Float32Array.from([0, 0, 10, 0, 10, 10, 0, 10]);
    const state = fa2State(4, start, Int32Array.from([0, 1, 1, 2]));
    fa2Step(state, 200);
    const p = fa2Positions(state);
    expect(dist(p, 0, 1)).toBeLessThan(dist(p, 0, 3));
    expect(dist(p, 1, 2)).toBeLessThan(dist(p, 2, 3));
    expect(Array.from(p).every(Number.isFinite)).toBe(true);
  });
});
