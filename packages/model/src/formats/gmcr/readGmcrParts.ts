/**
 * Readers for the nested parts of a `.gmcr` file: conditions, rankings and the coalition
 * partition. Each returns `undefined` after reporting when the part is unusable.
 */
import type { GmcrAnyCondition, GmcrCondition, GmcrLiteral, GmcrRankingEntry } from './gmcrFile.ts';
import type { JsonNode } from './locatedJson.ts';
import {
  childPath,
  readArray,
  readIndex,
  readObject,
  report,
  type ReadContext,
} from './readContext.ts';

/** `[optionIndex, "Y" | "N"]` with the index checked against the option count. */
function readLiteral(ctx: ReadContext, node: JsonNode, path: string, optionCount: number) {
  const items = readArray(ctx, node, path);
  if (items === undefined) return undefined;
  const [indexNode, takenNode] = items;
  if (items.length !== 2 || indexNode === undefined || takenNode === undefined) {
    const message = `a literal is a pair [optionIndex, "Y" or "N"], found ${items.length} item(s)`;
    report(ctx, 'error', 'gmcr-literal', path, node.offset, message);
    return undefined;
  }
  const index = readIndex(ctx, indexNode, childPath(path, 0));
  const taken = takenNode.kind === 'scalar' ? takenNode.value : undefined;
  let ok = index !== undefined;
  if (index !== undefined && index >= optionCount) {
    const range = optionCount === 0 ? 'the file has no options' : `valid: 0–${optionCount - 1}`;
    const message = `option index ${index} does not exist (${range})`;
    report(ctx, 'error', 'gmcr-option-index', childPath(path, 0), indexNode.offset, message);
    ok = false;
  }
  if (taken !== 'Y' && taken !== 'N') {
    const message = `expected "Y" or "N", found ${JSON.stringify(taken ?? takenNode.kind)}`;
    report(ctx, 'error', 'gmcr-literal', childPath(path, 1), takenNode.offset, message);
    ok = false;
  }
  return ok ? ([index, taken] as GmcrLiteral) : undefined;
}

function readSimple(ctx: ReadContext, node: JsonNode, path: string, optionCount: number) {
  const items = readArray(ctx, node, path);
  if (items === undefined) return undefined;
  const literals = items.map((item, i) => readLiteral(ctx, item, childPath(path, i), optionCount));
  return literals.every((l) => l !== undefined) ? (literals as GmcrCondition) : undefined;
}

/**
 * A simple condition `[[i, "Y"], …]` or a compound `{"compound": true, "members": [...]}`.
 * With `simpleOnly`, a compound is accepted with a warning (GMCR+'s GUI writes only simple
 * conditions there) and read as the union of its members.
 */
export function readCondition(
  ctx: ReadContext,
  node: JsonNode,
  path: string,
  optionCount: number,
  simpleOnly = false,
): GmcrAnyCondition | undefined {
  if (node.kind !== 'object') return readSimple(ctx, node, path, optionCount);
  const fields = readObject(ctx, node, path, ['compound', 'members']);
  const membersNode = fields?.get('members');
  if (membersNode === undefined) {
    const message = 'a compound condition needs "members": a list of conditions';
    report(ctx, 'error', 'gmcr-missing-key', path, node.offset, message);
    return undefined;
  }
  if (simpleOnly) {
    const message =
      'GMCR+ expects a simple condition here; the compound is read as the union of its members';
    report(ctx, 'warning', 'gmcr-compound-condition', path, node.offset, message);
  }
  const membersPath = childPath(path, 'members');
  const items = readArray(ctx, membersNode, membersPath);
  if (items === undefined) return undefined;
  const members = items.map((m, i) => readSimple(ctx, m, childPath(membersPath, i), optionCount));
  if (!members.every((m) => m !== undefined)) return undefined;
  return { compound: true, members: members as GmcrCondition[] };
}

/** A list of conditions; `undefined` if any of them is unusable. */
export function readConditions(
  ctx: ReadContext,
  node: JsonNode,
  path: string,
  optionCount: number,
  simpleOnly = false,
): GmcrAnyCondition[] | undefined {
  const items = readArray(ctx, node, path);
  if (items === undefined) return undefined;
  const conditions = items.map((item, i) =>
    readCondition(ctx, item, childPath(path, i), optionCount, simpleOnly),
  );
  return conditions.every((c) => c !== undefined) ? (conditions as GmcrAnyCondition[]) : undefined;
}

/** `[9, 3, [11, 5], …]`: state numbers, most preferred first, nested lists are tie groups. */
export function readRanking(
  ctx: ReadContext,
  node: JsonNode,
  path: string,
): GmcrRankingEntry[] | undefined {
  const items = readArray(ctx, node, path);
  if (items === undefined) return undefined;
  const entries = items.map((item, i): GmcrRankingEntry | undefined => {
    const itemPath = childPath(path, i);
    if (item.kind !== 'array') return readIndex(ctx, item, itemPath);
    ctx.offsets.set(itemPath, item.offset);
    const group = item.items.map((s, j) => readIndex(ctx, s, childPath(itemPath, j)));
    return group.every((s) => s !== undefined) ? (group as number[]) : undefined;
  });
  return entries.every((e) => e !== undefined) ? (entries as GmcrRankingEntry[]) : undefined;
}

/**
 * `[0, [1, 2]]`: a partition of the decision makers by index. GMCR+ resets anything that is not
 * a partition to singletons, so problems here are warnings and give `undefined`.
 */
export function readCoalitions(
  ctx: ReadContext,
  node: JsonNode,
  path: string,
  dmCount: number,
): (number | number[])[] | undefined {
  const invalid = (why: string) => {
    const message = `coalitions ignored: ${why}; every decision maker acts alone, as GMCR+ does`;
    report(ctx, 'warning', 'gmcr-coalitions', path, node.offset, message);
    return undefined;
  };
  if (node.kind !== 'array') return invalid('expected a list of DM indices or lists of DM indices');
  const seen = new Set<number>();
  const blocs: (number | number[])[] = [];
  for (const item of node.items) {
    const members = item.kind === 'array' ? item.items : [item];
    const indices: number[] = [];
    for (const m of members) {
      const value = m.kind === 'scalar' ? m.value : undefined;
      if (!Number.isInteger(value))
        return invalid(`${JSON.stringify(value ?? m.kind)} is not a DM index`);
      const index = value as number;
      if (index < 0 || index >= dmCount) return invalid(`there is no decision maker ${index}`);
      if (seen.has(index)) return invalid(`decision maker ${index} appears twice`);
      seen.add(index);
      indices.push(index);
    }
    if (indices.length === 0) return invalid('a coalition is empty');
    blocs.push(item.kind === 'array' ? indices : (indices[0] as number));
  }
  if (seen.size !== dmCount) return invalid('not every decision maker is in a coalition');
  return blocs;
}
