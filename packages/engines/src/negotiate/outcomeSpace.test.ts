import { describe, expect, it } from 'vitest';
import { outcomeIndex, outcomeSpace, outcomeValues, valueIndices } from './outcomeSpace.ts';
import type { NegotiationIssue } from './types.ts';

const issues: NegotiationIssue[] = [
  { id: 'a', name: 'a', kind: 'discrete', values: ['x', 'y'] },
  { id: 'b', name: 'b', kind: 'integer', values: [1, 2, 3] },
];

describe('outcome space', () => {
  it('numbers outcomes with the first issue varying fastest, as GENIUS BidIterator enumerates bids', () => {
    const space = outcomeSpace(issues);
    expect(space.size).toBe(6);
    const domain = { issues, parties: [] };
    expect([0, 1, 2, 3].map((o) => outcomeValues(domain, space, o))).toEqual([
      ['x', 1],
      ['y', 1],
      ['x', 2],
      ['y', 2],
    ]);
  });

  it('maps value indices to outcome indices and back', () => {
    const space = outcomeSpace(issues);
    for (let o = 0; o < space.size; o++)
      expect(outcomeIndex(space, valueIndices(space, o))).toBe(o);
  });

  it('refuses an issue without values and a space too large to enumerate', () => {
    expect(() => outcomeSpace([{ id: 'e', name: 'e', kind: 'discrete', values: [] }])).toThrow(
      /no values/,
    );
    const big = {
      id: 'i',
      name: 'i',
      kind: 'integer' as const,
      values: Array.from({ length: 10_000 }, (_, i) => i),
    };
    expect(() => outcomeSpace([big, big])).toThrow(/more than/);
  });
});
