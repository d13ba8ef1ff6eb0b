/**
 * Reads a scenario from YAML or JSON text into a validated `Scenario`, collecting every problem
 * as a Diagnostic with a readable path and file line:col:
 *
 * 1. YAML syntax (JSON is YAML flow style, so one parser serves both) — duplicate keys and
 *    unknown aliases included. Syntax errors stop here: the rest would be guesswork.
 * 2. The shape, against the zod schema (`ScenarioSchema`): unknown keys, missing keys, wrong
 *    types, invalid ids. All issues are reported.
 * 3. The meaning (`validateScenario`): references, scales, statements, rankings, feasibility.
 *    After shape errors it runs on the well-shaped part (`salvageShape`), leaving out the
 *    problems that only echo a removed part (`withoutCascades`), so one run reports all.
 *
 * Diagnostics come back sorted by position. The value is returned when no error was found
 * (warnings allowed).
 */
import { parseDocument } from 'yaml';
import { hasErrors, type Diagnostic, type Parsed } from '../diagnostic.ts';
import { DiagnosticCollector } from './diagnosticCollector.ts';
import { reportSchemaIssues } from './schemaDiagnostics.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import { MAX_NESTING, nestingDepth } from './nestingDepth.ts';
import { positionsIn } from './textPositions.ts';
import { salvageShape } from './salvageShape.ts';
import { validateScenario } from './validateScenario.ts';
import { withoutCascades } from './withoutCascades.ts';
import { yamlLocator, type Locator } from './yamlLocator.ts';
import { reportYamlProblems } from './yamlProblems.ts';

/** Limits alias expansion (`&a` / `*a`), so a "billion laughs" document cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;

export interface ParseScenarioOptions {
  /** File name put on every diagnostic. */
  file?: string;
}

/** Parses and validates scenario text (YAML or JSON). Never throws for bad input. */
export function parseScenario(text: string, options: ParseScenarioOptions = {}): Parsed<Scenario> {
  const { file } = options;
  const position = positionsIn(text);
  const nesting = nestingDepth(text);
  if (nesting.depth > MAX_NESTING) {
    const out = new DiagnosticCollector({ file });
    out.error({
      code: 'too-deep',
      path: [],
      at: position(nesting.offset),
      message: `the document nests deeper than ${MAX_NESTING} levels`,
      hint: 'a scenario nests only a few levels: look for runaway brackets or indentation',
    });
    return fail(out.diagnostics);
  }
  let doc;
  try {
    // logLevel 'error' keeps errors (such as a second document) but stops console warnings.
    doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    return fail([readFailure(error, file)]);
  }
  const locate = yamlLocator(doc, text, position);
  const out = new DiagnosticCollector({ locate, file });
  if (reportYamlProblems(doc, position, out)) return fail(out.diagnostics);
  if (doc.contents === null) {
    out.error({
      code: 'empty-document',
      path: [],
      at: { line: 1, col: 1 },
      message: 'the scenario is empty',
      hint: 'a scenario starts with `parley: 1`, then `id`, `title`, `asOf` and `actors`',
    });
    return fail(out.diagnostics);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    out.error({
      code: 'yaml-syntax',
      path: [],
      message: `cannot read the document: ${messageOf(error)}`,
    });
    return fail(out.diagnostics);
  }
  const shaped = ScenarioSchema.safeParse(data);
  if (!shaped.success) {
    reportSchemaIssues(shaped.error.issues, data, out);
    return fail([...out.diagnostics, ...meaningOfTheRest(data, locate, file)]);
  }
  const diagnostics = sortByPosition([
    ...out.diagnostics,
    ...validateScenario(shaped.data, { locate, file }),
  ]);
  return hasErrors(diagnostics)
    ? { ok: false, diagnostics }
    : { ok: true, value: shaped.data, diagnostics };
}

/** The semantic problems of the well-shaped part of a document that has shape errors. */
function meaningOfTheRest(data: unknown, locate: Locator, file: string | undefined): Diagnostic[] {
  const salvaged = salvageShape(data);
  if (!salvaged) return [];
  const diagnostics = validateScenario(salvaged.value, {
    locate,
    file,
    mapPath: salvaged.toOriginal,
  });
  return withoutCascades(diagnostics, salvaged.removed, data);
}

const fail = (diagnostics: Diagnostic[]): Parsed<Scenario> => ({
  ok: false,
  diagnostics: sortByPosition(diagnostics),
});

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function readFailure(error: unknown, file: string | undefined): Diagnostic {
  return {
    code: 'yaml-syntax',
    severity: 'error',
    path: '',
    ...(file === undefined ? {} : { file }),
    message: `cannot read the document: ${messageOf(error)}`,
    hint: 'check the file is YAML or JSON text',
  };
}

/** Stable sort by line:col; diagnostics without a position keep their order, at the end. */
function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): number =>
    d.line === undefined ? Infinity : d.line * 1e6 + (d.col ?? 0);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => key(a.d) - key(b.d) || a.i - b.i)
    .map(({ d }) => d);
}
