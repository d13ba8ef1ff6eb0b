import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readGambit } from './readGambit.ts';

// Time-boxed fuzzing with a fixed seed (research/ecosystem.md: fast-check as the fuzzer): the
// readers must turn any input into diagnostics, never throw.
const SEEDS = [
  `NFG 1 R "pennies" { "A" "B" } { { "H" "T" } { "H" "T" } } "c"\n1 -1 -1 1 -1 1 1 -1\n`,
  `NFG 1 R "o" { "A" "B" } { 2 2 }\n{ { "x" 1, 2 } { "" 3/4 .5 } }\n1 2 0 1\n`,
  `EFG 2 R "t" { "P1" "P2" } ""\nc "" 1 "n" { "a" 1/2 "b" 1/2 } 0\np "" 1 1 "i" { "L" "R" } 1 "o" { 1, -1 }\nt "" 2 "x" { 0, 1e-3 }\nt "" 0\np "" 2 1 "j" { "l" } 0\nt "" 1\n`,
];
const ALPHABET = [
  '{',
  '}',
  ',',
  '"',
  '\\',
  ' ',
  '\n',
  'NFG',
  'EFG',
  '1',
  '2',
  'R',
  'p',
  'c',
  't',
  '-',
  '.',
  '/',
  'e',
  '0',
  '+',
  '#',
];

const located = (text: string) => {
  const result = readGambit(text, 'fuzz');
  for (const d of result.diagnostics) {
    expect(d.line === undefined || (d.line >= 1 && (d.col ?? 1) >= 1)).toBe(true);
    expect(typeof d.message).toBe('string');
  }
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
};

describe('readGambit under fuzzing', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), located), {
      numRuns: 100_000,
      interruptAfterTimeLimit: 3_000,
      seed: 20260101,
    });
  });

  it('never throws on token soup built from Gambit syntax', () => {
    const soup = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((t) => t.join(' '));
    fc.assert(fc.property(soup, located), {
      numRuns: 100_000,
      interruptAfterTimeLimit: 3_000,
      seed: 7,
    });
  });

  it('never throws on mutations of valid files (deletions, insertions, duplications)', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.nat(), fc.constantFrom(...ALPHABET), fc.nat(2))
      .map(([text, a, b, token, op]) => {
        const i = a % (text.length + 1);
        const j = Math.min(text.length, i + (b % 12));
        if (op === 0) return text.slice(0, i) + text.slice(j);
        if (op === 1) return text.slice(0, i) + token + text.slice(i);
        return text.slice(0, j) + text.slice(i, j) + text.slice(j);
      });
    fc.assert(fc.property(mutated, located), {
      numRuns: 100_000,
      interruptAfterTimeLimit: 3_000,
      seed: 99,
    });
  });
});
