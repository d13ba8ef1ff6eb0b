import { describe, expect, it } from 'vitest';
import { groupOf, moveActor, partitionValue, readPartition } from './coalitions.ts';

describe('coalitions as a partition', () => {
  it('reads the groups as written and gives each unlisted actor its own group', () => {
    expect(readPartition([['usa', 'rok']], ['usa', 'dprk', 'rok'])).toEqual({
      groups: [['usa', 'rok'], ['dprk']],
      repeated: [],
    });
  });

  it('keeps an actor written in two coalitions in the first only, and says so', () => {
    expect(
      readPartition(
        [
          ['usa', 'rok'],
          ['rok', 'dprk'],
        ],
        ['usa', 'dprk', 'rok'],
      ),
    ).toEqual({
      groups: [['usa', 'rok'], ['dprk']],
      repeated: ['rok'],
    });
  });

  it('moves an actor out of its coalition into another, never into two', () => {
    const groups = moveActor([['usa', 'rok'], ['dprk']], 'rok', 1);
    expect(groups).toEqual([['usa'], ['dprk', 'rok']]);
    expect(groups.flat().filter((id) => id === 'rok')).toHaveLength(1);
    expect(groupOf(groups, 'rok')).toBe(1);
  });

  it('lets an actor stand alone, and drops the coalition it leaves empty', () => {
    expect(moveActor([['usa'], ['dprk', 'rok']], 'usa', 'alone')).toEqual([
      ['dprk', 'rok'],
      ['usa'],
    ]);
  });

  it('writes nothing when everyone stands alone (the default)', () => {
    expect(partitionValue([['usa'], ['dprk']])).toBeUndefined();
    expect(partitionValue([['usa', 'rok'], ['dprk']])).toEqual([['usa', 'rok'], ['dprk']]);
  });
});
