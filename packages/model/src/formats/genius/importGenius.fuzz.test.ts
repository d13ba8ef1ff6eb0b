/**
 * Fuzzing the GENIUS importer: arbitrary text, and the fixture files with random edits, must
 * give a result or well-formed diagnostics — never an exception, never a position outside the
 * file. Seeds are fixed so CI is deterministic; each property is time-boxed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Diagnostic } from '../../diagnostic.ts';
import { DOMAIN, GUEST, HOST } from './fixtures/partyPlanning.ts';
import { importGenius } from './importGenius.ts';

const TIME_LIMIT_MS = 2_000;
const files = { domain: 'd.xml', profiles: ['a.xml', 'b.xml'] };

function wellFormed(d: Diagnostic, texts: Record<string, string>): void {
  expect(d.code.length).toBeGreaterThan(0);
  expect(d.message.length).toBeGreaterThan(0);
  if (d.line === undefined) return;
  const text = texts[d.file ?? ''] ?? '';
  expect(d.line).toBeGreaterThanOrEqual(1);
  expect(d.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
  expect(d.col).toBeGreaterThanOrEqual(1);
}

function check(domain: string, a: string, b: string): void {
  const result = importGenius(domain, [a, b], { files });
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of result.diagnostics) wellFormed(d, { 'd.xml': domain, 'a.xml': a, 'b.xml': b });
}

/** A text with `edits` random splices of XML-ish fragments. */
const edited = (text: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: text.length }),
        fc.nat({ max: 12 }),
        fc.constantFrom(
          '',
          '<',
          '>',
          '/>',
          '"',
          '=',
          'index="x"',
          'type="integer"',
          '<item value="Hall"/>',
          '<weight index="5" value="-1"/>',
          '&amp;',
          '&bogus;',
          '\n',
          'é',
          '<!-- -->',
        ),
      ),
      { maxLength: 4 },
    )
    .map((edits) =>
      edits.reduce((t, [at, cut, insert]) => t.slice(0, at) + insert + t.slice(at + cut), text),
    );

describe('importGenius fuzz', () => {
  it('returns a domain or diagnostics for arbitrary text (seed 41)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (domain, profile) =>
        check(domain, profile, profile),
      ),
      { seed: 41, numRuns: 5_000, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
  });

  it('returns a domain or diagnostics for randomly edited GENIUS files (seed 42)', () => {
    fc.assert(fc.property(edited(DOMAIN), edited(HOST), edited(GUEST), check), {
      seed: 42,
      numRuns: 5_000,
      interruptAfterTimeLimit: TIME_LIMIT_MS,
    });
  });
});
