import type { Diagnostic } from '@parley/model';
import { describe, expect, it } from 'vitest';
import { atCaret, lineStarts, offsetOf, segments, underlines } from './underlines.ts';

const diag = (
  line: number,
  col: number,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic => ({
  code: 'x',
  severity,
  path: '',
  line,
  col,
  message: 'm',
});

const TEXT = 'actors:\n  - id: usa\n    capabilty: 40\n';

describe('editor underlines', () => {
  it('find the offset of a line and column', () => {
    const starts = lineStarts(TEXT);
    expect(starts).toEqual([0, 8, 20, 38]);
    expect(TEXT.slice(offsetOf(starts, TEXT, 3, 5))).toMatch(/^capabilty/);
  });

  it('clamp a column past the end of its line to the line end', () => {
    const starts = lineStarts(TEXT);
    expect(offsetOf(starts, TEXT, 1, 99)).toBe(7);
  });

  it('underline the key a diagnostic points at, without its colon', () => {
    const [u] = underlines(TEXT, [diag(3, 5)]);
    expect(TEXT.slice(u!.start, u!.end)).toBe('capabilty');
  });

  it('underline a quoted scalar whole', () => {
    const text = "statements: ['!p2 &', x]\n";
    const [u] = underlines(text, [diag(1, 14)]);
    expect(text.slice(u!.start, u!.end)).toBe("'!p2 &'");
  });

  it('underline one character at punctuation', () => {
    const [u] = underlines('a: {\n', [diag(1, 4)]);
    expect(u!.end - u!.start).toBe(1);
  });

  it('leave diagnostics without a position out', () => {
    expect(underlines(TEXT, [{ ...diag(1, 1), line: undefined }])).toEqual([]);
  });

  it('cut the text so that the pieces join back to it, errors winning over warnings', () => {
    const marks = underlines(TEXT, [diag(3, 5, 'warning'), diag(3, 5)]);
    const pieces = segments(TEXT, marks);
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
    expect(pieces.find((p) => p.text === 'capabilty')?.underline?.severity).toBe('error');
  });

  it('give something to draw under a problem at the very end of the text', () => {
    const pieces = segments('a:', underlines('a:', [diag(1, 3)]));
    expect(pieces.at(-1)).toMatchObject({ text: ' ', underline: { start: 2 } });
  });

  it('tell which problems sit under the caret', () => {
    const marks = underlines(TEXT, [diag(3, 5)]);
    expect(atCaret(marks, marks[0]!.start + 3)).toHaveLength(1);
    expect(atCaret(marks, 0)).toHaveLength(0);
  });
});
