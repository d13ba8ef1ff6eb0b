/**
 * When the meaning of a scenario is checked on its salvaged part (see salvageShape), some
 * problems would only echo the removal — an option owned by a removed actor is "unknown", a
 * ranking misses the states of a removed option. This drops those echoes, so every diagnostic
 * `parley check` prints is a problem the analyst has to fix:
 *
 * - only unknown keys removed (typos inside a mapping): the problems of the mapping that held
 *   the key (a preference whose `statments` was misspelt has "neither statements nor ranking");
 * - anything else removed: also every warning (they return once the shape is fixed), every
 *   problem at or under a removed node or at its parent, references to a removed actor, issue,
 *   option, track, veto or source, rankings and feasibility when the graph model lost a part,
 *   coalitions when they lost a part, the structure checks (tracks, roles, …) when the structure
 *   or what it refers to lost a part, duplicate ids in a list that lost an item (their message
 *   names an index of the salvaged list) and the per-architecture re-checks.
 */
import type { Diagnostic } from '../diagnostic.ts';
import { closestMatch } from '../didYouMean.ts';
import { formatPath } from './formatPath.ts';
import type { Removal } from './salvageShape.ts';
import { ScenarioSchema } from './schema.ts';

/** The reference kind each section declares, as in `unknown-<kind>` codes. */
const DECLARES: Record<string, string> = {
  actors: 'actor',
  issues: 'issue',
  options: 'option',
  tracks: 'track',
  vetoes: 'veto',
  sources: 'source',
};
const GRAPH_MODEL = new Set(['options', 'infeasible', 'preferences']);
const STRUCTURE = new Set(['tracks', 'roles', 'vetoes', 'sequencing', 'architectures', 'linkages']);
const REFERRED_BY_STRUCTURE = new Set([...STRUCTURE, 'actors', 'issues', 'options']);
const FEASIBILITY = /^(ranking-|no-feasible-states$|infeasible-status-quo$)/;
const UNKNOWN_REFERENCE = /^unknown (\w+) `([^`]*)`/;

/** `diagnostics` (of the salvaged part) without the ones that only follow from `removed`. */
export function withoutCascades(
  diagnostics: readonly Diagnostic[],
  removed: readonly Removal[],
  data: unknown,
): Diagnostic[] {
  const parents = new Set(removed.map((r) => formatPath(r.path.slice(0, -1))));
  const sections = new Map<Removal, string>();
  for (const r of removed) {
    const section = sectionOf(r, data);
    if (section !== undefined) sections.set(r, section);
  }
  // A misspelt top-level key that stands for a section removes the section.
  const heavy = removed.some((r) => !r.unknownKey || (r.path.length === 1 && sections.has(r)));
  if (!heavy) return diagnostics.filter((d) => !parents.has(d.path));

  const gone = removed.map((r) => formatPath(r.path));
  const touched = new Set(sections.values());
  const removedIds = idsOf(removed, sections);
  const isEcho = (d: Diagnostic): boolean => {
    const section = d.path.split(/[.[]/)[0]!;
    const reference = UNKNOWN_REFERENCE.exec(d.message);
    return (
      d.severity === 'warning' ||
      parents.has(d.path) ||
      gone.some((g) => d.path === g || d.path.startsWith(`${g}.`) || d.path.startsWith(`${g}[`)) ||
      (reference !== null &&
        d.code === `unknown-${reference[1]}` &&
        refersToRemoved(removedIds.get(reference[1]!), reference[2]!)) ||
      (FEASIBILITY.test(d.code) && [...GRAPH_MODEL].some((s) => touched.has(s))) ||
      (d.code.startsWith('coalition-') && touched.has('coalitions')) ||
      (STRUCTURE.has(section) && [...REFERRED_BY_STRUCTURE].some((s) => touched.has(s))) ||
      (d.code === 'duplicate-id' && touched.has(section)) ||
      d.code.startsWith('architecture-')
    );
  };
  return diagnostics.filter((d) => !isEcho(d));
}

const ROOT_KEYS = Object.keys(ScenarioSchema.shape);

/**
 * The top-level section a removal belongs to. A misspelt top-level key (`optons:`) counts as
 * the section it resembles, when that section is absent — the section is effectively removed.
 */
function sectionOf(r: Removal, data: unknown): string | undefined {
  const first = String(r.path[0]);
  if (!(r.unknownKey && r.path.length === 1)) return first;
  const meant = closestMatch(first, ROOT_KEYS);
  const present =
    meant !== undefined && Object.prototype.hasOwnProperty.call(data as object, meant);
  return meant !== undefined && !present ? meant : undefined;
}

/** Per reference kind, the ids removed, or 'all' when a removed item's id is unknown. */
function idsOf(
  removed: readonly Removal[],
  sections: ReadonlyMap<Removal, string>,
): Map<string, Set<string> | 'all'> {
  const ids = new Map<string, Set<string> | 'all'>();
  for (const r of removed) {
    const section = sections.get(r);
    const kind = section === undefined ? undefined : DECLARES[section];
    if (kind === undefined) continue;
    // An invalid id: references may have meant it spelt any way.
    if (r.path.length === 3 && r.path[2] === 'id') ids.set(kind, 'all');
    if (r.path.length > 2) continue;
    const id = r.path.length === 1 ? undefined : section === 'sources' ? r.path[1] : idField(r);
    const known = ids.get(kind);
    if (id === undefined) ids.set(kind, 'all');
    else if (known !== 'all') ids.set(kind, (known ?? new Set()).add(String(id)));
  }
  return ids;
}

function idField(r: Removal): string | undefined {
  const { value } = r;
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

const refersToRemoved = (ids: Set<string> | 'all' | undefined, id: string): boolean =>
  ids === 'all' || (ids?.has(id) ?? false);
