import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.ts';
import { MAX_STATEMENT_DEPTH, parseStatement } from './parseStatement.ts';

const o = (option: string): Expr => ({ kind: 'option', option });

function parsed(text: string): Expr {
  const result = parseStatement(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.diagnostics[0]?.message}`);
  return result.expr;
}

function problem(text: string) {
  const result = parseStatement(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected`);
  expect(
    result.diagnostics.every((d) => d.code === 'statement-syntax' && d.severity === 'error'),
  ).toBe(true);
  return result.diagnostics[0]!;
}

describe('parseStatement: well-formed statements', () => {
  it('reads a single option id, including ids with digits, `_`, `-` and `.`', () => {
    expect(parsed('lift_sanctions')).toEqual(o('lift_sanctions'));
    expect(parsed('  usa.strike-2 ')).toEqual(o('usa.strike-2'));
  });

  it('binds ! tighter than &, & tighter than |, and | tighter than if', () => {
    expect(parsed('!a & b | c if d')).toEqual({
      kind: 'if',
      consequent: {
        kind: 'or',
        operands: [{ kind: 'and', operands: [{ kind: 'not', operand: o('a') }, o('b')] }, o('c')],
      },
      antecedent: o('d'),
    });
  });

  it('puts the consequent first, as GMCR+ does: `q if p` means p → q', () => {
    expect(parsed('q if p')).toEqual({ kind: 'if', consequent: o('q'), antecedent: o('p') });
    expect(parsed('q IFF p')).toEqual({ kind: 'iff', left: o('q'), right: o('p') });
  });

  it('flattens chains of one operator into one n-ary node', () => {
    expect(parsed('a & b & c')).toEqual({ kind: 'and', operands: [o('a'), o('b'), o('c')] });
    expect(parsed('a|b|c')).toEqual({ kind: 'or', operands: [o('a'), o('b'), o('c')] });
  });

  it('keeps explicit parentheses as structure', () => {
    expect(parsed('(a & b) & c')).toEqual({
      kind: 'and',
      operands: [{ kind: 'and', operands: [o('a'), o('b')] }, o('c')],
    });
    expect(parsed('!(a | b)')).toEqual({
      kind: 'not',
      operand: { kind: 'or', operands: [o('a'), o('b')] },
    });
    expect(parsed('(a if b) iff c')).toEqual({
      kind: 'iff',
      left: { kind: 'if', consequent: o('a'), antecedent: o('b') },
      right: o('c'),
    });
  });

  it('treats the words and/or/not as ordinary option ids', () => {
    expect(parsed('not')).toEqual(o('not'));
    expect(parsed('and & or')).toEqual({ kind: 'and', operands: [o('and'), o('or')] });
  });
});

describe('parseStatement: diagnostics', () => {
  it('reports a missing operand after & at the end of the text', () => {
    const d = problem('a &');
    expect(d.message).toBe("expected an option id after '&'");
    expect(d.col).toBe(4);
    expect(d.path).toBe('');
    expect(d.hint).toBeTruthy();
  });

  it('points at the opening parenthesis of an unclosed group', () => {
    const d = problem('a & (b | c');
    expect(d.message).toBe("unclosed '('");
    expect(d.col).toBe(5);
  });

  it('reports an unmatched closing parenthesis', () => {
    expect(problem('a)').message).toBe("unmatched ')'");
    expect(problem(')').col).toBe(1);
  });

  it('suggests a single & for &&', () => {
    const d = problem('a && b');
    expect(d.message).toBe("expected an option id after '&', found '&'");
    expect(d.col).toBe(4);
    expect(d.hint).toBe("write a single '&'");
  });

  it('asks for an operator between two adjacent options, and suggests & for the word and', () => {
    const d = problem('a b');
    expect(d.message).toBe('expected an operator between `a` and `b`');
    expect(d.col).toBe(3);
    expect(problem('a and b').hint).toBe('write `&` for "and"');
    expect(problem('not a').hint).toBe('write `!a` for "not a"');
  });

  it('refuses chained if/iff and suggests parentheses', () => {
    const d = problem('a if b iff c');
    expect(d.message).toBe("'if' and 'iff' cannot be chained");
    expect(d.col).toBe(8);
    expect(d.hint).toContain('parentheses');
  });

  it('explains the GMCR+ order when a statement starts with if', () => {
    const d = problem('if p');
    expect(d.message).toBe("'if' needs a consequent on its left");
    expect(d.hint).toContain('q if p');
  });

  it('reports an empty statement and empty parentheses', () => {
    expect(problem('   ').message).toBe('the statement is empty');
    expect(problem('a & ()').message).toBe('empty parentheses');
  });

  it('explains GMCR+ numeric option references and - for negation', () => {
    const numeric = problem('1 & 2');
    expect(numeric.message).toBe('`1` is not an option id: ids start with a letter');
    expect(numeric.hint).toContain('GMCR+ numbers its options');
    const minus = problem('-a');
    expect(minus.message).toBe("unexpected character '-'");
    expect(minus.hint).toContain('`!`');
  });

  it('reports every stray character, with its column', () => {
    const result = parseStatement('a ~ b # c');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.col)).toEqual([3, 7]);
  });

  it('counts columns in UTF-16 code units, one per astral character reported', () => {
    const d = problem('a & 😀');
    expect(d.message).toBe("unexpected character '😀'");
    expect(d.col).toBe(5);
  });

  it(`rejects nesting deeper than ${MAX_STATEMENT_DEPTH} levels instead of overflowing the stack`, () => {
    const deep = '('.repeat(10_000) + 'a' + ')'.repeat(10_000);
    expect(problem(deep).message).toContain('nests deeper');
    expect(problem('!'.repeat(10_000) + 'a').message).toContain('nests deeper');
    expect(
      parseStatement('('.repeat(MAX_STATEMENT_DEPTH) + 'a' + ')'.repeat(MAX_STATEMENT_DEPTH)).ok,
    ).toBe(true);
  });
});
