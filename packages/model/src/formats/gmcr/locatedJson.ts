/**
 * JSON text → a small tree that remembers where each value starts, so every problem found later
 * can be reported with line:col. JSON is YAML flow style, so the `yaml` package parses it with
 * its `LineCounter` (the same parser the scenario reader uses); YAML-only syntax that slips
 * through (unquoted keys, comments) is accepted rather than rejected.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../../diagnostic.ts';
import { MAX_SYNTAX_ERRORS, moreSyntaxErrors, parserMessage } from '../../parserMessage.ts';

/** A parsed JSON value with the source offset of its first character. */
export type JsonNode =
  | { kind: 'object'; offset: number; entries: JsonEntry[] }
  | { kind: 'array'; offset: number; items: JsonNode[] }
  | { kind: 'scalar'; offset: number; value: string | number | boolean | null };

export interface JsonEntry {
  key: string;
  keyOffset: number;
  value: JsonNode;
}

export interface LocatedJson {
  /** The root value, absent when the text could not be parsed. */
  root?: JsonNode;
  diagnostics: Diagnostic[];
  /** 1-based line and column of a source offset. */
  position(offset: number): { line: number; col: number };
}

/** Parses `text` as JSON (YAML flow style) into a located tree; syntax errors become diagnostics. */
export function parseLocatedJson(text: string, file?: string): LocatedJson {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const position = (offset: number) => lineCounter.linePos(offset);
  const syntax = (offset: number, message: string): Diagnostic => ({
    code: 'gmcr-syntax',
    severity: 'error',
    path: '',
    file,
    ...position(offset),
    message,
  });
  const diagnostics = doc.errors
    .slice(0, MAX_SYNTAX_ERRORS)
    .map((error) => syntax(error.pos[0], `not valid JSON: ${parserMessage(error.message)}`));
  const more = doc.errors.length - MAX_SYNTAX_ERRORS;
  if (more > 0)
    diagnostics.push(syntax(doc.errors[MAX_SYNTAX_ERRORS]!.pos[0], moreSyntaxErrors(more)));
  if (diagnostics.length > 0) return { diagnostics, position };
  if (doc.contents === null) {
    const empty = {
      code: 'gmcr-syntax',
      severity: 'error' as const,
      path: '',
      file,
      line: 1,
      col: 1,
    };
    return { diagnostics: [{ ...empty, message: 'the file is empty' }], position };
  }
  const tooDeep: number[] = [];
  const root = toJsonNode(doc.contents, 0, tooDeep);
  if (tooDeep.length > 0) {
    const at = position(tooDeep[0] as number);
    const message = `values are nested more than ${MAX_DEPTH} levels deep; a .gmcr file needs about 6`;
    diagnostics.push({ code: 'gmcr-syntax', severity: 'error', path: '', file, ...at, message });
    return { diagnostics, position };
  }
  return { root, diagnostics, position };
}

/** Deeper nesting is rejected, so hostile input cannot exhaust the stack of the readers. */
const MAX_DEPTH = 64;

function toJsonNode(node: Node | null | undefined, depth: number, tooDeep: number[]): JsonNode {
  const offset = node?.range?.[0] ?? 0;
  if (depth > MAX_DEPTH && (isMap(node) || isSeq(node))) {
    tooDeep.push(offset);
    return { kind: 'scalar', offset, value: null };
  }
  const child = (n: Node | null | undefined) => toJsonNode(n, depth + 1, tooDeep);
  if (isMap(node)) {
    const entries = node.items.map((pair) => {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const keyOffset = keyNode?.range?.[0] ?? offset;
      const value = child(pair.value as Node | null);
      return {
        key,
        keyOffset,
        value: pair.value === null ? { ...value, offset: keyOffset } : value,
      };
    });
    return { kind: 'object', offset, entries };
  }
  if (isSeq(node)) return { kind: 'array', offset, items: node.items.map((n) => child(n as Node)) };
  if (isScalar(node)) return { kind: 'scalar', offset, value: scalarValue(node.value) };
  // Aliases and other YAML-only constructs have no JSON meaning.
  return { kind: 'scalar', offset, value: isAlias(node) ? `*${node.source}` : null };
}

function scalarValue(value: unknown): string | number | boolean | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  return value === null || value === undefined ? null : String(value);
}
