/**
 * Offsets → 1-based line:col. Line breaks are `\n`, `\r\n` and a lone `\r` (as in YAML 1.2 and
 * editors); columns count UTF-16 code units, as editors' LSP positions do.
 *
 * The yaml package has its own `LineCounter`, but it only records the line breaks its lexer
 * tokenizes, so inside malformed flow collections it can miss lines (found by fuzzing); indexing
 * the text directly is exact.
 */
import type { SourcePosition } from './yamlLocator.ts';

export type PositionOf = (offset: number) => SourcePosition;

/** A function giving the line:col of any offset in `text` (clamped to the text). */
export function positionsIn(text: string): PositionOf {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - starts[lo]! + 1 };
  };
}
