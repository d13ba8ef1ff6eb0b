/**
 * A scenario in a download format: `yaml` and `json` (the text as saved when it already is in
 * that format — comments and layout kept — else the parsed scenario written out) and `gmcr`
 * (a GMCR+ save file; what GMCR+ cannot hold is reported as diagnostics).
 */
import { stringify } from 'yaml';
import { exportGmcr, type Diagnostic, type Scenario } from '@parley/model';
import type { TextFormat } from './scenarioText.ts';

export const EXPORT_FORMATS = ['yaml', 'json', 'gmcr'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  gmcr: 'application/json; charset=utf-8',
};

export interface Exported {
  text: string;
  contentType: string;
  extension: string;
  diagnostics: Diagnostic[];
}

export function exportScenario(
  source: { text: string; format: TextFormat; scenario: Scenario },
  format: ExportFormat,
): Exported {
  const done = (text: string, diagnostics: Diagnostic[] = []): Exported => ({
    text: text.endsWith('\n') ? text : `${text}\n`,
    contentType: TYPES[format],
    extension: format,
    diagnostics,
  });
  if (format === source.format) return done(source.text);
  if (format === 'yaml') return done(stringify(source.scenario, { lineWidth: 100 }));
  if (format === 'json') return done(JSON.stringify(source.scenario, null, 2));
  const result = exportGmcr(source.scenario);
  return done(result.text, result.diagnostics);
}
