/**
 * GMCR+ `.gmcr` → Parley scenario (format: gmcrFile.ts; mapping: docs/gmcr-interop.md).
 *
 * Follows GMCR+'s own load (gmcr-py v0.4.1): options are regrouped by decision maker
 * (reorderOptionsByDm.ts) and the scenario declares them in that order, so Parley's state bits
 * and GMCR+'s state numbers agree; repeated conditions are ignored; conditions on deleted
 * options are dropped; with `useManualPreferenceRanking` (or the legacy
 * `useManualPreferenceVectors`) each decision maker's ranking is used and its statements are
 * not; an invalid coalition partition falls back to singletons. Nothing is invented — no
 * sources, no judgement flags — except the status quo a scenario requires: every option at N,
 * or GMCR+'s state 1 when that is infeasible (statusQuoOf).
 */
import type { Diagnostic, Parsed } from '../../diagnostic.ts';
import { hasErrors } from '../../diagnostic.ts';
import type { Option, Preference, Scenario } from '../../scenario/schema.ts';
import {
  feasibleDecimals,
  isFeasible,
  MAX_OPTIONS,
  ynFromDecimal,
} from '../../scenario/feasibleDecimals.ts';
import type { Expr } from '../../statement/ast.ts';
import { formatExpr } from '../../statement/formatExpr.ts';
import type { GmcrDirection, GmcrFile } from './gmcrFile.ts';
import { gmcrOptionLayout, type GmcrOptionLayout } from './gmcrOptionLayout.ts';
import { idAllocator } from './idAllocator.ts';
import { importGmcrConditions, type ConditionImport, type Report } from './importGmcrConditions.ts';
import { importGmcrRanking } from './importGmcrRanking.ts';
import { readGmcrFile } from './readGmcrFile.ts';
import { bitOf } from './statementRanking.ts';

export interface ImportGmcrOptions {
  /** The file name, for diagnostics and to name the scenario (`Garrison.gmcr` → id `garrison`). */
  file?: string;
  /** The scenario's `asOf`; GMCR+ files carry no date, so the default is `"unknown"`. */
  asOf?: string;
}

/** Above this many options the feasible set is not enumerated (GMCR+ itself stops near 14). */
const MAX_ENUMERATED_OPTIONS = 24;

/** How many states (from decimal 0 up) are tried for a status quo when they are not enumerated. */
const STATUS_QUO_SEARCH = 2 ** 16;

const REVERSIBILITY: Record<GmcrDirection, Option['reversibility']> = {
  both: 'both',
  fwd: 'forward-only',
  back: 'backward-only',
};

/** Reads a `.gmcr` text into a scenario. Every problem is a Diagnostic; never throws. */
export function importGmcr(text: string, options: ImportGmcrOptions = {}): Parsed<Scenario> {
  const read = readGmcrFile(text, options.file);
  const diagnostics = [...read.diagnostics];
  if (read.gmcr === undefined) return { ok: false, diagnostics };
  const report: Report = (severity, code, path, message, hint) => {
    const d: Diagnostic = { code, severity, path, message, ...nearestPosition(read.locate, path) };
    if (options.file !== undefined) d.file = options.file;
    if (hint !== undefined) d.hint = hint;
    diagnostics.push(d);
  };
  const scenario = convert(read.gmcr, options, report);
  if (scenario === undefined || hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: scenario, diagnostics };
}

/** What the per-part converters share. */
interface Conversion {
  gmcr: GmcrFile;
  layout: GmcrOptionLayout;
  conditions: ConditionImport;
  report: Report;
  /** Option bit → statement text. */
  show: (expr: Expr<number>) => string;
}

