import { describe, expect, it } from 'vitest';
import { pad, wrap, wrapHanging } from './wrap.ts';

describe('wrap', () => {
  it('breaks between words and never exceeds the width', () => {
    expect(wrap('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('breaks a word longer than the width', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps explicit line breaks and returns one empty line for empty text', () => {
    expect(wrap('a\nb', 10)).toEqual(['a', 'b']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('indents continuation lines under a list marker', () => {
    expect(wrapHanging('one two three', 9, '• ', '  ')).toEqual(['• one two', '  three']);
  });

  it('pads left, right and centre', () => {
    expect([pad('ab', 4), pad('ab', 4, 'right'), pad('ab', 4, 'center')]).toEqual([
      'ab  ',
      '  ab',
      ' ab ',
    ]);
  });
});
