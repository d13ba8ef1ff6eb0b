/**
 * The inputs `parley forecast` reads: a Parley scenario (YAML/JSON), a KTAB SMP file (CSV or
 * XML) or the common BDM actor table (`Actor,Capability,Position,Salience`, as the open BDM
 * ports read it). The format follows the extension, and for `.csv` the first line: the BDM table
 * starts with its header, a KTAB CSV with the scenario line. Every problem is a Diagnostic.
 */
import { extname } from 'node:path';
import { forecast } from '@parley/engines';
import {
  importBdmCsv,
  importKtabCsv,
  importKtabXml,
  readKtabXml,
  type Diagnostic,
  type Parsed,
  type Scenario,
} from '@parley/model';
import type { Ctx } from './context.ts';
import { printDiagnostics } from './diagnostics.ts';
import { InputError } from './errors.ts';
import { readInput, readText, type InputFormat } from './io.ts';

export type ForecastFormat = InputFormat | 'ktab-csv' | 'ktab-xml' | 'bdm-csv';

export interface ForecastFile {
  scenario: Scenario;
  format: ForecastFormat;
  /** Spatial-model settings a KTAB XML file carries (its ModelParameters, seed, accommodation). */
  smp?: Partial<forecast.SmpSettings>;
}

const BDM_COLUMNS = ['actor', 'capability', 'position', 'salience'];

/** Which reader a `.csv` file needs: the BDM table has the four column names on line 1. */
export function csvFormat(text: string): 'ktab-csv' | 'bdm-csv' {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  const cells = first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return BDM_COLUMNS.every((c) => cells.includes(c)) ? 'bdm-csv' : 'ktab-csv';
}

function parse(file: string, text: string, format: ForecastFormat): Parsed<Scenario> {
  switch (format) {
    case 'ktab-xml':
      return importKtabXml(text, { file });
    case 'ktab-csv':
      return importKtabCsv(text, { file });
    default:
      return importBdmCsv(text, { file });
  }
}

function noIssues(file: string): Diagnostic {
  return {
    code: 'no-issues',
    severity: 'error',
    path: 'issues',
    file,
    message: 'the scenario has no issues to forecast',
    hint: 'add `issues`, each with a scale and the actors’ positions and saliences',
  };
}

/**
 * Reads any forecastable file; throws an InputError (exit 1) when it has errors. With `joint`
 * the importers' advice to forecast KTAB dimensions jointly is followed, so it is not printed.
 */
export async function loadForecastFile(
  ctx: Ctx,
  file: string,
  options: { joint?: boolean } = {},
): Promise<ForecastFile> {
  const ext = extname(file).toLowerCase();
  let loaded: ForecastFile;
  if (ext === '.csv' || ext === '.xml') {
    const read = await readText(file);
    if ('diagnostic' in read) throw new InputError([read.diagnostic], file);
    const format = ext === '.xml' ? 'ktab-xml' : csvFormat(read.text);
    const parsed = parse(file, read.text, format);
    if (!parsed.ok) throw new InputError(parsed.diagnostics, file);
    const followed = options.joint ? 'ktab-joint-dimensions' : '';
    printDiagnostics(
      ctx,
      parsed.diagnostics.filter((d) => d.code !== followed),
    );
    loaded = { scenario: parsed.value, format };
    if (format === 'ktab-xml') {
      const { document } = readKtabXml(read.text, file);
      if (document) loaded.smp = forecast.smpSettingsFromKtab(document);
    }
  } else {
    const input = await readInput(file);
    if (!input.ok) throw new InputError(input.diagnostics, file);
    printDiagnostics(ctx, input.diagnostics);
    loaded = { scenario: input.value, format: input.format };
  }
  if (loaded.scenario.issues.length === 0) throw new InputError([noIssues(file)], file);
  return loaded;
}
