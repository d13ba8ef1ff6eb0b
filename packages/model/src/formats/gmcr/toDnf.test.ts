import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../statement/ast.ts';
import { compileExpr } from '../../statement/compileExpr.ts';
import { evaluate } from '../../statement/evaluate.ts';
import { parseStatement } from '../../statement/parseStatement.ts';
import { exprArb } from '../../testing/arbitraries.ts';
import { toDnf, type Dnf } from './toDnf.ts';

const INDEX = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2],
]);

function compile(text: string): Expr<number> {
  const parsed = parseStatement(text);
  if (!parsed.ok) throw new Error(`bad test statement ${text}`);
  return compileExpr(parsed.expr, INDEX);
}

/** DNF written compactly: `a&!b | c`. */
const show = (dnf: Dnf): string =>
  dnf.map((t) => t.map((l) => `${l.taken ? '' : '!'}${'abc'[l.option]}`).join('&')).join(' | ');

const holds = (dnf: Dnf, state: number): boolean =>
  dnf.some((term) => term.every((l) => ((state >> l.option) & 1) === (l.taken ? 1 : 0)));

describe('toDnf', () => {
  it('keeps an AND of literals as a single term', () => {
    expect(show(toDnf(compile('a & !b')))).toBe('a&!b');
  });

  it('distributes AND over OR', () => {
    expect(show(toDnf(compile('a & (b | c)')))).toBe('a&b | a&c');
  });

  it('pushes negation inward (De Morgan)', () => {
    expect(show(toDnf(compile('!(a & b)')))).toBe('!a | !b');
    expect(show(toDnf(compile('!(a | b)')))).toBe('!a&!b');
  });

  it('writes `q if p` as ¬p ∨ q and its negation as p ∧ ¬q', () => {
    expect(show(toDnf(compile('b if a')))).toBe('!a | b');
    expect(show(toDnf(compile('!(b if a)')))).toBe('a&!b');
  });

  it('writes `q iff p` as (p ∧ q) ∨ (¬p ∧ ¬q), and its negation as the two mixed terms', () => {
    expect(show(toDnf(compile('b iff a')))).toBe('b&a | !b&!a');
    expect(show(toDnf(compile('!(b iff a)')))).toBe('b&!a | !b&a');
  });

  it('merges a repeated literal and drops a contradictory term', () => {
    expect(show(toDnf(compile('a & a & b')))).toBe('a&b');
    expect(toDnf(compile('a & !a'))).toEqual([]);
    expect(show(toDnf(compile('(a & !a) | c')))).toBe('c');
  });

  it('absorbs a term that contains another and removes duplicate terms', () => {
    expect(show(toDnf(compile('a | (a & b)')))).toBe('a');
    expect(show(toDnf(compile('(a & b) | (b & a)')))).toBe('a&b');
  });

  it('gives one empty term (true) for an AND of nothing, but does not look for hidden tautologies', () => {
    expect(toDnf({ kind: 'and', operands: [] })).toEqual([[]]);
    expect(show(toDnf(compile('a | !a')))).toBe('a | !a');
  });

  it('is equivalent to the expression on every state (property, 4 options)', () => {
    fc.assert(
      fc.property(exprArb(fc.integer({ min: 0, max: 3 }), 4), (expr) => {
        const dnf = toDnf(expr);
        for (let state = 0; state < 16; state++) {
          const truth = evaluate(expr, (k) => ((state >> k) & 1) === 1);
          if (holds(dnf, state) !== truth) return false;
        }
        return true;
      }),
      { seed: 20240601, numRuns: 400 },
    );
  });

  it('keeps literals in order of appearance', () => {
    expect(show(toDnf(compile('c & !a & b')))).toBe('c&!a&b');
  });

  it('returns terms with each option once and no term inside another (property)', () => {
    fc.assert(
      fc.property(exprArb(fc.integer({ min: 0, max: 3 }), 4), (expr) => {
        const dnf = toDnf(expr);
        const key = (t: Dnf[number]) => new Map(t.map((l) => [l.option, l.taken]));
        return dnf.every((term, i) => {
          const once = new Set(term.map((l) => l.option)).size === term.length;
          const absorbed = dnf.some(
            (other, j) => j !== i && other.every((l) => key(term).get(l.option) === l.taken),
          );
          return once && !absorbed;
        });
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
