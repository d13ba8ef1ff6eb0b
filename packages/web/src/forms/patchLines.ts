/**
 * Carries an edit over to the text as the user wrote it. yaml prints a document its own way —
 * folded `>-` paragraphs unfolded, for one — so printing the edited document would rewrite
 * lines nobody touched. Instead the edit is the difference between the document printed before
 * and after it (one block of lines: the common head and tail trimmed), and that block is
 * replaced in the original where it stands, found by its lines and the lines around it. When it
 * is not found exactly once, there is no patch and the caller prints the whole document.
 */

/** `original` with the change from `before` to `after` applied, or null when it cannot be placed. */
export function patchLines(original: string, before: string, after: string): string | null {
  const lines = original.split('\n');
  const b = before.split('\n');
  const a = after.split('\n');
  let head = 0;
  while (head < b.length && head < a.length && b[head] === a[head]) head++;
  let tail = 0;
  while (
    tail < b.length - head &&
    tail < a.length - head &&
    b[b.length - 1 - tail] === a[a.length - 1 - tail]
  )
    tail++;
  const removed = b.slice(head, b.length - tail);
  const added = a.slice(head, a.length - tail);
  for (const context of [3, 2, 1]) {
    for (const [above, below] of [
      [context, context],
      [context, 0],
      [0, context],
    ] as const) {
      const top = b.slice(Math.max(0, head - above), head);
      const bottom = b.slice(b.length - tail, b.length - tail + below);
      const at = uniqueMatch(lines, [...top, ...removed, ...bottom]);
      if (at !== null && top.length + bottom.length > 0) {
        const start = at + top.length;
        return [...lines.slice(0, start), ...added, ...lines.slice(start + removed.length)].join(
          '\n',
        );
      }
    }
  }
  return null;
}

/** Where `pattern` stands in `lines`, when it stands there exactly once. */
function uniqueMatch(lines: readonly string[], pattern: readonly string[]): number | null {
  let found: number | null = null;
  for (let i = 0; i + pattern.length <= lines.length; i++) {
    if (pattern.every((line, k) => lines[i + k] === line)) {
      if (found !== null) return null;
      found = i;
    }
  }
  return found;
}
