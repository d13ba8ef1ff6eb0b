/**
 * Readable, unique scenario ids from free-text names ("Driver 1 swerves" → `driver-1-swerves`).
 * Ids must match the scenario's id pattern (a letter first, then letters, digits, `_`, `-`,
 * `.`) and must not be a keyword of the statement language, or a statement naming the option
 * would not parse. Repeated names get `-2`, `-3`, … (GMCR+ allows duplicate names: Garrison
 * has two "Full").
 */
const RESERVED = new Set(['if', 'iff']);

/** Lower-case slug of `name` (may start with a digit), or undefined when nothing is left. */
export function slugify(name: string): string | undefined {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? undefined : slug;
}

/**
 * Returns a function handing out unique ids. A name without letters or digits becomes
 * `prefix-ordinal`; a slug that starts with a digit gets `prefix-` in front.
 */
export function idAllocator(): (name: string, prefix: string, ordinal: number) => string {
  const used = new Set<string>();
  return (name, prefix, ordinal) => {
    const slug = slugify(name);
    let base =
      slug === undefined
        ? `${prefix}-${ordinal}`
        : /^[a-z]/.test(slug)
          ? slug
          : `${prefix}-${slug}`;
    if (RESERVED.has(base)) base = `${prefix}-${base}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
