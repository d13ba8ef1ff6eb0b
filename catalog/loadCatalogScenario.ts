/**
 * Test support: reads a catalog file next to this one, parses and validates it, and builds its
 * graph model. Throws with the rendered diagnostics when the file has errors, so a broken
 * scenario fails the test that loads it with a readable message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostics, parseScenario, type Diagnostic, type Scenario } from '@parley/model';
import { buildModel, gmcr, type GmcrModel } from '@parley/engines';

const here = dirname(fileURLToPath(import.meta.url));

/** The scenario files of the catalog, sorted by name. */
export const catalogFiles: readonly string[] = readdirSync(here)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/** Parses a catalog file; returns every diagnostic, and the scenario when there is no error. */
export function parseCatalogFile(file: string): { scenario?: Scenario; diagnostics: Diagnostic[] } {
  const parsed = parseScenario(readFileSync(join(here, file), 'utf8'), { file });
  return parsed.ok
    ? { scenario: parsed.value, diagnostics: parsed.diagnostics }
    : { diagnostics: parsed.diagnostics };
}

export function loadCatalogScenario(file: string): Scenario {
  const { scenario, diagnostics } = parseCatalogFile(file);
  if (scenario === undefined)
    throw new Error(`${file} does not validate:\n${formatDiagnostics(diagnostics)}`);
  return scenario;
}

/** The scenario's graph model (GMCR), ready for `gmcr.analyze`. */
export function catalogModel(file: string): { scenario: Scenario; model: GmcrModel } {
  const scenario = loadCatalogScenario(file);
  return { scenario, model: buildModel(gmcr.gmcrInputFromScenario(scenario)) };
}