function convert(gmcr: GmcrFile, options: ImportGmcrOptions, report: Report): Scenario | undefined {
  const layout = gmcrOptionLayout(gmcr, (code, path, message, hint) =>
    report('warning', code, path, message, hint),
  );
  const ids = idAllocator();
  const actorIds = gmcr.decisionMakers.map((dm, d) => ids(dm.name, 'dm', d + 1));
  const optionIds = layout.order.map((i) => ids(gmcr.options[i]?.name ?? '', 'option', i + 1));
  const show = (expr: Expr<number>) => formatExpr(expr, (bit) => optionIds[bit] as string);
  const conditions: ConditionImport = { optionCount: gmcr.options.length, layout, report };
  const cv: Conversion = { gmcr, layout, conditions, report, show };
  const infeasible = importGmcrConditions(
    conditions,
    gmcr.infeasibles,
    'infeasibles',
    'infeasible',
  );
  const feasible = feasibleStates(gmcr, layout, infeasible, report);
  if (feasible === null) return undefined;
  const statusQuo = statusQuoOf(feasible, infeasible, layout.order.length, report);
  const scenario: Scenario = {
    parley: 1,
    ...naming(options.file),
    asOf: options.asOf ?? 'unknown',
    summary: summaryOf(gmcr, options.file),
    sources: {},
    actors: gmcr.decisionMakers.map((dm, d) => ({
      id: actorIds[d] as string,
      name: dm.name.trim() === '' ? `Decision maker ${d + 1}` : dm.name,
    })),
    issues: [],
    options: layout.order.map((fileIndex, bit) => {
      const option = gmcr.options[fileIndex] as GmcrFile['options'][number];
      return {
        id: optionIds[bit] as string,
        owner: actorIds[layout.ownerOf.get(fileIndex) as number] as string,
        label: option.name.trim() === '' ? `Option ${fileIndex + 1}` : option.name,
        reversibility: REVERSIBILITY[option.permittedDirection],
        statusQuo: bitOf(statusQuo, bit),
      };
    }),
    infeasible: infeasible.map(show),
    preferences: Object.fromEntries(
      gmcr.decisionMakers.map((_, d) => [actorIds[d] as string, preferenceOf(cv, d, feasible)]),
    ),
  };
  const coalitions = coalitionsOf(gmcr, actorIds);
  if (coalitions !== undefined) scenario.coalitions = coalitions;
  return scenario;
}

/** A DM's ranking (manual mode) or statements, and its misperceptions. */
function preferenceOf(cv: Conversion, d: number, feasible: number[] | undefined): Preference {
  const dm = cv.gmcr.decisionMakers[d] as GmcrFile['decisionMakers'][number];
  const path = `decisionMakers[${d}]`;
  const preference: Preference = {};
  if (cv.gmcr.useManualPreferenceRanking) {
    // feasibleStates always enumerates in manual mode.
    const states = feasible as number[];
    const at = `${path}.preferenceRanking`;
    const n = cv.layout.order.length;
    const entries = importGmcrRanking(dm.preferenceRanking ?? [], states, n, at, cv.report);
    if (entries !== undefined) preference.ranking = entries;
  } else {
    const at = `${path}.preferences`;
    preference.statements = importGmcrConditions(
      cv.conditions,
      dm.preferences,
      at,
      'preference',
    ).map(cv.show);
  }
  const at = `${path}.misperceptions`;
  const misperceived = importGmcrConditions(cv.conditions, dm.misperceptions, at, 'misperception');
  if (misperceived.length > 0) preference.misperceived = misperceived.map(cv.show);
  return preference;
}

/**
 * Feasible decimals in bit order; `undefined` when not enumerated (too many options and no
 * ranking needs them); `null` after an error.
 */
