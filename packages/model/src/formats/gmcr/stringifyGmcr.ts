/**
 * JSON for people and for diffs: an array or object is written on one line when that fits in
 * the width, otherwise one element per line. GMCR+ writes one long line; both parse the same.
 */
const WIDTH = 100;

/** `JSON.stringify`, folded to the width; the output ends with a newline. */
export function stringifyGmcr(value: unknown): string {
  return `${write(value, '')}\n`;
}

function write(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= WIDTH)
    return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
