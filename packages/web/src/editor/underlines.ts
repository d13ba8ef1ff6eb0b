/**
 * Where to underline diagnostics in the editor. A diagnostic points at a line and column (1-based,
 * as @parley/model reports them); the underline covers the token that starts there — a key, a
 * scalar, an id — or one character when the position holds punctuation or the line's end.
 */
import type { Diagnostic } from '@parley/model';

export interface Underline {
  start: number;
  end: number;
  severity: Diagnostic['severity'];
  /** Index into the diagnostics list. */
  index: number;
}

export interface Segment {
  text: string;
  /** The underline covering this piece of text, if any (errors win over warnings). */
  underline?: Underline;
}

/** Start offset of each line (line k starts at starts[k - 1]). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The text offset of a 1-based line:col, clamped into the text. */
export function offsetOf(starts: readonly number[], text: string, line: number, col = 1): number {
  const l = Math.min(Math.max(line, 1), starts.length);
  const lineStart = starts[l - 1]!;
  const lineEnd = l < starts.length ? starts[l]! - 1 : text.length;
  return Math.min(lineStart + Math.max(col, 1) - 1, lineEnd);
}

const TOKEN = /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\n]|'')*'?|[^\s:,[\]{}#]+/y;

export function underlines(text: string, diagnostics: readonly Diagnostic[]): Underline[] {
  const starts = lineStarts(text);
  const out: Underline[] = [];
  diagnostics.forEach((d, index) => {
    if (d.line === undefined) return;
    const start = offsetOf(starts, text, d.line, d.col);
    TOKEN.lastIndex = start;
    const match = TOKEN.exec(text);
    const end = match && match[0].length > 0 ? start + match[0].length : start + 1;
    out.push({
      start,
      end: Math.min(end, Math.max(text.length, start + 1)),
      severity: d.severity,
      index,
    });
  });
  return out;
}

/**
 * The text cut into pieces at every underline boundary. Overlapping underlines: an error beats a
 * warning, then the earlier diagnostic wins.
 */
export function segments(text: string, marks: readonly Underline[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.min(m.start, text.length));
    cuts.add(Math.min(m.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!];
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    const best = covering.sort(
      (x, y) =>
        Number(y.severity === 'error') - Number(x.severity === 'error') || x.index - y.index,
    )[0];
    out.push(best ? { text: text.slice(a, b), underline: best } : { text: text.slice(a, b) });
  }
  // An underline at the very end of the text (a missing value) needs something to draw under.
  const tail = marks.find((m) => m.start >= text.length);
  if (tail) out.push({ text: ' ', underline: tail });
  return out;
}

/** The diagnostics whose underline contains the caret. */
export function atCaret(marks: readonly Underline[], caret: number): Underline[] {
  return marks.filter((m) => m.start <= caret && caret <= m.end);
}
