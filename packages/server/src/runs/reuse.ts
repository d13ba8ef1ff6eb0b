/**
 * Reusing a stored run (`reuse: true` on `POST /api/runs`). Every engine is deterministic for
 * its input and params (random ones are seeded), so a succeeded run with the same engine, the
 * same params, the same input hash and the same Parley version already holds the answer.
 *
 * Params are compared as canonical JSON (object keys sorted at every depth, array order kept,
 * `undefined` members dropped as `JSON.stringify` drops them), so key order does not matter.
 * The database narrows by engine + input hash + status on an index; params and version are
 * compared here over those few candidates.
 */
import type { RunRecord, RunStore } from '../db/runStore.ts';
import type { RunEngine } from '../jobs/jobTypes.ts';

/** Candidates read per lookup: runs on one input with many different params are rare. */
export const REUSE_CANDIDATES = 100;

/** JSON with object keys sorted recursively: equal for values that differ only in key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}

export interface ReuseKey {
  engine: RunEngine;
  params: Record<string, unknown>;
  inputHash: string;
  /** The Parley version that would compute the run now (provenance `parley`). */
  parley: string;
}

/** The newest succeeded run that answers `key`, if any. */
export async function findReusable(store: RunStore, key: ReuseKey): Promise<RunRecord | undefined> {
  const params = canonicalJson(key.params);
  const candidates = await store.succeeded(key.engine, key.inputHash, REUSE_CANDIDATES);
  return candidates.find(
    (run) => run.provenance?.parley === key.parley && canonicalJson(run.params) === params,
  );
}
