/**
 * Scenarios as the routes see them: saved ones (database, versioned) and built-in ones
 * (catalog, read-only) behind one id space, each resolvable to its text and its parsed value.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Scenario } from '@parley/model';
import { ApiError, invalidInput, notFound } from '../http/apiError.ts';
import type { ScenarioStore, ScenarioSummary, StoredScenario } from '../db/scenarioStore.ts';
import { CATALOG_PREFIX, type Catalog, type CatalogEntry } from './catalog.ts';
import { ParseCache } from './parseCache.ts';
import { parseScenarioText, type ScenarioMeta, type TextFormat } from './scenarioText.ts';

export interface ScenarioView {
  id: string;
  title: string;
  version: number;
  readOnly: boolean;
  origin: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  meta: ScenarioMeta;
}

export interface ScenarioDetailView extends ScenarioView {
  text: string;
  format: TextFormat;
  warnings: Diagnostic[];
}

/** A scenario ready to run: its text (for the input hash) and its parsed value. */
export interface ResolvedScenario {
  id: string;
  version: number;
  text: string;
  format: TextFormat;
  scenario: Scenario;
}

export const isCatalogId = (id: string): boolean => id.startsWith(CATALOG_PREFIX);

export function catalogView(entry: CatalogEntry): ScenarioDetailView {
  return {
    id: entry.id,
    title: entry.meta.title,
    version: 1,
    readOnly: true,
    origin: `catalog/${entry.file}`,
    createdAt: null,
    updatedAt: null,
    meta: entry.meta,
    text: entry.text,
    format: entry.format,
    warnings: entry.warnings,
  };
}

function storedView(s: ScenarioSummary): ScenarioView {
  return {
    id: s.id,
    title: s.title,
    version: s.version,
    readOnly: false,
    origin: s.origin,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    meta: s.meta,
  };
}

const detailView = (s: StoredScenario): ScenarioDetailView => ({
  ...storedView(s),
  text: s.text,
  format: s.format,
  warnings: s.warnings,
});

export const readOnly = (id: string): ApiError =>
  new ApiError(403, {
    error: 'read-only',
    message: `${id} is a built-in catalog scenario and cannot be changed`,
    hint: `copy it first: POST /api/scenarios/${id}/copy`,
  });

/** Scenario texts run without saving, by SHA-256: the workbench sends one text for many views. */
const TEXT_CACHE_SIZE = 8;

export class ScenarioService {
  private readonly cache = new ParseCache();
  private readonly texts = new ParseCache(TEXT_CACHE_SIZE);

  constructor(
    readonly store: ScenarioStore,
    readonly catalog: Catalog,
  ) {}

  /** Saved scenarios (most recently changed first), then the catalog. */
  async list(): Promise<ScenarioView[]> {
    const saved = (await this.store.list()).map(storedView);
    return [...saved, ...this.catalog.entries.map((e) => summaryOf(catalogView(e)))];
  }

  async get(id: string, version?: number): Promise<ScenarioDetailView> {
    if (isCatalogId(id)) {
      const entry = this.catalog.get(id);
      if (!entry || (version !== undefined && version !== 1)) throw notFound('scenario', id);
      return catalogView(entry);
    }
    const stored = await this.store.get(id, version);
    if (!stored)
      throw notFound(version === undefined ? 'scenario' : `version ${version} of scenario`, id);
    return detailView(stored);
  }

  /** The text of an id (current version unless `version`), unparsed: enough for its hash. */
  async textOf(id: string, version?: number): Promise<string> {
    if (isCatalogId(id)) {
      const entry = this.catalog.get(id);
      if (!entry || (version !== undefined && version !== 1)) throw notFound('scenario', id);
      return entry.text;
    }
    const stored = await this.store.get(id, version);
    if (!stored) throw notFound('scenario', id);
    return stored.text;
  }

  /** Text and parsed scenario of an id (current version unless `version`), for a run. */
  async resolve(id: string, version?: number): Promise<ResolvedScenario> {
    if (isCatalogId(id)) {
      const entry = this.catalog.get(id);
      if (!entry || (version !== undefined && version !== 1)) throw notFound('scenario', id);
      return { id, version: 1, text: entry.text, format: entry.format, scenario: entry.scenario };
    }
    const stored = await this.store.get(id, version);
    if (!stored) throw notFound('scenario', id);
    const key = `${id}@${stored.version}`;
    let scenario = this.cache.get(key);
    if (!scenario) {
      const parsed = parseScenarioText(stored.text, stored.meta.key);
      // Saved text validated when saved; a newer model may reject it, which is the client's to fix.
      if (!parsed.ok)
        throw invalidInput('invalid-scenario', `${id} no longer validates`, parsed.diagnostics);
      scenario = parsed.scenario;
      this.cache.set(key, scenario);
    }
    return { id, version: stored.version, text: stored.text, format: stored.format, scenario };
  }

  /**
   * A scenario text sent with a run, parsed and validated. A text seen recently is not parsed
   * again: parsing the 71 KB flagship takes 70–200 ms of the main thread, hashing it well under
   * one. Only valid texts are kept; a text with errors is parsed each time for its diagnostics.
   */
  parseRunText(
    text: string,
  ): { ok: true; scenario: Scenario } | { ok: false; diagnostics: Diagnostic[] } {
    const key = createHash('sha256').update(text).digest('hex');
    const hit = this.texts.get(key);
    if (hit) return { ok: true, scenario: hit };
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return parsed;
    this.texts.set(key, parsed.scenario);
    return { ok: true, scenario: parsed.scenario };
  }

  forget(id: string): void {
    this.cache.forget(`${id}@`);
  }
}

export function summaryOf(detail: ScenarioDetailView): ScenarioView {
  const { text: _text, format: _format, warnings: _warnings, ...summary } = detail;
  return summary;
}
