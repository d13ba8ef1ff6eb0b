/**
 * The built-in catalog bundled into the app (catalog/*.yaml), each file its own chunk, loaded
 * when first listed or opened — the library's content when no server answers.
 */
const files = import.meta.glob<string>('../../../../catalog/*.yaml', {
  query: '?raw',
  import: 'default',
});

export const CATALOG_PREFIX = 'catalog:';

const byName = new Map(
  Object.entries(files).map(([path, load]) => [path.replace(/^.*\/|\.yaml$/g, ''), load]),
);

/** Catalog ids (`catalog:<file name>`), in file-name order. */
export function catalogIds(): string[] {
  return [...byName.keys()].sort().map((n) => `${CATALOG_PREFIX}${n}`);
}

export async function catalogText(id: string): Promise<string | undefined> {
  const load = byName.get(id.slice(CATALOG_PREFIX.length));
  return id.startsWith(CATALOG_PREFIX) && load ? load() : undefined;
}