function feasibleStates(
  gmcr: GmcrFile,
  layout: GmcrOptionLayout,
  infeasible: Expr<number>[],
  report: Report,
): number[] | undefined | null {
  const n = layout.order.length;
  const manual = gmcr.useManualPreferenceRanking;
  if (manual && layout.deleted.size > 0) {
    const message =
      'manual rankings number states over every option, so they cannot be read once an option is left out';
    report(
      'error',
      'gmcr-ranking-unmappable',
      'useManualPreferenceRanking',
      message,
      'assign every option to a decision maker',
    );
    return null;
  }
  if (n > MAX_OPTIONS) {
    const message = `${n} options make 2^${n} states, more than Parley can number (at most ${MAX_OPTIONS} options)`;
    report('error', 'gmcr-too-large', 'options', message);
    return null;
  }
  if (n > MAX_ENUMERATED_OPTIONS) {
    if (!manual) return undefined;
    report(
      'error',
      'gmcr-too-large',
      'options',
      `${n} options are too many to rank states by hand (limit ${MAX_ENUMERATED_OPTIONS})`,
    );
    return null;
  }
  const feasible = feasibleDecimals(n, infeasible);
  if (feasible.length > 0) return feasible;
  report(
    'error',
    'gmcr-no-feasible-states',
    'infeasibles',
    'the infeasible conditions remove every state',
  );
  return null;
}

/**
 * GMCR+ has no status quo; a scenario needs a feasible one. All options at N when that state is
 * feasible, else GMCR+'s state 1 (the lowest feasible decimal), with a warning.
 */
function statusQuoOf(
  feasible: number[] | undefined,
  infeasible: Expr<number>[],
  n: number,
  report: Report,
): number {
  let first = feasible?.[0];
  const tries = Math.min(2 ** n, STATUS_QUO_SEARCH);
  for (let d = 0; first === undefined && d < tries; d++) if (isFeasible(d, infeasible)) first = d;
  if (first === 0) return 0;
  if (first === undefined) {
    const message =
      'GMCR+ files have no status quo and no feasible one was found quickly; every option is left at N';
    report(
      'warning',
      'gmcr-status-quo',
      'infeasibles',
      message,
      'set `statusQuo` on the options to a feasible state',
    );
    return 0;
  }
  const message = `GMCR+ files have no status quo and "no option taken" is infeasible, so the status quo is GMCR+'s state 1 (${ynFromDecimal(first, n)})`;
  report(
    'warning',
    'gmcr-status-quo',
    'infeasibles',
    message,
    'set `statusQuo` on the options to the real status quo',
  );
  return first;
}

/** Non-trivial coalitions as actor-id lists; undefined when every decision maker acts alone. */
function coalitionsOf(gmcr: GmcrFile, actorIds: string[]): string[][] | undefined {
  const blocs = (gmcr.coalitions ?? []).map((bloc) => (typeof bloc === 'number' ? [bloc] : bloc));
  if (!blocs.some((bloc) => bloc.length > 1)) return undefined;
  return blocs.map((bloc) => bloc.map((d) => actorIds[d] as string));
}

function naming(file: string | undefined): { id: string; title: string } {
  const base =
    file
      ?.split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, '') ?? '';
  const id = idAllocator()(base, 'gmcr', 1);
  return base === '' ? { id: 'imported-gmcr', title: 'Imported GMCR+ model' } : { id, title: base };
}

function summaryOf(gmcr: GmcrFile, file: string | undefined): string {
  const source =
    file === undefined ? 'a GMCR+ (.gmcr) file' : `the GMCR+ file ${file.split(/[\\/]/).pop()}`;
  const program = [gmcr.program, gmcr.version].filter((x) => x !== undefined).join(' ');
  const by = program === '' ? '' : ` written by ${program}`;
  return `Imported from ${source}${by}. Options are in GMCR+'s state-bit order, so state numbers match GMCR+.`;
}

/** The position of `path`, or of its nearest located ancestor. */
function nearestPosition(
  locate: (path: string) => { line: number; col: number } | undefined,
  path: string,
): { line?: number; col?: number } {
  for (let p = path; ;) {
    const at = locate(p);
    if (at !== undefined) return at;
    const parent = p.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '');
    if (parent === p) return {};
    p = parent;
  }
}
