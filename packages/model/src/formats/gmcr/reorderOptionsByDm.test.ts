import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reorderOptionsByDm } from './reorderOptionsByDm.ts';

describe('reorderOptionsByDm', () => {
  it('leaves an already grouped file alone (all GMCR+ saves are grouped)', () => {
    expect(reorderOptionsByDm(5, [[0, 1], [2, 3], [4]])).toEqual([0, 1, 2, 3, 4]);
  });

  it('groups options by decision maker, in DM order and each DM’s listed order', () => {
    // DM 0 owns file options 3 and 1, DM 1 owns 0 and 2.
    expect(
      reorderOptionsByDm(4, [
        [3, 1],
        [0, 2],
      ]),
    ).toEqual([3, 1, 0, 2]);
  });

  it('moves a shared option with its first decision maker', () => {
    expect(reorderOptionsByDm(3, [[2], [0, 2, 1]])).toEqual([2, 0, 1]);
  });

  it('reproduces the off-by-one that can leave an unowned option between owned ones', () => {
    // Worked by hand from GMCR+'s procedure: [0,1,2,3] → move 2 to index 1 → [0,2,1,3]
    // → move 3 to index 2 → [0,2,3,1].
    expect(reorderOptionsByDm(4, [[2], [3]])).toEqual([0, 2, 3, 1]);
  });

  it('gives exactly the DM-grouped order whenever every option is owned (property)', () => {
    const partition = fc
      .integer({ min: 1, max: 7 })
      .chain((m) =>
        fc.tuple(
          fc.constant(m),
          fc.array(fc.integer({ min: 0, max: 2 }), { minLength: m, maxLength: m }),
          fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m }),
        ),
      );
    fc.assert(
      fc.property(partition, ([m, owners, shuffled]) => {
        const dms = [0, 1, 2].map((d) => shuffled.filter((o) => owners[o] === d));
        expect(reorderOptionsByDm(m, dms)).toEqual(dms.flat());
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
