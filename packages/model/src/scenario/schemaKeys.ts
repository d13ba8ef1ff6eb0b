/**
 * Reads the zod schema to learn which keys a mapping at a given path allows, for the "did you
 * mean" hints on unknown keys. Walks optional/default/nullable wrappers, unions (every
 * alternative), arrays, tuples and records.
 */
import type * as z from 'zod';
import type { PathSegment } from './formatPath.ts';

/** The part of zod's internal definition this walk needs. */
interface Def {
  type: string;
  shape?: Record<string, Walkable>;
  innerType?: Walkable;
  options?: Walkable[];
  element?: Walkable;
  valueType?: Walkable;
  items?: Walkable[];
  in?: Walkable;
}
interface Walkable {
  _zod: { def: Def };
}

const WRAPPERS = new Set([
  'optional',
  'default',
  'prefault',
  'nullable',
  'readonly',
  'nonoptional',
  'catch',
]);

/** The concrete (non-wrapper) schemas a value at this schema may match. */
function alternatives(schema: Walkable, depth = 0): Walkable[] {
  const def = schema._zod.def;
  if (depth > 20) return [];
  if (WRAPPERS.has(def.type) && def.innerType) return alternatives(def.innerType, depth + 1);
  if (def.type === 'pipe' && def.in) return alternatives(def.in, depth + 1);
  if (def.type === 'union' && def.options)
    return def.options.flatMap((o) => alternatives(o, depth + 1));
  return [schema];
}

function child(schema: Walkable, segment: PathSegment): Walkable | undefined {
  const def = schema._zod.def;
  if (def.type === 'object' && typeof segment === 'string') return def.shape?.[segment];
  if (def.type === 'record') return def.valueType;
  if (def.type === 'array' && typeof segment === 'number') return def.element;
  if (def.type === 'tuple' && typeof segment === 'number') return def.items?.[segment];
  return undefined;
}

/** The schemas that may apply at `path` below `root`. */
export function schemasAt(root: z.ZodType, path: readonly PathSegment[]): Walkable[] {
  let current = alternatives(root as unknown as Walkable);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const next = child(s, segment);
      return next ? alternatives(next) : [];
    });
  }
  return current;
}

/** Keys allowed in the mapping at `path` (the union over all object alternatives). */
export function allowedKeysAt(root: z.ZodType, path: readonly PathSegment[]): string[] {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path)) {
    const def = schema._zod.def;
    if (def.type === 'object') Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
  }
  return [...keys];
}
