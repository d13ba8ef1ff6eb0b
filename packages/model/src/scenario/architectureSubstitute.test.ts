import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Expr } from '../statement/ast.ts';
import { evaluate } from '../statement/evaluate.ts';
import { formatExpr } from '../statement/formatExpr.ts';
import { parseStatement } from '../statement/parseStatement.ts';
import { exprArb } from '../testing/arbitraries.ts';
import { substituteOptions } from './architectureSubstitute.ts';

const parse = (text: string): Expr<string> => {
  const parsed = parseStatement(text);
  if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
  return parsed.expr;
};
/** The statement with `r` never taken, as text or a constant. */
const withoutR = (text: string): string | boolean => {
  const result = substituteOptions(parse(text), new Map([['r', false]]));
  return typeof result === 'boolean' ? result : formatExpr(result);
};

describe('substituteOptions', () => {
  it('folds the constants away by the boolean identities', () => {
    expect(withoutR('a & r')).toBe(false);
    expect(withoutR('a | r')).toBe('a');
    expect(withoutR('a & !r & b')).toBe('a & b');
    expect(withoutR('a if r')).toBe(true);
    expect(withoutR('r if a')).toBe('!a');
    expect(withoutR('a iff r')).toBe('!a');
    expect(withoutR('!a iff r')).toBe('a');
    expect(withoutR('a iff !r')).toBe('a');
    expect(withoutR('r iff r')).toBe(true);
  });

  it('rewrites the statements of the flagship the way the format documents', () => {
    // DPRK: Yongbyon only against the declaration and relief; without the declaration, never.
    const dprk = 'dprk_dismantle iff (us_end_of_war & !us_max_pressure)';
    const noDeclaration = new Map([['us_end_of_war', false]]);
    expect(formatExpr(substituteOptions(parse(dprk), noDeclaration) as Expr<string>)).toBe(
      '!dprk_dismantle',
    );
  });

  it('leaves a statement without the known options as it was', () => {
    const e = parse('(a | b) if c');
    expect(substituteOptions(e, new Map([['r', true]]))).toEqual(e);
  });

  it('agrees with evaluating the original on every state (property, against the definition)', () => {
    const ids = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(
        exprArb(fc.constantFrom(...ids), 4),
        fc.dictionary(fc.constantFrom(...ids), fc.boolean()),
        fc.func(fc.boolean()),
        (expr, known, rest) => {
          const values = new Map(Object.entries(known));
          const taken = (o: string): boolean => values.get(o) ?? rest(o);
          const result = substituteOptions(expr, values);
          const got = typeof result === 'boolean' ? result : evaluate(result, taken);
          expect(got).toBe(evaluate(expr, taken));
          if (typeof result !== 'boolean') {
            for (const id of values.keys())
              expect(formatExpr(result)).not.toMatch(new RegExp(`\\b${id}\\b`));
          }
        },
      ),
      { seed: 20180612, numRuns: 2000 },
    );
  });
});
