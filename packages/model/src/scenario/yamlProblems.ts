/**
 * Problems found while reading the YAML (or JSON — JSON is YAML's flow style, so one parser reads
 * both): syntax errors with the parser's line:col, duplicate keys (which YAML and JSON readers
 * resolve differently, so they are always errors), unknown aliases, and parser warnings.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { DiagnosticCollector } from './diagnosticCollector.ts';
import { formatPath, type PathSegment } from './formatPath.ts';
import { keyText } from './yamlLocator.ts';

const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: 'check the indentation: a nested key is indented further than its parent, with spaces',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MULTIPLE_DOCS: 'a scenario file holds one document: remove the `---` separator and what follows',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'put the nested mapping on its own, more indented lines',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote long keys or check for a missing `:`',
  UNEXPECTED_TOKEN: 'check the punctuation here: `:` after keys, `- ` before list items, matching brackets',
  BAD_SCALAR_START: 'quote the value: text starting with `@`, `` ` `` or `%` must be quoted',
  BAD_DQ_ESCAPE: 'inside double quotes write `\\\\` for a backslash, or use single quotes',
};

/**
 * Reports the document's errors and warnings on `out`; returns true when the document could not
 * be read reliably (syntax errors), so the schema check should not run.
 */
export function reportYamlProblems(doc: Document, lineCounter: LineCounter, out: DiagnosticCollector): boolean {
  let fatal = false;
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') continue; // reported with its path below
    fatal = true;
    out.error({
      code: 'yaml-syntax',
      path: [],
      at: lineCounter.linePos(error.pos[0]),
      message: firstLine(error.message),
      hint: SYNTAX_HINTS[error.code] ?? 'fix the syntax here (JSON input must be valid JSON)',
    });
  }
  for (const warning of doc.warnings) {
    out.warning({
      code: 'yaml-warning',
      path: [],
      at: lineCounter.linePos(warning.pos[0]),
      message: firstLine(warning.message),
    });
  }
  if (reportStructure(doc, lineCounter, out)) fatal = true;
  return fatal;
}

const firstLine = (message: string): string => message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');

/** Duplicate keys and unresolvable aliases; iterative, so deep nesting cannot overflow the stack. */
function reportStructure(doc: Document, lineCounter: LineCounter, out: DiagnosticCollector): boolean {
  let fatal = false;
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isAlias(node)) {
      if (node.resolve(doc) === undefined) {
        fatal = true;
        out.error({
          code: 'yaml-syntax',
          path,
          at: lineCounter.linePos((node as Node).range?.[0] ?? 0),
          message: `unknown alias \`*${node.source}\``,
          hint: `define the anchor \`&${node.source}\` before using the alias`,
        });
      }
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        if (key !== undefined && seen.has(key)) {
          out.error({
            code: 'duplicate-key',
            path: [...path, key],
            at: lineCounter.linePos((pair.key as Node).range?.[0] ?? 0),
            message: `key \`${key}\` appears more than once ${path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`}`,
            hint: 'keep one: readers disagree about which copy wins',
          });
        }
        if (key !== undefined) seen.add(key);
        if (!isScalar(pair.key)) stack.push({ node: pair.key, path });
        stack.push({ node: pair.value, path: [...path, key ?? '?'] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, path: [...path, index] }));
    }
  }
  return fatal;
}
