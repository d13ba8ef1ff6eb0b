import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { positionsIn } from './textPositions.ts';

describe('positionsIn', () => {
  it('counts lines and columns from 1', () => {
    const at = positionsIn('ab\ncd');
    expect(at(0)).toEqual({ line: 1, col: 1 });
    expect(at(2)).toEqual({ line: 1, col: 3 });
    expect(at(3)).toEqual({ line: 2, col: 1 });
    expect(at(5)).toEqual({ line: 2, col: 3 });
  });

  it('treats \\r\\n as one line break and a lone \\r as a line break', () => {
    expect(positionsIn('a\r\nb')(3)).toEqual({ line: 2, col: 1 });
    expect(positionsIn('a\rb')(2)).toEqual({ line: 2, col: 1 });
  });

  it('clamps offsets outside the text', () => {
    expect(positionsIn('abc')(99)).toEqual({ line: 1, col: 4 });
    expect(positionsIn('abc')(-1)).toEqual({ line: 1, col: 1 });
  });

  it('agrees with splitting the text into lines (seed 21)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' '), maxLength: 40 }),
        fc.nat(40),
        (text, raw) => {
          const offset = raw % (text.length + 1);
          const before = text.slice(0, offset).split(/\r\n|\r|\n/);
          const expected = { line: before.length, col: before[before.length - 1]!.length + 1 };
          // An offset between \r and \n sits at the end of the first line.
          if (text[offset - 1] === '\r' && text[offset] === '\n') return;
          expect(positionsIn(text)(offset)).toEqual(expected);
        },
      ),
      { seed: 21, numRuns: 500 },
    );
  });
});
