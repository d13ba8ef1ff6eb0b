/**
 * Scenario ids from KTAB names ("Xi Jinping" → `xi-jinping`): ids start with a letter and use
 * letters, digits, `_`, `-`, `.`; repeats get `-2`, `-3`, …
 */

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
}

/** Hands out unique ids; `prefix-ordinal` when a name has no usable letters. */
export function ktabIdAllocator(): (name: string, prefix: string, ordinal: number) => string {
  const used = new Set<string>();
  return (name, prefix, ordinal) => {
    const base = slug(name) || `${prefix}-${ordinal}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
