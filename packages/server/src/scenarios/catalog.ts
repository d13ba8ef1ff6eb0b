/**
 * The built-in catalog: every `.yaml` file of the catalog directory, read once at start-up.
 * Catalog scenarios are read-only originals with ids `catalog:<file name without .yaml>`; a
 * user copies one to edit it. A file that does not validate is left out (and logged).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic, Scenario } from '@parley/model';
import { parseScenarioText, type ScenarioMeta, type TextFormat } from './scenarioText.ts';

export const CATALOG_PREFIX = 'catalog:';

export interface CatalogEntry {
  id: string;
  file: string;
  text: string;
  format: TextFormat;
  scenario: Scenario;
  meta: ScenarioMeta;
  warnings: Diagnostic[];
}

export interface Catalog {
  entries: CatalogEntry[];
  get(id: string): CatalogEntry | undefined;
  /** Files that failed to load, with why. */
  problems: string[];
}

export function loadCatalog(dir: string | undefined): Catalog {
  const entries: CatalogEntry[] = [];
  const problems: string[] = [];
  let files: string[] = [];
  if (dir !== undefined) {
    try {
      files = readdirSync(dir)
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort();
    } catch (e) {
      problems.push(`cannot read the catalog directory ${dir}: ${(e as Error).message}`);
    }
  }
  for (const file of files) {
    const text = readFileSync(join(dir!, file), 'utf8');
    const parsed = parseScenarioText(text, file);
    if (!parsed.ok) {
      problems.push(`${file} does not validate (${parsed.diagnostics.length} problems); left out`);
      continue;
    }
    entries.push({
      id: `${CATALOG_PREFIX}${basename(file).replace(/\.ya?ml$/i, '')}`,
      file,
      text,
      format: parsed.format,
      scenario: parsed.scenario,
      meta: parsed.meta,
      warnings: parsed.warnings,
    });
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  return { entries, problems, get: (id) => byId.get(id) };
}
