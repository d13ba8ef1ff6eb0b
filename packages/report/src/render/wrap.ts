/** Plain-text measuring and word wrapping for terminal output (no ANSI codes inside). */

/**
 * Display width in terminal columns. Counts code points, which is right for the Latin,
 * punctuation and box-drawing characters reports use; wide CJK glyphs would count as one.
 */
export const displayWidth = (s: string): number => [...s].length;

/** Pads to `width` columns with the given alignment. */
export function pad(s: string, width: number, align: 'left' | 'right' | 'center' = 'left'): string {
  const room = Math.max(0, width - displayWidth(s));
  if (align === 'right') return ' '.repeat(room) + s;
  if (align === 'center') {
    const left = Math.floor(room / 2);
    return ' '.repeat(left) + s + ' '.repeat(room - left);
  }
  return s + ' '.repeat(room);
}

function splitLong(word: string, width: number): string[] {
  const chars = [...word];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(''));
  return parts;
}

/** Greedy word wrap; words longer than `width` are broken. Always returns at least one line. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((x) => x !== '')) {
      const pieces = displayWidth(word) > w ? splitLong(word, w) : [word];
      for (const piece of pieces) {
        if (line === '') line = piece;
        else if (displayWidth(line) + 1 + displayWidth(piece) <= w) line += ` ${piece}`;
        else {
          lines.push(line);
          line = piece;
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps with a first-line prefix and a hanging indent for the following lines. */
export function wrapHanging(text: string, width: number, first: string, rest: string): string[] {
  return wrap(text, width - displayWidth(first)).map((l, i) => (i === 0 ? first : rest) + l);
}
