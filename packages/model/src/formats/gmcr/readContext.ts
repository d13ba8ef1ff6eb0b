/**
 * Shared plumbing for reading a located JSON tree: typed accessors that report every mismatch as
 * a Diagnostic at the offending value's line:col and carry on, so one pass lists all problems.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import type { JsonEntry, JsonNode } from './locatedJson.ts';

export interface ReadContext {
  diagnostics: Diagnostic[];
  file?: string;
  position(offset: number): { line: number; col: number };
  /** Source offset of every value visited, by path, for diagnostics raised after reading. */
  offsets: Map<string, number>;
}

export function report(
  ctx: ReadContext,
  severity: Diagnostic['severity'],
  code: string,
  path: string,
  offset: number,
  message: string,
  hint?: string,
): void {
  const { line, col } = ctx.position(offset);
  const d: Diagnostic = { code, severity, path, line, col, message };
  if (ctx.file !== undefined) d.file = ctx.file;
  if (hint !== undefined) d.hint = hint;
  ctx.diagnostics.push(d);
}

/** `base.key` or `base[3]`. */
export const childPath = (base: string, key: string | number): string =>
  typeof key === 'number' ? `${base}[${key}]` : base === '' ? key : `${base}.${key}`;

const describe = (node: JsonNode): string =>
  node.kind === 'scalar'
    ? node.value === null
      ? 'null'
      : `${typeof node.value} ${JSON.stringify(node.value)}`
    : `an ${node.kind}`;

function mismatch(ctx: ReadContext, node: JsonNode, path: string, expected: string): undefined {
  report(
    ctx,
    'error',
    'gmcr-type',
    path,
    node.offset,
    `expected ${expected}, found ${describe(node)}`,
  );
  return undefined;
}

export function readArray(ctx: ReadContext, node: JsonNode, path: string): JsonNode[] | undefined {
  ctx.offsets.set(path, node.offset);
  return node.kind === 'array' ? node.items : mismatch(ctx, node, path, 'an array');
}

/**
 * The entries of an object, by key. Keys not in `known` get a warning (they are ignored);
 * `quiet` keys are ignored without one (GMCR+ writes them for its own tools).
 */
export function readObject(
  ctx: ReadContext,
  node: JsonNode,
  path: string,
  known: readonly string[],
  quiet: readonly string[] = [],
): Map<string, JsonNode> | undefined {
  ctx.offsets.set(path, node.offset);
  if (node.kind !== 'object') return mismatch(ctx, node, path, 'an object');
  const fields = new Map<string, JsonNode>();
  for (const entry of node.entries) {
    if (known.includes(entry.key)) fields.set(entry.key, entry.value);
    else if (!quiet.includes(entry.key)) warnUnknownKey(ctx, entry, path, known);
  }
  return fields;
}

function warnUnknownKey(
  ctx: ReadContext,
  entry: JsonEntry,
  path: string,
  known: readonly string[],
) {
  const message = `unknown key "${entry.key}" is ignored`;
  const hint = `GMCR+ keys here: ${known.join(', ')}`;
  report(
    ctx,
    'warning',
    'gmcr-unknown-key',
    childPath(path, entry.key),
    entry.keyOffset,
    message,
    hint,
  );
}

/** A non-negative integer (GMCR+ indices and state numbers). */
export function readIndex(ctx: ReadContext, node: JsonNode, path: string): number | undefined {
  ctx.offsets.set(path, node.offset);
  if (node.kind === 'scalar' && Number.isInteger(node.value) && (node.value as number) >= 0) {
    return node.value as number;
  }
  return mismatch(ctx, node, path, 'a non-negative integer');
}

export function readBoolean(ctx: ReadContext, node: JsonNode, path: string): boolean | undefined {
  ctx.offsets.set(path, node.offset);
  if (node.kind === 'scalar' && typeof node.value === 'boolean') return node.value;
  return mismatch(ctx, node, path, 'true or false');
}

/** A name: GMCR+ converts any scalar with `str()`, so numbers are accepted too. */
export function readName(ctx: ReadContext, node: JsonNode, path: string): string | undefined {
  ctx.offsets.set(path, node.offset);
  if (node.kind === 'scalar' && node.value !== null) return String(node.value);
  return mismatch(ctx, node, path, 'a name (string)');
}

export function missingKey(ctx: ReadContext, path: string, offset: number, key: string): void {
  report(ctx, 'error', 'gmcr-missing-key', path, offset, `missing required key "${key}"`);
}
