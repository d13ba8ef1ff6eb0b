import { describe, expect, it } from 'vitest';
import { gmcrConditionName } from './gmcrFile.ts';

describe('gmcrConditionName (GMCR+ condition identity)', () => {
  it('is the Y/N/dash pattern of a simple condition', () => {
    expect(
      gmcrConditionName(
        [
          [2, 'Y'],
          [0, 'N'],
        ],
        4,
      ),
    ).toBe('N-Y-');
  });

  it('lets a later literal on the same option overwrite an earlier one, as GMCR+ does', () => {
    expect(
      gmcrConditionName(
        [
          [0, 'Y'],
          [0, 'N'],
        ],
        2,
      ),
    ).toBe('N-');
  });

  it('sorts the member patterns of a compound, so member order does not matter', () => {
    const ab = gmcrConditionName({ compound: true, members: [[[0, 'Y']], [[1, 'Y']]] }, 2);
    const ba = gmcrConditionName({ compound: true, members: [[[1, 'Y']], [[0, 'Y']]] }, 2);
    expect([ab, ba]).toEqual(['-Y, Y-', '-Y, Y-']);
  });
});
