/**
 * The library in this browser: the bundled catalog (read-only) plus scenarios saved in
 * localStorage with their last versions. Used when no Parley server answers.
 */
import { catalogIds, catalogText } from './catalogFiles.ts';
import {
  LibraryError,
  type LibraryBackend,
  type LibraryEntry,
  type OpenScenario,
  type VersionEntry,
} from './libraryBackend.ts';

export const STORAGE_KEY = 'parley.library.v1';
/** Versions kept per scenario (oldest dropped first). */
export const KEPT_VERSIONS = 20;

interface StoredVersion {
  version: number;
  text: string;
  note: string | null;
  createdAt: string;
}

type Stored = Record<string, StoredVersion[]>;

/** The parts of `Storage` used (a Map-backed fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface BrowserLibraryOptions {
  storage: StorageLike;
  now?: () => string;
  /** Catalog loader (default: the bundled files). */
  catalog?: { ids: () => string[]; text: (id: string) => Promise<string | undefined> };
}

/** The YAML reader behind listings loads with the first listing (it is not needed otherwise). */
const loadTextMeta = () => import('./textMeta.ts').then((m) => m.textMeta);

export function browserLibrary(options: BrowserLibraryOptions): LibraryBackend {
  const { storage } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const catalog = options.catalog ?? { ids: catalogIds, text: catalogText };
  const read = (): Stored => {
    try {
      return JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Stored;
    } catch {
      return {};
    }
  };
  const write = (stored: Stored) => {
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    } catch {
      throw new LibraryError(
        'storage-full',
        'this browser refused to store the scenario',
        'delete old scenarios, or run the Parley server',
      );
    }
  };
  const versionsOf = (id: string): StoredVersion[] => {
    const versions = read()[id];
    if (!versions?.length) throw new LibraryError('not-found', `no scenario with id ${id}`);
    return versions;
  };
  const opened = async (id: string, v: StoredVersion): Promise<OpenScenario> => {
    const meta = (await loadTextMeta())(v.text, id);
    return {
      id,
      title: meta.title,
      text: v.text,
      version: v.version,
      readOnly: false,
      file: `${meta.key}.yaml`,
    };
  };

  return {
    kind: 'browser',
    async list() {
      const textMeta = await loadTextMeta();
      const stored = read();
      const saved: LibraryEntry[] = Object.entries(stored)
        .filter(([, versions]) => versions.length > 0)
        .map(([id, versions]) => {
          const last = versions[versions.length - 1]!;
          const meta = textMeta(last.text, id);
          return {
            id,
            title: meta.title,
            ...(meta.summary ? { summary: meta.summary } : {}),
            tags: meta.tags,
            readOnly: false,
            version: last.version,
            updatedAt: last.createdAt,
            counts: meta.counts,
          };
        })
        .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
      const builtIn = await Promise.all(
        catalog.ids().map(async (id): Promise<LibraryEntry> => {
          const meta = textMeta((await catalog.text(id)) ?? '', id);
          return {
            id,
            title: meta.title,
            ...(meta.summary ? { summary: meta.summary } : {}),
            tags: meta.tags,
            readOnly: true,
            version: 1,
            updatedAt: null,
            counts: meta.counts,
          };
        }),
      );
      return [...saved, ...builtIn];
    },
    async open(id, version) {
      const text = await catalog.text(id);
      if (text !== undefined) {
        const meta = (await loadTextMeta())(text, id);
        return {
          id,
          title: meta.title,
          text,
          version: 1,
          readOnly: true,
          file: `${id.slice(id.indexOf(':') + 1)}.yaml`,
        };
      }
      const versions = versionsOf(id);
      const v =
        version === undefined
          ? versions[versions.length - 1]
          : versions.find((x) => x.version === version);
      if (!v) throw new LibraryError('not-found', `scenario ${id} has no version ${version}`);
      return opened(id, v);
    },
    async create(text, note) {
      const stored = read();
      let n = Object.keys(stored).length + 1;
      while (stored[`local-${n}`]) n++;
      const id = `local-${n}`;
      const v = { version: 1, text, note: note ?? null, createdAt: now() };
      write({ ...stored, [id]: [v] });
      return opened(id, v);
    },
    async save(id, text, baseVersion, note) {
      const stored = read();
      const versions = versionsOf(id);
      const current = versions[versions.length - 1]!.version;
      if (current !== baseVersion) {
        throw new LibraryError(
          'version-conflict',
          `version ${current} was saved after version ${baseVersion}`,
          'reload the scenario (in another tab?) and apply your change again',
        );
      }
      const v = { version: current + 1, text, note: note ?? null, createdAt: now() };
      write({ ...stored, [id]: [...versions, v].slice(-KEPT_VERSIONS) });
      return opened(id, v);
    },
    async remove(id) {
      const stored = read();
      if (!stored[id]) throw new LibraryError('read-only', 'built-in scenarios cannot be deleted');
      delete stored[id];
      write(stored);
    },
    async versions(id): Promise<VersionEntry[]> {
      if ((await catalog.text(id)) !== undefined)
        return [{ version: 1, note: null, createdAt: '' }];
      return versionsOf(id)
        .map((v) => ({ version: v.version, note: v.note, createdAt: v.createdAt }))
        .reverse();
    },
  };
}
