/**
 * The common BDM actor table → Parley scenario with one issue. Columns `Actor, Capability,
 * Position, Salience` (any order, names case-insensitive), as used by the open BDM ports
 * (jmckib/bdm-scholz-expected-utility-model, dmasad/BDM_DecisionModel_Replication). Salience is
 * 0-100 in Parley; a file whose saliences are all ≤ 1 (the jmckib layout) is scaled by 100, with
 * a warning. The issue's scale runs from the lowest to the highest position unless given.
 * Every problem is a Diagnostic with line:col; never throws.
 */
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { hasErrors, type Diagnostic, type Parsed } from '../../diagnostic.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { csvFieldColumns } from '../ktab/csvFieldColumns.ts';
import { ktabIdAllocator } from '../ktab/ktabIds.ts';

export interface BdmCsvOptions {
  file?: string;
  /** The issue's id and name; default `issue` / the file name. */
  issue?: { id: string; name: string };
  /** Scale ends; default the lowest and highest position. */
  scale?: { min: number; max: number };
  asOf?: string;
}

const COLUMNS = ['actor', 'capability', 'position', 'salience'] as const;

interface Row {
  fields: string[];
  line: number;
  cols: number[];
  /** Column just past the row's last character. */
  end: number;
}

export function importBdmCsv(text: string, options: BdmCsvOptions = {}): Parsed<Scenario> {
  const diagnostics: Diagnostic[] = [];
  const report = (
    severity: Diagnostic['severity'],
    code: string,
    path: string,
    line: number,
    col: number,
    message: string,
  ) =>
    diagnostics.push({
      code,
      severity,
      path,
      line,
      col,
      message,
      ...(options.file !== undefined ? { file: options.file } : {}),
    });
  let rows: Row[];
  try {
    rows = (
      parse(text, {
        info: true,
        raw: true,
        relax_column_count: true,
        trim: true,
        skip_empty_lines: true,
        bom: true,
      }) as unknown as {
        record: string[];
        raw: string;
        info: { lines: number };
      }[]
    ).map(({ record, raw, info }) => {
      const line = raw.replace(/[\r\n]+$/, '');
      return {
        fields: record,
        line: info.lines,
        cols: csvFieldColumns(line),
        end: line.length + 1,
      };
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    report(
      'error',
      'bdm-csv-syntax',
      '',
      (error as CsvError & { lines?: number }).lines ?? 1,
      1,
      `not valid CSV: ${error.message}`,
    );
    return { ok: false, diagnostics };
  }
  const [header, ...body] = rows;
  const index = COLUMNS.map(
    (name) => header?.fields.findIndex((f) => f.toLowerCase() === name) ?? -1,
  );
  const missing = COLUMNS.filter((_, k) => index[k]! < 0);
  if (!header || missing.length > 0) {
    report(
      'error',
      'bdm-csv-header',
      'header',
      header?.line ?? 1,
      1,
      `the header needs columns Actor, Capability, Position, Salience; missing ${missing.join(', ')}`,
    );
    return { ok: false, diagnostics };
  }
  const width = header.fields.length;
  const actors = body.map((row, a) => {
    if (row.fields.length !== width) {
      const short = row.fields.length < width;
      diagnostics.push({
        code: 'bdm-csv-columns',
        severity: 'error',
        path: `actors[${a}]`,
        line: row.line,
        col: short ? row.end : (row.cols[width] ?? 1),
        message: `found ${row.fields.length} fields; the header has ${width} (${header.fields.join(', ')})`,
        hint: short
          ? 'add the missing values, or check for a truncated line'
          : 'remove the extra values, or quote a field that contains a comma',
        ...(options.file !== undefined ? { file: options.file } : {}),
      });
      return { name: '', capability: 0, position: 0, salience: 0, row };
    }
    const value = (k: number): number => {
      const col = index[k]!;
      const raw = row.fields[col] ?? '';
      const v = raw === '' ? Number.NaN : Number(raw);
      const path = `actors[${a}].${COLUMNS[k]}`;
      if (!Number.isFinite(v))
        report(
          'error',
          'bdm-number',
          path,
          row.line,
          row.cols[col] ?? 1,
          raw === '' ? 'missing number' : `"${raw}" is not a number`,
        );
      else if (k !== 2 && v < 0)
        report(
          'error',
          'bdm-negative',
          path,
          row.line,
          row.cols[col] ?? 1,
          `${COLUMNS[k]} must not be negative`,
        );
      return v;
    };
    const name = row.fields[index[0]!] ?? '';
    if (name === '')
      report('error', 'bdm-actor-name', `actors[${a}].actor`, row.line, 1, 'an actor needs a name');
    return { name, capability: value(1), position: value(2), salience: value(3), row };
  });
  if (actors.length === 0)
    report('error', 'bdm-no-actors', 'actors', header.line, 1, 'no actor rows after the header');
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const fractional = actors.every((a) => a.salience <= 1);
  if (fractional) {
    report(
      'warning',
      'bdm-salience-scale',
      'actors',
      header.line,
      header.cols[index[3]!] ?? 1,
      'every salience is at most 1: read as 0-1 and scaled to 0-100',
    );
  }
  for (const a of actors) {
    if (!fractional && a.salience > 100) {
      report(
        'error',
        'bdm-salience-range',
        `actors[${actors.indexOf(a)}].salience`,
        a.row.line,
        a.row.cols[index[3]!] ?? 1,
        `salience ${a.salience} is above 100`,
      );
    }
  }
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const ids = ktabIdAllocator();
  const actorIds = actors.map((a, i) => ids(a.name, 'actor', i + 1));
  const stem = options.file?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'BDM scenario';
  const lo = Math.min(...actors.map((a) => a.position));
  const hi = Math.max(...actors.map((a) => a.position));
  const scale = options.scale ?? { min: lo, max: hi > lo ? hi : lo + 1 };
  const issueId = options.issue?.id ?? 'issue';
  const scenario: Scenario = {
    parley: 1,
    id: ktabIdAllocator()(stem, 'bdm', 1),
    title: stem,
    asOf: options.asOf ?? 'unknown',
    tags: ['bdm-csv'],
    sources: {},
    actors: actors.map((a, i) => ({ id: actorIds[i]!, name: a.name, capability: a.capability })),
    issues: [
      {
        id: issueId,
        name: options.issue?.name ?? stem,
        scale: { min: scale.min, max: scale.max, low: String(scale.min), high: String(scale.max) },
        positions: Object.fromEntries(
          actors.map((a, i) => [
            actorIds[i]!,
            { position: a.position, salience: fractional ? a.salience * 100 : a.salience },
          ]),
        ),
      },
    ],
    options: [],
    infeasible: [],
    preferences: {},
  };
  return { ok: true, value: scenario, diagnostics };
}
