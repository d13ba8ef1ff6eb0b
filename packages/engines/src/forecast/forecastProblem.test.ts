import { describe, expect, it } from 'vitest';
import { planUnits, problemFromInput } from './forecastProblem.ts';
import type { ForecastInput } from './types.ts';

const input: ForecastInput = {
  dimensions: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), min: 0, max: 100 })),
  actors: [
    { id: 'x', name: 'X', capability: 2, position: [10, 20, 30, 40], salience: [50, 50, 50, 50] },
    {
      id: 'y',
      name: 'Y',
      capability: 1,
      position: [60, null, 70, 80],
      salience: [40, null, 40, 40],
    },
  ],
};

describe('planUnits', () => {
  it('makes one unit per issue without linkages', () => {
    expect(planUnits(input).units).toEqual([
      { dims: [0], actors: [0, 1] },
      { dims: [1], actors: [0] },
      { dims: [2], actors: [0, 1] },
      { dims: [3], actors: [0, 1] },
    ]);
  });

  it('merges linkages that share an issue into one package', () => {
    const linked = {
      ...input,
      linkages: [
        { id: 'l1', issues: ['a', 'c'] },
        { id: 'l2', issues: ['c', 'd'] },
      ],
    };
    expect(planUnits(linked).units).toEqual([
      { dims: [0, 2, 3], actors: [0, 1] },
      { dims: [1], actors: [0] },
    ]);
  });

  it('leaves out, with a warning, an actor missing from part of a package', () => {
    const { units, warnings } = planUnits(input, true);
    expect(units).toEqual([{ dims: [0, 1, 2, 3], actors: [0] }]);
    expect(warnings).toEqual(['Y lacks a position on part of the package [A, B, C, D]: left out']);
  });

  it('rejects a linkage naming an unknown issue with a stable code', () => {
    expect(() => planUnits({ ...input, linkages: [{ id: 'l', issues: ['a', 'z'] }] })).toThrow(
      expect.objectContaining({ code: 'forecast/unknown-linked-issue' }),
    );
  });
});

describe('problemFromInput', () => {
  it('stores absent positions and saliences as NaN, actor-major', () => {
    const p = problemFromInput(input);
    expect(Array.from(p.position)).toEqual([10, 20, 30, 40, 60, NaN, 70, 80]);
    expect(Array.from(p.capability)).toEqual([2, 1]);
  });
});
