import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.ts';
import { evaluate } from './evaluate.ts';
import { parseStatement } from './parseStatement.ts';

function truth(text: string, taken: readonly string[]): boolean {
  const result = parseStatement(text);
  if (!result.ok) throw new Error(text);
  return evaluate(result.expr, (o) => taken.includes(o));
}

describe('evaluate', () => {
  it('gives the truth table of `q if p` (p → q): false only when p holds and q does not', () => {
    expect(truth('q if p', [])).toBe(true);
    expect(truth('q if p', ['q'])).toBe(true);
    expect(truth('q if p', ['p'])).toBe(false);
    expect(truth('q if p', ['p', 'q'])).toBe(true);
  });

  it('gives the truth table of `q iff p`: true when both agree', () => {
    expect(truth('q iff p', [])).toBe(true);
    expect(truth('q iff p', ['q'])).toBe(false);
    expect(truth('q iff p', ['p'])).toBe(false);
    expect(truth('q iff p', ['p', 'q'])).toBe(true);
  });

  it('combines !, & and | as usual', () => {
    expect(truth('a & !b', ['a'])).toBe(true);
    expect(truth('a & !b', ['a', 'b'])).toBe(false);
    expect(truth('!(a | b)', [])).toBe(true);
    expect(truth('a | b & c', ['a'])).toBe(true);
    expect(truth('(a | b) & c', ['a'])).toBe(false);
  });

  it('works on compiled expressions with numeric options', () => {
    const bit = (decimal: number) => (k: number) => ((decimal >> k) & 1) === 1;
    const expr: Expr<number> = {
      kind: 'and',
      operands: [
        { kind: 'option', option: 0 },
        { kind: 'option', option: 2 },
      ],
    };
    expect(evaluate(expr, bit(0b101))).toBe(true);
    expect(evaluate(expr, bit(0b001))).toBe(false);
  });
});
