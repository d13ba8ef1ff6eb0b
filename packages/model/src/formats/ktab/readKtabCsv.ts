/**
 * Reads KTAB's SMP CSV (`smpc --csv`, SMPModel::csvRead in smpread.cpp):
 *
 *   line 1   scenario name, description, number of actors, number of dimensions
 *   line 2   header: Actor, Description, Power, then "<dim> position, <dim> salience" per dimension
 *   then     one line per actor: name, description, capability, position and salience per
 *            dimension, on 0-100 (trailing commas allowed)
 *
 * Dimension names come from the header's position columns, as in KTAB. Only structure is
 * checked here; value ranges are checked by ktabToScenario. Never throws.
 */
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import type { Diagnostic } from '../../diagnostic.ts';
import { csvFieldColumns } from './csvFieldColumns.ts';
import type { KtabActor, KtabDocument, Located } from './ktabDocument.ts';

interface Row {
  fields: string[];
  line: number;
  cols: number[];
}

export function readKtabCsv(
  text: string,
  file?: string,
): { document?: KtabDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (
    code: string,
    path: string,
    line: number,
    col: number,
    message: string,
    hint?: string,
  ) => {
    const d: Diagnostic = { code, severity: 'error', path, line, col, message };
    if (file !== undefined) d.file = file;
    if (hint !== undefined) d.hint = hint;
    diagnostics.push(d);
  };
  const rows = parseRows(text, report);
  if (rows === undefined) return { diagnostics };
  const [first, header, ...actorRows] = rows;
  if (first === undefined || first.fields.length < 4) {
    report(
      'ktab-csv-header',
      'header',
      first?.line ?? 1,
      1,
      first === undefined
        ? 'the file is empty; a KTAB CSV starts with: scenario name, description, number of actors, number of dimensions'
        : 'line 1 needs: scenario name, description, number of actors, number of dimensions',
    );
    return { diagnostics };
  }
  const nActors = count(first, 2, 'header.actors', report);
  const nDims = count(first, 3, 'header.dimensions', report);
  if (nActors === undefined || nDims === undefined) return { diagnostics };
  if (header === undefined || header.fields.length < 3 + 2 * nDims) {
    report(
      'ktab-csv-columns',
      'header',
      header?.line ?? 2,
      1,
      `line 2 needs Actor, Description, Power and a position and a salience column for each of the ${nDims} dimensions`,
    );
    return { diagnostics };
  }
  const dimensions = Array.from({ length: nDims }, (_, d) => header.fields[3 + 2 * d]!);
  if (actorRows.length < nActors) {
    const last = rows[rows.length - 1]!;
    report(
      'ktab-actor-count',
      'actors',
      last.line,
      1,
      `line 1 announces ${nActors} actors but ${actorRows.length} follow`,
      'add the missing actor lines or correct the count',
    );
  }
  const actors = actorRows.slice(0, nActors).map((row, a) => actorOf(row, a, nDims, report));
  if (actorRows.length > nActors) {
    const extra = actorRows[nActors]!;
    diagnostics.push({
      code: 'ktab-actor-count',
      severity: 'warning',
      path: 'actors',
      line: extra.line,
      col: 1,
      message: `line 1 announces ${nActors} actors; the ${actorRows.length - nActors} lines after them are ignored (as KTAB does)`,
      ...(file !== undefined ? { file } : {}),
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const document: KtabDocument = {
    name: first.fields[0]!,
    description: first.fields[1]!,
    parameters: {},
    dimensions,
    actors: actors as KtabActor[],
    idealAdjustment: [],
  };
  return { document, diagnostics };
}

type Report = (
  code: string,
  path: string,
  line: number,
  col: number,
  message: string,
  hint?: string,
) => void;

function parseRows(text: string, report: Report): Row[] | undefined {
  try {
    const records = parse(text, {
      info: true,
      raw: true,
      relax_column_count: true,
      trim: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
    return records
      .map(({ record, raw, info }) => ({
        // Trailing commas leave empty fields that KTAB ignores.
        fields: trimTrailingEmpty(record),
        line: info.lines,
        cols: csvFieldColumns(raw.replace(/[\r\n]+$/, '')),
      }))
      .filter((row) => row.fields.length > 0);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const at = error as CsvError & { lines?: number; column?: number };
    report('ktab-csv-syntax', '', at.lines ?? 1, 1, `not valid CSV: ${error.message}`);
    return undefined;
  }
}

function trimTrailingEmpty(fields: string[]): string[] {
  let end = fields.length;
  while (end > 0 && fields[end - 1] === '') end--;
  return fields.slice(0, end);
}

function located(row: Row, k: number): { line: number; col: number } {
  return { line: row.line, col: row.cols[k] ?? 1 };
}

function count(row: Row, k: number, path: string, report: Report): number | undefined {
  const text = row.fields[k] ?? '';
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < 1) {
    const { line, col } = located(row, k);
    report('ktab-csv-header', path, line, col, `expected a positive whole number, found "${text}"`);
    return undefined;
  }
  return value;
}

function numberAt(row: Row, k: number, path: string, report: Report): Located<number> {
  const text = row.fields[k] ?? '';
  const value = text === '' ? Number.NaN : Number(text);
  const at = located(row, k);
  if (!Number.isFinite(value)) {
    report(
      'ktab-number',
      path,
      at.line,
      at.col,
      text === '' ? 'missing number' : `"${text}" is not a number`,
    );
  }
  return { value, ...at };
}

function actorOf(row: Row, a: number, nDims: number, report: Report): KtabActor | undefined {
  const path = `actors[${a}]`;
  if (row.fields.length < 3 + 2 * nDims) {
    report(
      'ktab-csv-columns',
      path,
      row.line,
      1,
      `an actor line needs name, description, capability and ${2 * nDims} position/salience values; found ${row.fields.length} fields`,
    );
    return undefined;
  }
  return {
    name: { value: row.fields[0]!, ...located(row, 0) },
    description: row.fields[1]!,
    capability: numberAt(row, 2, `${path}.capability`, report),
    position: Array.from({ length: nDims }, (_, d) =>
      numberAt(row, 3 + 2 * d, `${path}.position[${d}]`, report),
    ),
    salience: Array.from({ length: nDims }, (_, d) =>
      numberAt(row, 4 + 2 * d, `${path}.salience[${d}]`, report),
    ),
  };
}
