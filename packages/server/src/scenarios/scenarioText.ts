/**
 * Scenario text as the server keeps it: verbatim (YAML or JSON, exactly as sent), parsed with
 * the one parser of @parley/model, summarised into metadata for listings. Statements and
 * conditions in a scenario are parsed by the model's own grammar, never evaluated as code.
 */
import { listArchitectures, parseScenario, type Diagnostic, type Scenario } from '@parley/model';

export type TextFormat = 'yaml' | 'json';
export type EngineName = 'gmcr' | 'forecast' | 'negotiate' | 'compare' | 'games';
export const ENGINES: readonly EngineName[] = ['gmcr', 'forecast', 'negotiate', 'compare', 'games'];

/** What a listing shows about a scenario without parsing it again. */
export interface ScenarioMeta {
  /** The scenario's own `id` field. */
  key: string;
  title: string;
  asOf: string;
  summary?: string;
  tags: string[];
  actors: number;
  issues: number;
  options: number;
  /** Architecture ids, baseline first. */
  architectures: string[];
  /** The analyses that apply: GMCR and games need options, forecast and negotiate issues. */
  engines: EngineName[];
}

/** JSON when the text starts with `{` (after a byte-order mark and blanks), else YAML. */
export function detectTextFormat(text: string): TextFormat {
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}

export function applicableEngines(scenario: Scenario): EngineName[] {
  const gmcr = scenario.options.length > 0;
  const issues = scenario.issues.length > 0;
  return ENGINES.filter((e) => {
    if (e === 'gmcr' || e === 'games') return gmcr;
    if (e === 'forecast' || e === 'negotiate') return issues;
    return gmcr || issues;
  });
}

export function scenarioMeta(scenario: Scenario): ScenarioMeta {
  const meta: ScenarioMeta = {
    key: scenario.id,
    title: scenario.title,
    asOf: scenario.asOf,
    tags: scenario.tags ?? [],
    actors: scenario.actors.length,
    issues: scenario.issues.length,
    options: scenario.options.length,
    architectures: listArchitectures(scenario).map((a) => a.id),
    engines: applicableEngines(scenario),
  };
  if (scenario.summary !== undefined) meta.summary = scenario.summary;
  return meta;
}

export type ParsedText =
  | { ok: true; scenario: Scenario; meta: ScenarioMeta; warnings: Diagnostic[]; format: TextFormat }
  | { ok: false; diagnostics: Diagnostic[] };

/** Parses and validates; every problem is a Diagnostic with path and line:col. */
export function parseScenarioText(text: string, file?: string): ParsedText {
  const parsed = parseScenario(text, file === undefined ? {} : { file });
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  return {
    ok: true,
    scenario: parsed.value,
    meta: scenarioMeta(parsed.value),
    warnings: parsed.diagnostics,
    format: detectTextFormat(text),
  };
}
