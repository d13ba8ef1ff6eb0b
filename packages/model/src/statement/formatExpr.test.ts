import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exprArb, optionIdArb } from '../testing/arbitraries.ts';
import { formatExpr } from './formatExpr.ts';
import { parseStatement } from './parseStatement.ts';

const reformat = (text: string): string => {
  const r = parseStatement(text);
  if (!r.ok) throw new Error(text);
  return formatExpr(r.expr);
};

describe('formatExpr', () => {
  it('drops parentheses the binding strengths make redundant', () => {
    expect(reformat('((a) & (!b)) | (c)')).toBe('a & !b | c');
    expect(reformat('(a | b) if (c & d)')).toBe('a | b if c & d');
  });

  it('keeps the parentheses that change the meaning or the tree', () => {
    expect(reformat('(a | b) & c')).toBe('(a | b) & c');
    expect(reformat('!(a & b)')).toBe('!(a & b)');
    expect(reformat('(a & b) & c')).toBe('(a & b) & c');
    expect(reformat('(a if b) iff c')).toBe('(a if b) iff c');
  });

  it('names numeric options through the given function', () => {
    const names = ['halt', 'lift'];
    expect(
      formatExpr({ kind: 'not', operand: { kind: 'option', option: 1 } }, (k) => names[k]!),
    ).toBe('!lift');
  });

  it('round-trips: parsing the formatted text gives back the same tree (random trees, seed 42)', () => {
    fc.assert(
      fc.property(exprArb(optionIdArb), (expr) => {
        const again = parseStatement(formatExpr(expr));
        expect(again).toEqual({ ok: true, expr });
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
