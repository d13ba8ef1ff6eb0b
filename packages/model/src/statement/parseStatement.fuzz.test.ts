/**
 * Fuzzing the statement parser: arbitrary text and arbitrary token soups must produce either a
 * tree or well-formed diagnostics — never an exception and never a column outside the text.
 * Seeds are fixed so CI is deterministic; each property is time-boxed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatExpr } from './formatExpr.ts';
import { parseStatement } from './parseStatement.ts';

const TIME_LIMIT_MS = 2_000;

function checkParse(text: string): void {
  const result = parseStatement(text);
  if (result.ok) {
    // Whatever parses also survives a format → parse round trip.
    expect(parseStatement(formatExpr(result.expr))).toEqual(result);
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(d.code).toBe('statement-syntax');
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.hint?.length).toBeGreaterThan(0);
    expect(d.path).toBe('');
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.col).toBeLessThanOrEqual(text.length + 1);
  }
}

const tokenSoup = fc
  .array(
    fc.constantFrom(
      'a',
      'b2',
      'x.y',
      'and',
      'not',
      '&',
      '&&',
      '|',
      '!',
      '(',
      ')',
      'if',
      'IFF',
      '-',
      '1',
      ' ',
      '~',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

describe('parseStatement fuzz', () => {
  it('returns a tree or diagnostics for arbitrary text (seed 1)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), checkParse), {
      seed: 1,
      numRuns: 20_000,
      interruptAfterTimeLimit: TIME_LIMIT_MS,
    });
  });

  it('returns a tree or diagnostics for random token sequences (seed 2)', () => {
    fc.assert(fc.property(tokenSoup, checkParse), {
      seed: 2,
      numRuns: 20_000,
      interruptAfterTimeLimit: TIME_LIMIT_MS,
    });
  });

  it('returns a tree or diagnostics for unspaced token sequences (seed 3)', () => {
    const unspaced = fc
      .array(fc.constantFrom('a', 'b', '&', '|', '!', '(', ')', ' if ', ' iff '), { maxLength: 25 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(unspaced, checkParse), {
      seed: 3,
      numRuns: 20_000,
      interruptAfterTimeLimit: TIME_LIMIT_MS,
    });
  });
});
