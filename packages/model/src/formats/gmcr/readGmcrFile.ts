/**
 * Structural reading of a `.gmcr` file (format: gmcrFile.ts): JSON syntax, key names, types,
 * option indices and Y/N literals. Legacy keys of pre-2015 save files
 * (`useManualPreferenceVectors`, `preferenceVector`) are folded into the current ones. What GMCR+
 * itself would crash on but whose meaning is clear (a missing `infeasibles` list or manual
 * flag) is a warning with the obvious default; everything ambiguous is an error.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import type { GmcrDecisionMaker, GmcrDirection, GmcrFile, GmcrOption } from './gmcrFile.ts';
import { parseLocatedJson, type JsonNode } from './locatedJson.ts';
import {
  childPath,
  missingKey,
  readArray,
  readBoolean,
  readIndex,
  readName,
  readObject,
  report,
  type ReadContext,
} from './readContext.ts';
import { readConditions, readCoalitions, readRanking } from './readGmcrParts.ts';

export interface ReadGmcrResult {
  /** The validated file; absent when there are errors. */
  gmcr?: GmcrFile;
  diagnostics: Diagnostic[];
  /** line:col of a path visited while reading (`decisionMakers[1].preferenceRanking`). */
  locate(path: string): { line: number; col: number } | undefined;
}

const TOP_KEYS = [
  'decisionMakers',
  'options',
  'infeasibles',
  'useManualPreferenceRanking',
  'useManualPreferenceVectors',
  'coalitions',
  'program',
  'version',
];
/** Written by GMCR+ for its visualiser and CSV views; ignored on load, as GMCR+ does. */
const TOP_QUIET = ['coalitionsFull', 'nodes'];
const DM_KEYS = [
  'name',
  'options',
  'preferences',
  'misperceptions',
  'preferenceRanking',
  'preferenceVector',
];
const DM_QUIET = ['payoffs', 'perceived'];
const DIRECTIONS: readonly string[] = ['both', 'fwd', 'back'] satisfies GmcrDirection[];

/** Reads and structurally validates a `.gmcr` text. Never throws on bad input. */
export function readGmcrFile(text: string, file?: string): ReadGmcrResult {
  const parsed = parseLocatedJson(text, file);
  const ctx: ReadContext = {
    diagnostics: parsed.diagnostics,
    position: parsed.position,
    offsets: new Map(),
  };
  if (file !== undefined) ctx.file = file;
  const locate = (path: string) => {
    const offset = ctx.offsets.get(path);
    return offset === undefined ? undefined : parsed.position(offset);
  };
  if (parsed.root === undefined) return { diagnostics: ctx.diagnostics, locate };
  const gmcr = readTop(ctx, parsed.root);
  const ok = gmcr !== undefined && !ctx.diagnostics.some((d) => d.severity === 'error');
  return ok
    ? { gmcr, diagnostics: ctx.diagnostics, locate }
    : { diagnostics: ctx.diagnostics, locate };
}

function readTop(ctx: ReadContext, root: JsonNode): GmcrFile | undefined {
  const fields = readObject(ctx, root, '', TOP_KEYS, TOP_QUIET);
  if (fields === undefined) return undefined;
  const required = (key: string) => {
    const node = fields.get(key);
    if (node === undefined) missingKey(ctx, '', root.offset, key);
    return node;
  };
  const optionsNode = required('options');
  const dmsNode = required('decisionMakers');
  const options = optionsNode && readOptions(ctx, optionsNode);
  if (options === undefined || dmsNode === undefined) return undefined;
  const manual = readManualFlag(ctx, fields, root.offset);
  const dmItems = readArray(ctx, dmsNode, 'decisionMakers') ?? [];
  if (dmsNode.kind === 'array' && dmItems.length === 0) {
    report(
      ctx,
      'error',
      'gmcr-no-decision-makers',
      'decisionMakers',
      dmsNode.offset,
      'the model has no decision makers',
    );
  }
  const dms = dmItems.map((node, i) => readDm(ctx, node, i, options.length, manual));
  const infeasibles = readInfeasibles(ctx, fields.get('infeasibles'), root.offset, options.length);
  const coalitionsNode = fields.get('coalitions');
  const coalitions =
    coalitionsNode && readCoalitions(ctx, coalitionsNode, 'coalitions', dms.length);
  if (!options.every((o) => o !== undefined) || !dms.every((dm) => dm !== undefined))
    return undefined;
  if (infeasibles === undefined) return undefined;
  const gmcr: GmcrFile = {
    decisionMakers: dms as GmcrDecisionMaker[],
    options: options as GmcrOption[],
    infeasibles,
    useManualPreferenceRanking: manual ?? false,
  };
  if (coalitions !== undefined) gmcr.coalitions = coalitions;
  for (const key of ['program', 'version'] as const) {
    const node = fields.get(key);
    if (node?.kind === 'scalar' && node.value !== null) gmcr[key] = String(node.value);
  }
  return gmcr;
}

