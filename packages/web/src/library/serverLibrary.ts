/** The library on the Parley server (routes /api/scenarios and /api/catalog). */
import { ApiError, type Api } from '../api/api.ts';
import type { ScenarioDetail, ScenarioSummary } from '../api/types.ts';
import {
  LibraryError,
  type LibraryBackend,
  type LibraryEntry,
  type OpenScenario,
} from './libraryBackend.ts';

export function entryOf(s: ScenarioSummary): LibraryEntry {
  return {
    id: s.id,
    title: s.title,
    ...(s.meta.summary !== undefined ? { summary: s.meta.summary } : {}),
    tags: s.meta.tags,
    readOnly: s.readOnly,
    version: s.version,
    updatedAt: s.updatedAt,
    counts: { actors: s.meta.actors, issues: s.meta.issues, options: s.meta.options },
  };
}

const opened = (d: ScenarioDetail): OpenScenario => ({
  id: d.id,
  title: d.title,
  text: d.text,
  version: d.version,
  readOnly: d.readOnly,
  file: `${d.meta.key}.${d.format === 'json' ? 'json' : 'yaml'}`,
});

async function translated<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApiError) throw new LibraryError(error.code, error.message, error.hint);
    throw error;
  }
}

export function serverLibrary(api: Api): LibraryBackend {
  return {
    kind: 'server',
    list: () => translated(api.listScenarios().then((list) => list.map(entryOf))),
    open: (id, version) => translated(api.getScenario(id, version).then(opened)),
    create: (text, note) => translated(api.createScenario(text, note).then(opened)),
    save: (id, text, baseVersion, note) =>
      translated(api.updateScenario(id, text, baseVersion, note).then(opened)),
    remove: (id) => translated(api.deleteScenario(id)),
    versions: (id) =>
      translated(
        api
          .versions(id)
          .then((list) =>
            list.map((v) => ({ version: v.version, note: v.note, createdAt: v.createdAt })),
          ),
      ),
  };
}
