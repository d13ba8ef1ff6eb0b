/**
 * Other tools' files → what Parley makes of them, with every problem as a Diagnostic:
 *
 * | format            | reader (@parley/model)        | becomes               |
 * | ----------------- | ----------------------------- | --------------------- |
 * | gmcr              | importGmcr (GMCR+ save file)  | scenario              |
 * | ktab-csv/ktab-xml | importKtabCsv / importKtabXml | scenario              |
 * | bdm-csv           | importBdmCsv                  | scenario              |
 * | genius            | importGenius (domain+profiles)| negotiation domain    |
 * | nfg / efg         | readGambit                    | strategic-form game   |
 *
 * `ktab` picks CSV or XML by content. A scenario comes back as YAML (or JSON) text, ready to
 * save; domains and games are runnable directly (POST /api/runs with `genius` or `game`).
 */
import { stringify } from 'yaml';
import {
  importBdmCsv,
  importGenius,
  importGmcr,
  importKtabCsv,
  importKtabXml,
  readGambit,
  type Diagnostic,
  type Scenario,
} from '@parley/model';
import { VERSION } from '../version.ts';

export const IMPORT_FORMATS = [
  'gmcr',
  'ktab',
  'ktab-csv',
  'ktab-xml',
  'bdm-csv',
  'genius',
  'nfg',
  'efg',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportSource {
  format: ImportFormat;
  /** The file (every format but genius). */
  text?: string;
  file?: string;
  genius?: { domain: string; profiles: string[]; files?: string[] };
}

export type Imported =
  | { kind: 'scenario'; scenario: Scenario; diagnostics: Diagnostic[] }
  | { kind: 'negotiation-domain'; domain: unknown; diagnostics: Diagnostic[] }
  | {
      kind: 'game';
      game: { kind: 'nfg' | 'efg'; title: string; players: string[] };
      diagnostics: Diagnostic[];
    }
  | { kind: 'invalid'; diagnostics: Diagnostic[] };

const missing = (what: string): Imported => ({
  kind: 'invalid',
  diagnostics: [
    {
      code: 'missing-input',
      severity: 'error',
      path: what,
      message: `this format needs \`${what}\``,
    },
  ],
});

function scenarioFrom(
  parse: (
    text: string,
    options: { file?: string },
  ) => { ok: boolean; diagnostics: Diagnostic[]; value?: Scenario },
  text: string,
  file?: string,
): Imported {
  const parsed = parse(text, file === undefined ? {} : { file });
  return parsed.ok && parsed.value
    ? { kind: 'scenario', scenario: parsed.value, diagnostics: parsed.diagnostics }
    : { kind: 'invalid', diagnostics: parsed.diagnostics };
}

export function importText(source: ImportSource): Imported {
  const { format, file } = source;
  if (format === 'genius') {
    if (!source.genius) return missing('genius');
    const { domain, profiles, files } = source.genius;
    const parsed = importGenius(domain, profiles, files ? { files: { profiles: files } } : {});
    return parsed.ok
      ? { kind: 'negotiation-domain', domain: parsed.value.domain, diagnostics: parsed.diagnostics }
      : { kind: 'invalid', diagnostics: parsed.diagnostics };
  }
  const text = source.text;
  if (text === undefined) return missing('text');
  switch (format) {
    case 'gmcr':
      return scenarioFrom(importGmcr, text, file);
    case 'ktab':
      return scenarioFrom(/^\uFEFF?\s*</.test(text) ? importKtabXml : importKtabCsv, text, file);
    case 'ktab-csv':
      return scenarioFrom(importKtabCsv, text, file);
    case 'ktab-xml':
      return scenarioFrom(importKtabXml, text, file);
    case 'bdm-csv':
      return scenarioFrom(importBdmCsv, text, file);
    default: {
      const parsed = readGambit(text, file);
      if (!parsed.ok) return { kind: 'invalid', diagnostics: parsed.diagnostics };
      const game = parsed.value;
      if (game.kind !== format) {
        const d: Diagnostic = {
          code: 'wrong-format',
          severity: 'error',
          path: 'format',
          message: `the file is a Gambit ${game.kind}, not ${format}`,
          hint: `send format "${game.kind}"`,
        };
        return { kind: 'invalid', diagnostics: [d, ...parsed.diagnostics] };
      }
      return {
        kind: 'game',
        game: { kind: game.kind, title: game.title, players: game.players },
        diagnostics: parsed.diagnostics,
      };
    }
  }
}

/** Drops empty collections the schema fills in by default, so the file shows what matters. */
function withoutEmptyDefaults(scenario: Scenario): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(scenario).filter(([, v]) => {
      if (Array.isArray(v)) return v.length > 0;
      if (v !== null && typeof v === 'object') return Object.keys(v).length > 0;
      return true;
    }),
  );
}

/** An imported scenario as text, with a header saying where it came from (YAML only). */
export function scenarioFileText(
  scenario: Scenario,
  output: 'yaml' | 'json',
  origin: string,
): string {
  const plain = withoutEmptyDefaults(scenario);
  if (output === 'json') return `${JSON.stringify(plain, null, 2)}\n`;
  const header = `# Imported from ${origin} by parley ${VERSION}. Review asOf, sources and statusQuo.`;
  return `${header}\n${stringify(plain, { lineWidth: 100 })}`;
}
