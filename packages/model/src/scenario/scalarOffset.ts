/**
 * Maps a position inside a YAML scalar's *value* to an offset in the *source text*, so a problem
 * found inside a string (a statement's column) can be shown at its file line:col.
 *
 * Follows the YAML 1.2 scalar rules (spec §7.3 flow scalars, §8.1 block scalars): in
 * double-quoted scalars an escape (`\"`, `\n`, `\x41`, `\u00e9`, `\U0001F600`) is one value
 * character (two for astral code points) and an escaped line break is none; in single-quoted
 * scalars `''` is one `'`; in flow scalars a line break plus indentation folds to one space
 * (or to n newlines across n empty lines) and trailing white space before a break is dropped;
 * block scalars keep their lines minus the indentation. Folded block scalars with blank or more
 * indented lines are mapped as if literal, so a position there can be off by a line.
 */
import type { Scalar } from 'yaml';

/** Source offset of value character `valueOffset` of `node` (one past the end for the end). */
export function scalarSourceOffset(source: string, node: Scalar, valueOffset: number): number {
  const range = node.range;
  if (!range) return 0;
  const [start, end] = range;
  const map = valueMap(source, node.type, start, end);
  if (map.length === 0) return start;
  if (valueOffset < 0) return map[0]!;
  if (valueOffset >= map.length) return Math.min(map[map.length - 1]! + 1, end);
  return map[valueOffset]!;
}

function valueMap(source: string, type: Scalar['type'], start: number, end: number): number[] {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return flowMap(source, start + 1, end - 1, 'double');
    case 'QUOTE_SINGLE':
      return flowMap(source, start + 1, end - 1, 'single');
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return blockMap(source, start, end);
    default:
      return flowMap(source, start, end, 'plain');
  }
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

function flowMap(
  source: string,
  from: number,
  to: number,
  style: 'plain' | 'single' | 'double',
): number[] {
  const map: number[] = [];
  let i = from;
  while (i < to) {
    const c = source[i]!;
    if (isBreak(c)) {
      // Trailing white space of a line is not part of the value (escaped blanks map to `\`).
      while (map.length > 0 && isBlank(source[map[map.length - 1]!])) map.pop();
      i = fold(source, i, to, map);
    } else if (style === 'double' && c === '\\') {
      i = escape(source, i, to, map);
    } else if (style === 'single' && c === "'" && source[i + 1] === "'") {
      map.push(i);
      i += 2;
    } else {
      map.push(i);
      i++;
    }
  }
  return map;
}

/** A run of line breaks (with the indentation after each): one space, or one `\n` per empty line. */
function fold(source: string, at: number, to: number, map: number[]): number {
  const breaks: number[] = [];
  let i = at;
  while (i < to && isBreak(source[i])) {
    breaks.push(i);
    i += source[i] === '\r' && source[i + 1] === '\n' ? 2 : 1;
    while (i < to && isBlank(source[i])) i++;
  }
  if (breaks.length === 1) map.push(breaks[0]!);
  else map.push(...breaks.slice(1));
  return i;
}

const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function escape(source: string, at: number, to: number, map: number[]): number {
  const kind = source[at + 1];
  if (kind === undefined || at + 1 >= to) return at + 1;
  if (isBreak(kind)) {
    // An escaped line break joins the lines without adding anything.
    let i = at + 1;
    i += kind === '\r' && source[i + 1] === '\n' ? 2 : 1;
    while (i < to && isBlank(source[i])) i++;
    return i;
  }
  const hex = HEX_ESCAPE_LENGTH[kind];
  if (hex === undefined) {
    map.push(at);
    return at + 2;
  }
  const codePoint = parseInt(source.slice(at + 2, at + 2 + hex), 16);
  map.push(at);
  if (codePoint > 0xffff) map.push(at);
  return at + 2 + hex;
}

function blockMap(source: string, start: number, end: number): number[] {
  const map: number[] = [];
  const headerEnd = source.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return map;
  const lines: { from: number; to: number }[] = [];
  let i = headerEnd + 1;
  while (i < end) {
    let next = source.indexOf('\n', i);
    if (next < 0 || next > end) next = end;
    lines.push({ from: i, to: next });
    i = next + 1;
  }
  const indent = blockIndent(source, start, headerEnd, lines);
  for (const line of lines) {
    for (let k = line.from + indent; k < line.to; k++) map.push(k);
    map.push(line.to);
  }
  return map;
}

/**
 * Content indentation: an explicit indicator (`|2`) counts from the indentation of the header's
 * line; otherwise the first non-empty line sets it.
 */
function blockIndent(
  source: string,
  start: number,
  headerEnd: number,
  lines: readonly { from: number; to: number }[],
): number {
  const explicit = /[1-9]/.exec(source.slice(start, headerEnd).split('#')[0]!);
  if (explicit) {
    const lineStart = source.lastIndexOf('\n', start) + 1;
    let parent = 0;
    while (source[lineStart + parent] === ' ') parent++;
    return parent + Number(explicit[0]);
  }
  const first = lines.find((l) => source.slice(l.from, l.to).trim() !== '');
  let indent = 0;
  while (first && source[first.from + indent] === ' ') indent++;
  return indent;
}
