import { describe, expect, it } from 'vitest';
import { evaluate } from '../../statement/evaluate.ts';
import { formatExpr } from '../../statement/formatExpr.ts';
import { conditionToExpr } from './conditionToExpr.ts';
import type { GmcrAnyCondition } from './gmcrFile.ts';

const NAMES = ['a', 'b', 'c'];

function text(condition: GmcrAnyCondition): string {
  const meaning = conditionToExpr(condition);
  return meaning.kind === 'expr'
    ? formatExpr(meaning.expr, (k) => NAMES[k] as string)
    : meaning.kind;
}

/** The condition's own truth (GMCR+: a compound holds when any member's literals all hold). */
function gmcrHolds(condition: GmcrAnyCondition, state: number): boolean {
  const members = Array.isArray(condition) ? [condition] : condition.members;
  return members.some((m) => m.every(([k, yn]) => ((state >> k) & 1) === (yn === 'Y' ? 1 : 0)));
}

function sameTruthTable(condition: GmcrAnyCondition): boolean {
  const meaning = conditionToExpr(condition);
  if (meaning.kind !== 'expr') return false;
  for (let state = 0; state < 8; state++) {
    if (evaluate(meaning.expr, (k) => ((state >> k) & 1) === 1) !== gmcrHolds(condition, state))
      return false;
  }
  return true;
}

describe('conditionToExpr', () => {
  it('writes a simple condition as the AND of its literals, in file order', () => {
    expect(
      text([
        [1, 'Y'],
        [0, 'N'],
      ]),
    ).toBe('b & !a');
    expect(text([[2, 'N']])).toBe('!c');
  });

  it('writes a compound as the OR of its members (Chicken: "either driver swerves")', () => {
    const either: GmcrAnyCondition = { compound: true, members: [[[0, 'Y']], [[1, 'Y']]] };
    expect(text(either)).toBe('a | b');
    expect(sameTruthTable(either)).toBe(true);
  });

  it("recognises GMCR+'s `q if p` encoding {p∧q, ¬p∧q, ¬p∧¬q}", () => {
    // As GMCR+ stores "2 if 1" (1-based): p = option 0, q = option 1.
    const ifEncoding: GmcrAnyCondition = {
      compound: true,
      members: [
        [
          [0, 'Y'],
          [1, 'Y'],
        ],
        [
          [0, 'N'],
          [1, 'Y'],
        ],
        [
          [0, 'N'],
          [1, 'N'],
        ],
      ],
    };
    expect(text(ifEncoding)).toBe('b if a');
    expect(sameTruthTable(ifEncoding)).toBe(true);
  });

  it('keeps negated literals of an `if` (GMCR+ "-1 if -3")', () => {
    const negated: GmcrAnyCondition = {
      compound: true,
      members: [
        [
          [2, 'N'],
          [0, 'N'],
        ],
        [
          [2, 'Y'],
          [0, 'N'],
        ],
        [
          [2, 'Y'],
          [0, 'Y'],
        ],
      ],
    };
    expect(text(negated)).toBe('!a if !c');
    expect(sameTruthTable(negated)).toBe(true);
  });

  it("recognises GMCR+'s `q iff p` encoding {p∧q, ¬p∧¬q}", () => {
    const iff: GmcrAnyCondition = {
      compound: true,
      members: [
        [
          [0, 'Y'],
          [2, 'Y'],
        ],
        [
          [0, 'N'],
          [2, 'N'],
        ],
      ],
    };
    expect(text(iff)).toBe('c iff a');
    expect(sameTruthTable(iff)).toBe(true);
  });

  it('falls back to a disjunction when the members only look like an implication', () => {
    const threeOptions: GmcrAnyCondition = {
      compound: true,
      members: [
        [
          [0, 'Y'],
          [1, 'Y'],
        ],
        [
          [0, 'N'],
          [2, 'Y'],
        ],
        [
          [0, 'N'],
          [1, 'N'],
        ],
      ],
    };
    expect(text(threeOptions)).toBe('a & b | !a & c | !a & !b');
    expect(sameTruthTable(threeOptions)).toBe(true);
    const twoOfFour: GmcrAnyCondition = {
      compound: true,
      members: [
        [
          [0, 'Y'],
          [1, 'Y'],
        ],
        [
          [0, 'Y'],
          [1, 'N'],
        ],
      ],
    };
    expect(text(twoOfFour)).toBe('a & b | a & !b');
  });

  it('reports conditions without literals as constants', () => {
    expect(conditionToExpr([]).kind).toBe('always');
    expect(conditionToExpr({ compound: true, members: [] }).kind).toBe('never');
    expect(conditionToExpr({ compound: true, members: [[[0, 'Y']], []] }).kind).toBe('always');
  });
});
