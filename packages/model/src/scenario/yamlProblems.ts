/**
 * Problems found while reading the YAML (or JSON — JSON is YAML's flow style, so one parser reads
 * both): syntax errors with the parser's line:col, duplicate keys (which YAML and JSON readers
 * resolve differently, so they are always errors), unknown aliases, and parser warnings.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node,
} from 'yaml';
import { MAX_SYNTAX_ERRORS, moreSyntaxErrors, parserMessage } from '../parserMessage.ts';
import type { DiagnosticCollector } from './diagnosticCollector.ts';
import { formatPath, type PathSegment } from './formatPath.ts';
import type { PositionOf } from './textPositions.ts';
import { keyText } from './yamlLocator.ts';

const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT:
    'check the indentation: a nested key is indented further than its parent, with spaces',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MULTIPLE_DOCS: 'a scenario file holds one document: remove the `---` separator and what follows',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'put the nested mapping on its own, more indented lines',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote long keys or check for a missing `:`',
  UNEXPECTED_TOKEN:
    'check the punctuation here: `:` after keys, `- ` before list items, matching brackets',
  BAD_SCALAR_START: 'quote the value: text starting with `@`, `` ` `` or `%` must be quoted',
  BAD_DQ_ESCAPE: 'inside double quotes write `\\\\` for a backslash, or use single quotes',
};

/**
 * Reports the document's errors and warnings on `out`; returns true when the document could not
 * be read reliably (syntax errors), so the schema check should not run.
 */
export function reportYamlProblems(
  doc: Document,
  position: PositionOf,
  out: DiagnosticCollector,
): boolean {
  const errors = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY'); // reported below, with a path
  for (const error of errors.slice(0, MAX_SYNTAX_ERRORS)) {
    out.error({
      code: 'yaml-syntax',
      path: [],
      at: position(error.pos[0]),
      message: parserMessage(error.message),
      hint: SYNTAX_HINTS[error.code] ?? 'fix the syntax here (JSON input must be valid JSON)',
    });
  }
  if (errors.length > MAX_SYNTAX_ERRORS) {
    out.error({
      code: 'yaml-syntax',
      path: [],
      at: position(errors[MAX_SYNTAX_ERRORS]!.pos[0]),
      message: moreSyntaxErrors(errors.length - MAX_SYNTAX_ERRORS),
      hint: 'fix the first error and check again',
    });
  }
  let fatal = errors.length > 0;
  for (const warning of doc.warnings.slice(0, MAX_SYNTAX_ERRORS)) {
    out.warning({
      code: 'yaml-warning',
      path: [],
      at: position(warning.pos[0]),
      message: parserMessage(warning.message),
    });
  }
  if (reportStructure(doc, position, out)) fatal = true;
  return fatal;
}

/** Most aliases (`*name`) a scenario may use; more is a sign of an expansion attack. */
export const MAX_ALIASES = 100;

interface Visit {
  node: unknown;
  path: PathSegment[];
  /** The enclosing collections, innermost first, to detect an alias inside its own anchor. */
  parents: Chain | undefined;
}
interface Chain {
  node: unknown;
  next: Chain | undefined;
}

/**
 * Duplicate keys, and aliases that are unknown, circular or too many (the yaml package takes
 * cubic time to expand self-referencing aliases). Iterative, so deep nesting cannot overflow
 * the stack.
 */
function reportStructure(doc: Document, position: PositionOf, out: DiagnosticCollector): boolean {
  let fatal = false;
  const aliases: Visit[] = [];
  const stack: Visit[] = [{ node: doc.contents, path: [], parents: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { node, path } = visit;
    const parents: Chain = { node, next: visit.parents };
    if (isAlias(node)) aliases.push(visit);
    else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        if (key !== undefined && seen.has(key)) {
          out.error({
            code: 'duplicate-key',
            path: [...path, key],
            at: position((pair.key as Node).range?.[0] ?? 0),
            message: `key \`${key}\` appears more than once ${path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`}`,
            hint: 'keep one: readers disagree about which copy wins',
          });
        }
        if (key !== undefined) seen.add(key);
        if (!isScalar(pair.key)) stack.push({ node: pair.key, path, parents });
        stack.push({ node: pair.value, path: [...path, key ?? '?'], parents });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) =>
        stack.push({ node: item, path: [...path, index], parents }),
      );
    }
  }
  if (aliases.length > MAX_ALIASES) {
    const first = aliases[0]!;
    out.error({
      code: 'yaml-syntax',
      path: first.path,
      at: position((first.node as Node).range?.[0] ?? 0),
      message: `the document uses ${aliases.length} aliases (\`*name\`); at most ${MAX_ALIASES} are allowed`,
      hint: 'write the repeated values out, or reuse fewer anchors',
    });
    return true;
  }
  for (const { node, path, parents } of aliases) {
    if (aliasProblem(doc, node as Alias, path, parents, position, out)) fatal = true;
  }
  return fatal;
}

function aliasProblem(
  doc: Document,
  alias: Alias,
  path: PathSegment[],
  parents: Chain | undefined,
  position: PositionOf,
  out: DiagnosticCollector,
): boolean {
  const target = alias.resolve(doc);
  let circular = false;
  for (let chain = parents; chain && target; chain = chain.next)
    if (chain.node === target) circular = true;
  if (target !== undefined && !circular) return false;
  out.error({
    code: 'yaml-syntax',
    path,
    at: position(alias.range?.[0] ?? 0),
    message: circular
      ? `alias \`*${alias.source}\` is used inside its own anchor`
      : `unknown alias \`*${alias.source}\``,
    hint: circular
      ? 'an alias cannot repeat the value that contains it: that would never end'
      : `define the anchor \`&${alias.source}\` before using the alias`,
  });
  return true;
}
