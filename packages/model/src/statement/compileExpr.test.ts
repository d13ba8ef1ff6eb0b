import { describe, expect, it } from 'vitest';
import { compileExpr, mapOptions, UnknownOptionError } from './compileExpr.ts';
import { parseStatement } from './parseStatement.ts';

const expr = (text: string) => {
  const r = parseStatement(text);
  if (!r.ok) throw new Error(text);
  return r.expr;
};

describe('compileExpr', () => {
  const index = new Map([
    ['halt_tests', 0],
    ['lift_sanctions', 1],
    ['summit', 2],
  ]);

  it('replaces every option id by its bit index', () => {
    expect(compileExpr(expr('summit if halt_tests & !lift_sanctions'), index)).toEqual({
      kind: 'if',
      consequent: { kind: 'option', option: 2 },
      antecedent: {
        kind: 'and',
        operands: [
          { kind: 'option', option: 0 },
          { kind: 'not', operand: { kind: 'option', option: 1 } },
        ],
      },
    });
  });

  it('throws a typed error for an option the index does not know (a programmer error)', () => {
    expect(() => compileExpr(expr('summit | strike'), index)).toThrow(UnknownOptionError);
    try {
      compileExpr(expr('strike'), index);
    } catch (error) {
      expect((error as UnknownOptionError).code).toBe('unknown-option');
      expect((error as UnknownOptionError).option).toBe('strike');
    }
  });

  it('mapOptions keeps the shape of iff nodes', () => {
    expect(mapOptions(expr('a iff b'), (s) => s.toUpperCase())).toEqual({
      kind: 'iff',
      left: { kind: 'option', option: 'A' },
      right: { kind: 'option', option: 'B' },
    });
  });
});
