import { describe, expect, it } from 'vitest';
import { browserLibrary, KEPT_VERSIONS, type StorageLike } from './browserLibrary.ts';

const memory = (): StorageLike => {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
};

const CATALOG = { 'catalog:pd': 'parley: 1\nid: pd\ntitle: Dilemma\nactors: [{id: a, name: A}]\n' };
const catalog = {
  ids: () => Object.keys(CATALOG),
  text: async (id: string) => CATALOG[id as keyof typeof CATALOG],
};

const library = () =>
  browserLibrary({ storage: memory(), catalog, now: () => '2026-01-01T00:00:00Z' });

describe('the library in this browser', () => {
  it('lists the built-in catalog, read-only, with its counts', async () => {
    const [entry] = await library().list();
    expect(entry).toMatchObject({
      id: 'catalog:pd',
      title: 'Dilemma',
      readOnly: true,
      counts: { actors: 1 },
    });
  });

  it('saves a new scenario and lists it before the catalog', async () => {
    const lib = library();
    const saved = await lib.create('title: Mine\n', 'first');
    expect(saved).toMatchObject({ title: 'Mine', version: 1, readOnly: false });
    expect((await lib.list()).map((e) => e.id)).toEqual([saved.id, 'catalog:pd']);
  });

  it('saves versions and opens an older one', async () => {
    const lib = library();
    const { id } = await lib.create('title: One\n');
    await lib.save(id, 'title: Two\n', 1);
    expect((await lib.open(id)).title).toBe('Two');
    expect((await lib.open(id, 1)).title).toBe('One');
    expect((await lib.versions(id)).map((v) => v.version)).toEqual([2, 1]);
  });

  it('refuses a save based on a stale version', async () => {
    const lib = library();
    const { id } = await lib.create('title: One\n');
    await lib.save(id, 'title: Two\n', 1);
    await expect(lib.save(id, 'title: Three\n', 1)).rejects.toMatchObject({
      code: 'version-conflict',
    });
  });

  it(`keeps the last ${KEPT_VERSIONS} versions`, async () => {
    const lib = library();
    const { id } = await lib.create('title: v1\n');
    for (let v = 1; v <= KEPT_VERSIONS + 4; v++) await lib.save(id, `title: v${v + 1}\n`, v);
    const versions = await lib.versions(id);
    expect(versions).toHaveLength(KEPT_VERSIONS);
    expect(versions[0]!.version).toBe(KEPT_VERSIONS + 5);
  });

  it('will not delete a built-in scenario', async () => {
    await expect(library().remove('catalog:pd')).rejects.toMatchObject({ code: 'read-only' });
  });
});
