/**
 * 1-based start columns of the fields of one raw CSV record (comma-separated, double-quoted
 * fields allowed), skipping leading blanks as the trimming parser does. csv-parse reports the
 * line of a record but not the column of each field; diagnostics need both.
 */
export function csvFieldColumns(raw: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) starts.push(i + 1);
  }
  return starts.map((start) => {
    let col = start;
    while (raw[col] === ' ' || raw[col] === '\t') col++;
    return col + 1;
  });
}
