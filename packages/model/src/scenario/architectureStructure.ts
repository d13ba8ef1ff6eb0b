/**
 * The structural part of applying an architecture: tracks, roles, sequencing, vetoes.
 *
 * - `tracks`: `remove` first, then `modify`, then `add`. A removed track also leaves the
 *   sequencing (emptied steps go, and packages left with one track dissolve) and takes the
 *   roles at it with it. In `modify`,
 *   a full list (`parties`, `issues`) replaces; `removeX` then `addX` edit; `chair`/`mediator`
 *   set a new actor or, with `null`, clear it; `decisionRule` replaces. An actor unseated by
 *   `removeParties` or by a replaced `parties` list loses its `lead`, `co-lead` and `party`
 *   roles at that track.
 * - `roles`: each listed actor's roles are replaced by the given list (`[]` clears them).
 * - `sequencing`: replaced.
 * - `vetoes`: `remove` first, then `add` (so removing and adding one id replaces that veto).
 */
import type {
  ArchitectureChanges,
  RoleAssignment,
  Scenario,
  Track,
  TrackChange,
} from './schema.ts';

const TABLE_ROLES = new Set(['lead', 'co-lead', 'party']);

/** Applies the structural changes to `s` in place. */
export function applyStructureChanges(s: Scenario, changes: ArchitectureChanges): void {
  if (changes.tracks) applyTrackChanges(s, changes.tracks);
  for (const [actor, roles] of Object.entries(changes.roles ?? {})) {
    const next = { ...(s.roles ?? {}) };
    if (roles.length === 0) delete next[actor];
    else next[actor] = roles;
    s.roles = next;
  }
  if (changes.sequencing) s.sequencing = changes.sequencing;
  if (changes.vetoes) {
    const removed = new Set(changes.vetoes.remove ?? []);
    s.vetoes = [
      ...(s.vetoes ?? []).filter((v) => !removed.has(v.id)),
      ...(changes.vetoes.add ?? []),
    ];
  }
}

function applyTrackChanges(s: Scenario, changes: NonNullable<ArchitectureChanges['tracks']>): void {
  const removed = new Set(changes.remove ?? []);
  let tracks = (s.tracks ?? []).filter((t) => !removed.has(t.id));
  if (removed.size > 0) {
    dropRoles(s, (_actor, r) => r.track !== undefined && removed.has(r.track));
    pruneSequencing(s, removed);
  }
  tracks = tracks.map((track) => {
    const change = changes.modify?.[track.id];
    return change ? modifyTrack(s, track, change) : track;
  });
  s.tracks = [...tracks, ...(changes.add ?? [])];
}

function modifyTrack(s: Scenario, track: Track, change: TrackChange): Track {
  const next: Track = { ...track };
  if (change.name !== undefined) next.name = change.name;
  if (change.description !== undefined) next.description = change.description;
  next.parties = editList(track.parties, change.parties, change.addParties, change.removeParties);
  next.issues = editList(track.issues, change.issues, change.addIssues, change.removeIssues);
  if (change.chair === null) delete next.chair;
  else if (change.chair !== undefined) next.chair = change.chair;
  if (change.mediator === null) delete next.mediator;
  else if (change.mediator !== undefined) next.mediator = change.mediator;
  if (change.decisionRule !== undefined) next.decisionRule = change.decisionRule;
  const unseated = new Set(track.parties.filter((actor) => !next.parties.includes(actor)));
  if (unseated.size > 0) {
    dropRoles(
      s,
      (actor, r) => unseated.has(actor) && r.track === track.id && TABLE_ROLES.has(r.role),
    );
  }
  return next;
}

/** A list replaced, then with items removed, then with new items appended. */
function editList(
  current: readonly string[],
  replace: readonly string[] | undefined,
  add: readonly string[] | undefined,
  remove: readonly string[] | undefined,
): string[] {
  const dropped = new Set(remove ?? []);
  const kept = (replace ?? current).filter((id) => !dropped.has(id));
  return [...kept, ...(add ?? []).filter((id) => !kept.includes(id))];
}

function dropRoles(s: Scenario, drop: (actor: string, r: RoleAssignment) => boolean): void {
  if (!s.roles) return;
  const next: Record<string, RoleAssignment[]> = {};
  for (const [actor, roles] of Object.entries(s.roles)) {
    const kept = roles.filter((r) => !drop(actor, r));
    if (kept.length > 0) next[actor] = kept;
  }
  s.roles = next;
}

function pruneSequencing(s: Scenario, removed: ReadonlySet<string>): void {
  const seq = s.sequencing;
  if (!seq) return;
  const keep = (ids: readonly string[]): string[] => ids.filter((id) => !removed.has(id));
  s.sequencing = {
    ...seq,
    ...(seq.order && {
      order: seq.order.flatMap((step): (string | string[])[] => {
        if (typeof step === 'string') return removed.has(step) ? [] : [step];
        const kept = keep(step);
        return kept.length > 0 ? [kept] : [];
      }),
    }),
    ...(seq.packages && {
      packages: seq.packages.map(keep).filter((pkg) => pkg.length > 1),
    }),
  };
}
