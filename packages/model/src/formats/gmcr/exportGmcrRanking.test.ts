import { describe, expect, it } from 'vitest';
import { gmcrDecimalOf } from './exportGmcrRanking.ts';

describe('gmcrDecimalOf', () => {
  it('reads Y/N letters in scenario order and weighs them by GMCR+ bit', () => {
    // GMCR+ bit 0 holds scenario option 2, bit 1 option 0, bit 2 option 1.
    expect(gmcrDecimalOf('YNN', [2, 0, 1])).toBe(2);
    expect(gmcrDecimalOf('NNY', [2, 0, 1])).toBe(1);
    expect(gmcrDecimalOf('YYY', [2, 0, 1])).toBe(7);
  });

  it('rejects strings of the wrong length or with other letters', () => {
    expect(gmcrDecimalOf('YN', [0, 1, 2])).toBeUndefined();
    expect(gmcrDecimalOf('YNX', [0, 1, 2])).toBeUndefined();
  });
});
