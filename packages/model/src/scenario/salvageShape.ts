/**
 * The well-shaped part of a scenario with shape errors, so the meaning can be checked in the same
 * run and `parley check` lists every problem at once, not the shape errors first and the rest
 * after they are fixed.
 *
 * Each node the schema rejects is removed: an unknown key; a value of the wrong type or shape;
 * a mapping that lacks a required key, as a whole (an actor without `name`, a position without
 * `salience`). The rest is checked again, and removal repeats — a removed required value makes
 * its parent incomplete — until the rest passes. A bad `parley`, `id`, `title` or `asOf` is
 * replaced by a placeholder instead, since nothing refers to them; when the whole `actors` list
 * (or the root) would have to go, nothing is salvaged.
 *
 * Removing list items shifts the indices after them, so `toOriginal` maps a path in the salvaged
 * value back to the document, for diagnostics to point at the right place.
 */
import { isMissingKey, valueAt } from './describeValue.ts';
import type { PathSegment } from './formatPath.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

/** A node removed from the document. */
export interface Removal {
  /** Its path in the document. */
  path: PathSegment[];
  /** Its value in the document (for the id of a removed actor, option, …). */
  value: unknown;
  /** Removed because the key is unknown, not because the value is wrong. */
  unknownKey: boolean;
}

export interface Salvage {
  value: Scenario;
  removed: Removal[];
  /** Maps a path of `value` to the path of the same node in the document. */
  toOriginal(path: readonly PathSegment[]): PathSegment[];
}

/** Root keys nothing refers to: a placeholder lets the rest be checked. */
const PLACEHOLDERS: Record<string, unknown> = {
  parley: 1,
  id: 'scenario',
  title: 'untitled',
  asOf: '2000',
};

/** Each round removes at least one level; scenarios nest only a few levels deep. */
const MAX_ROUNDS = 16;

type Issue = { code: string; path: PropertyKey[]; keys?: string[] };

/** The salvageable part of `data` (the document as plain data), or undefined if there is none. */
export function salvageShape(data: unknown): Salvage | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const removed = new Map<string, Removal>();
  const patched: Record<string, unknown> = {};
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const view = prunedView(data, [...removed.values()]);
    const candidate = { ...(view.value as Record<string, unknown>), ...patched };
    const parsed = ScenarioSchema.safeParse(candidate);
    if (parsed.success) {
      return { value: parsed.data, removed: [...removed.values()], toOriginal: view.toOriginal };
    }
    let progressed = false;
    for (const issue of parsed.error.issues as Issue[]) {
      for (const { path, unknownKey } of targetsOf(issue, candidate)) {
        const original = view.toOriginal(path);
        const [root] = original;
        if (root === undefined) return undefined;
        if (original.length === 1 && typeof root === 'string' && root in PLACEHOLDERS) {
          if (patched[root] === PLACEHOLDERS[root]) return undefined;
          patched[root] = PLACEHOLDERS[root];
          progressed = true;
          continue;
        }
        const key = JSON.stringify(original);
        if (removed.has(key)) continue;
        removed.set(key, { path: original, value: valueAt(data, original), unknownKey });
        progressed = true;
      }
    }
    if (!progressed) return undefined;
  }
  return undefined;
}

/** The nodes to remove for one zod issue, as paths of the checked value. */
function targetsOf(issue: Issue, checked: unknown): { path: PathSegment[]; unknownKey: boolean }[] {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((key) => ({ path: [...path, key], unknownKey: true }));
  }
  // A missing required key makes its mapping incomplete: remove the mapping (at the root,
  // the key itself, which then gets a placeholder or ends the salvage).
  if (path.length > 1 && isMissingKey(checked, path)) {
    return [{ path: path.slice(0, -1), unknownKey: false }];
  }
  return [{ path, unknownKey: false }];
}

/** A trie of removal paths: which children of a node are removed or contain removals. */
interface Trie {
  removed: boolean;
  children: Map<PathSegment, Trie>;
  /** For a list: the original indices kept, in order. */
  kept?: number[];
}

/**
 * `data` without the removed nodes. Only the nodes on the way to a removal are copied; the
 * rest is shared, which is safe because the schema check does not modify its input.
 */
function prunedView(
  data: unknown,
  removals: readonly Removal[],
): { value: unknown; toOriginal: (path: readonly PathSegment[]) => PathSegment[] } {
  const root: Trie = { removed: false, children: new Map() };
  for (const { path } of removals) {
    let node = root;
    for (const segment of path) {
      let next = node.children.get(segment);
      if (!next) {
        next = { removed: false, children: new Map() };
        node.children.set(segment, next);
      }
      node = next;
    }
    node.removed = true;
  }
  const value = prune(data, root);
  const toOriginal = (path: readonly PathSegment[]): PathSegment[] => {
    const out: PathSegment[] = [];
    let trie: Trie | undefined = root;
    for (const segment of path) {
      const original: PathSegment =
        trie?.kept && typeof segment === 'number' ? (trie.kept[segment] ?? segment) : segment;
      out.push(original);
      trie = trie?.children.get(original);
    }
    return out;
  };
  return { value, toOriginal };
}

function prune(node: unknown, trie: Trie): unknown {
  if (trie.children.size === 0 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    const kept: number[] = [];
    const out: unknown[] = [];
    node.forEach((item, i) => {
      const child = trie.children.get(i);
      if (child?.removed) return;
      kept.push(i);
      out.push(child ? prune(item, child) : item);
    });
    trie.kept = kept;
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(node)) {
    const child = trie.children.get(key);
    if (child?.removed) continue;
    // defineProperty, so a key named `__proto__` stays a key (as the YAML reader made it).
    Object.defineProperty(out, key, {
      value: child ? prune(item, child) : item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
