import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMap, isScalar, parseDocument, Scalar, stringify } from 'yaml';
import { scalarSourceOffset } from './scalarOffset.ts';

/** The scalar under key `s` in a one-key document. */
function scalarOf(source: string): Scalar {
  const doc = parseDocument(source);
  const contents = doc.contents;
  if (!isMap(contents)) throw new Error('expected a mapping');
  const node = contents.items[0]!.value;
  if (!isScalar(node)) throw new Error('expected a scalar');
  return node;
}

const charAt = (source: string, value: number, scalar: Scalar) =>
  source[scalarSourceOffset(source, scalar, value)];

describe('scalarSourceOffset', () => {
  it('maps plain scalars one to one', () => {
    const source = 's: a & b\n';
    const scalar = scalarOf(source);
    expect(scalarSourceOffset(source, scalar, 4)).toBe(7);
  });

  it('skips the quote and counts each escape as one character in double-quoted scalars', () => {
    const source = 's: "\\"x\\" & \\u00e9 | b"\n';
    const scalar = scalarOf(source);
    expect(scalar.value).toBe('"x" & é | b');
    expect(charAt(source, 1, scalar)).toBe('x');
    expect(charAt(source, 10, scalar)).toBe('b');
    expect(charAt(source, 6, scalar)).toBe('\\'); // é comes from the \u00e9 escape
  });

  it("counts '' as one character in single-quoted scalars", () => {
    const source = "s: 'it''s & b'\n";
    const scalar = scalarOf(source);
    expect(charAt(source, 7, scalar)).toBe('b');
  });

  it('maps block scalars line by line without the indentation', () => {
    const source = 's: |\n  a &\n  b\n';
    const scalar = scalarOf(source);
    expect(scalar.value).toBe('a &\nb\n');
    expect(scalarSourceOffset(source, scalar, 4)).toBe(source.indexOf('b'));
  });

  it('maps folded multi-line plain scalars, a line break counting as one space', () => {
    const source = 's: a &\n  b\n';
    const scalar = scalarOf(source);
    expect(scalar.value).toBe('a & b');
    expect(charAt(source, 4, scalar)).toBe('b');
  });

  it('points one past the last character for the end of the value', () => {
    const source = 's: "a &"\n';
    expect(scalarSourceOffset(source, scalarOf(source), 3)).toBe(source.indexOf('&') + 1);
  });

  it('lands on the very character for every letter, whatever style yaml writes (random strings, seed 11)', () => {
    const styles = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'] as const;
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '&', '"', "'", '\\', '\n', 'é', '😀', '#', ':', '\t'),
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, fc.constantFrom(...styles), (value, type) => {
        const source = stringify({ s: value }, { defaultStringType: type, lineWidth: 0 });
        const scalar = scalarOf(source);
        fc.pre(scalar.value === value);
        let previous = -1;
        for (let k = 0; k < value.length; k++) {
          const at = scalarSourceOffset(source, scalar, k);
          expect(at).toBeGreaterThanOrEqual(previous);
          previous = at;
          if (value[k] === 'a' || value[k] === 'b') expect(source[at]).toBe(value[k]);
        }
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});
