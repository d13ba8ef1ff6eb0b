import { describe, expect, it } from 'vitest';
import { optionsIn } from './optionsIn.ts';
import { parseStatement } from './parseStatement.ts';

describe('optionsIn', () => {
  it('lists each mentioned option once, in order of first appearance', () => {
    const r = parseStatement('(c if a) & !b | a iff d');
    if (!r.ok) throw new Error('parse');
    expect(optionsIn(r.expr)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('works for numeric options', () => {
    expect(optionsIn({ kind: 'not', operand: { kind: 'option', option: 3 } })).toEqual([3]);
  });
});