/** The options, one entry per item (undefined where unusable); undefined if not a list. */
function readOptions(ctx: ReadContext, node: JsonNode): (GmcrOption | undefined)[] | undefined {
  const items = readArray(ctx, node, 'options');
  if (items === undefined) return undefined;
  const options = items.map((item, i): GmcrOption | undefined => {
    const path = childPath('options', i);
    const fields = readObject(ctx, item, path, ['name', 'permittedDirection']);
    if (fields === undefined) return undefined;
    const nameNode = fields.get('name');
    if (nameNode === undefined) missingKey(ctx, path, item.offset, 'name');
    const name = nameNode && readName(ctx, nameNode, childPath(path, 'name'));
    const direction = readDirection(ctx, fields.get('permittedDirection'), path, item.offset);
    return name === undefined || direction === undefined
      ? undefined
      : { name, permittedDirection: direction };
  });
  return options;
}

function readDirection(ctx: ReadContext, node: JsonNode | undefined, path: string, offset: number) {
  const at = childPath(path, 'permittedDirection');
  if (node === undefined) {
    const message = 'missing "permittedDirection"; taken as "both" (reversible)';
    report(ctx, 'warning', 'gmcr-missing-key', path, offset, message);
    return 'both';
  }
  ctx.offsets.set(at, node.offset);
  const value = node.kind === 'scalar' ? node.value : undefined;
  if (typeof value === 'string' && DIRECTIONS.includes(value)) return value as GmcrDirection;
  const message = `unknown permittedDirection ${JSON.stringify(value ?? node.kind)}`;
  const hint = 'use "both", "fwd" (may only be taken) or "back" (may only be withdrawn)';
  report(ctx, 'error', 'gmcr-direction', at, node.offset, message, hint);
  return undefined;
}

/** `useManualPreferenceRanking`, or the legacy `useManualPreferenceVectors`. */
function readManualFlag(ctx: ReadContext, fields: Map<string, JsonNode>, offset: number) {
  const current = fields.get('useManualPreferenceRanking');
  if (current !== undefined) return readBoolean(ctx, current, 'useManualPreferenceRanking');
  const legacy = fields.get('useManualPreferenceVectors');
  if (legacy !== undefined) return readBoolean(ctx, legacy, 'useManualPreferenceVectors');
  const message = 'missing "useManualPreferenceRanking"; preferences are read from the statements';
  report(ctx, 'warning', 'gmcr-missing-key', '', offset, message);
  return false;
}

function readInfeasibles(
  ctx: ReadContext,
  node: JsonNode | undefined,
  offset: number,
  optionCount: number,
) {
  if (node !== undefined) return readConditions(ctx, node, 'infeasibles', optionCount, true);
  report(
    ctx,
    'warning',
    'gmcr-missing-key',
    '',
    offset,
    'missing "infeasibles"; every state is feasible',
  );
  return [];
}

function readDm(
  ctx: ReadContext,
  node: JsonNode,
  i: number,
  optionCount: number,
  manual: boolean | undefined,
): GmcrDecisionMaker | undefined {
  const path = childPath('decisionMakers', i);
  const fields = readObject(ctx, node, path, DM_KEYS, DM_QUIET);
  if (fields === undefined) return undefined;
  const nameNode = fields.get('name');
  if (nameNode === undefined) missingKey(ctx, path, node.offset, 'name');
  const name = nameNode && readName(ctx, nameNode, childPath(path, 'name'));
  const options = readDmOptions(ctx, fields.get('options'), path, node.offset, optionCount);
  const prefNode = fields.get('preferences');
  const prefPath = childPath(path, 'preferences');
  const preferences = prefNode ? readConditions(ctx, prefNode, prefPath, optionCount) : [];
  const mispNode = fields.get('misperceptions');
  const mispPath = childPath(path, 'misperceptions');
  const misperceptions = mispNode ? readConditions(ctx, mispNode, mispPath, optionCount, true) : [];
  if (prefNode === undefined && !manual) missingKey(ctx, path, node.offset, 'preferences');
  let ranking;
  if (manual) {
    const key = fields.has('preferenceRanking') ? 'preferenceRanking' : 'preferenceVector';
    const rankNode = fields.get(key);
    if (rankNode === undefined) {
      const message =
        'useManualPreferenceRanking is true but this decision maker has no preferenceRanking';
      report(ctx, 'error', 'gmcr-ranking-missing', path, node.offset, message);
    } else ranking = readRanking(ctx, rankNode, childPath(path, 'preferenceRanking'));
    if (ranking === undefined) return undefined;
  }
  if (name === undefined || options === undefined) return undefined;
  if (preferences === undefined || misperceptions === undefined) return undefined;
  const dm: GmcrDecisionMaker = { name, options, preferences, misperceptions };
  if (ranking !== undefined) dm.preferenceRanking = ranking;
  return dm;
}

function readDmOptions(
  ctx: ReadContext,
  node: JsonNode | undefined,
  path: string,
  offset: number,
  optionCount: number,
): number[] | undefined {
  if (node === undefined) {
    missingKey(ctx, path, offset, 'options');
    return undefined;
  }
  const optionsPath = childPath(path, 'options');
  const items = readArray(ctx, node, optionsPath);
  if (items === undefined) return undefined;
  const indices = items.map((item, j) => {
    const at = childPath(optionsPath, j);
    const index = readIndex(ctx, item, at);
    if (index === undefined || index < optionCount) return index;
    const message = `option index ${index} does not exist (the file has ${optionCount} options)`;
    report(ctx, 'error', 'gmcr-option-index', at, item.offset, message);
    return undefined;
  });
  return indices.every((x) => x !== undefined) ? (indices as number[]) : undefined;
}
