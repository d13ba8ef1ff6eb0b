/**
 * Checks on `roles` and on the implementation `vetoes`.
 *
 * Roles. Keys name actors and `track` names a track. When the scenario has tracks:
 * - `lead`, `co-lead` and `party` are roles at a table: the actor must be one of the track's
 *   parties (without `track`: a party of some track);
 * - `mediator` at a track must be the track's `mediator`;
 * - `observer` at a track must not be one of its parties;
 * - `excluded` at a track must not sit there as party, chair or mediator (without `track`: at
 *   no table at all), and an actor cannot be excluded and hold another role in the same place.
 * `guarantor` and `verifier` need no seat. A role listed twice is a warning.
 *
 * Vetoes. Ids unique; holders name actors (they need not sit at any table — that is the point of
 * an implementation veto); the scope names issues and options and is not empty.
 */
import { checkIdReference, checkIdReferences, checkUniqueIds } from './checkIdReference.ts';
import { trackIdsOf } from './checkTracks.ts';
import type { PathSegment } from './formatPath.ts';
import type { RoleAssignment, Track } from './schema.ts';
import type { ValidationContext } from './validationContext.ts';

const TABLE_ROLES = new Set(['lead', 'co-lead', 'party']);

export function checkRoles(ctx: ValidationContext): void {
  const trackIds = trackIdsOf(ctx.scenario);
  for (const [actor, roles] of Object.entries(ctx.scenario.roles ?? {})) {
    const path = ['roles', actor];
    if (!checkIdReference(ctx, 'actor', actor, ctx.actorIds, path, 'has roles', { key: true }))
      continue;
    roles.forEach((r, i) => {
      if (r.track === undefined) return;
      checkIdReference(
        ctx,
        'track',
        r.track,
        trackIds,
        [...path, i, 'track'],
        `in a role of \`${actor}\``,
      );
    });
    checkConflicts(ctx, actor, roles, path);
    if (trackIds.size > 0) roles.forEach((r, i) => checkSeat(ctx, actor, r, [...path, i]));
  }
  checkVetoes(ctx);
}

const placeOf = (r: RoleAssignment): string =>
  r.track === undefined ? 'the whole settlement' : `track \`${r.track}\``;

function checkConflicts(
  ctx: ValidationContext,
  actor: string,
  roles: readonly RoleAssignment[],
  path: PathSegment[],
): void {
  const seen = new Set<string>();
  const globallyExcluded = roles.some((r) => r.role === 'excluded' && r.track === undefined);
  roles.forEach((r, i) => {
    const key = `${r.role}@${r.track ?? ''}`;
    if (seen.has(key)) {
      ctx.out.warning({
        code: 'duplicate-role',
        path: [...path, i],
        message: `\`${actor}\` is \`${r.role}\` in ${placeOf(r)} twice`,
        hint: 'list each role once',
      });
    }
    seen.add(key);
    if (r.role === 'excluded') return;
    const excludedHere = roles.some((x) => x.role === 'excluded' && x.track === r.track);
    if (!excludedHere && !globallyExcluded) return;
    ctx.out.error({
      code: 'conflicting-roles',
      path: [...path, i],
      message: `\`${actor}\` is \`${r.role}\` in ${placeOf(r)} but also excluded from ${excludedHere ? 'it' : 'the whole settlement'}`,
      hint: 'remove one of the two roles',
    });
  });
}

function checkSeat(
  ctx: ValidationContext,
  actor: string,
  r: RoleAssignment,
  path: PathSegment[],
): void {
  const tracks = ctx.scenario.tracks ?? [];
  const track = r.track === undefined ? undefined : tracks.find((t) => t.id === r.track);
  if (r.track !== undefined && track === undefined) return; // reported as unknown-track
  const seated = (t: Track): boolean => t.parties.includes(actor);
  const present = (t: Track): boolean => seated(t) || t.chair === actor || t.mediator === actor;
  const fail = (code: string, message: string, hint: string): void =>
    ctx.out.error({ code, path: [...path, 'role'], message, hint });
  if (TABLE_ROLES.has(r.role)) {
    if (track ? seated(track) : tracks.some(seated)) return;
    fail(
      'role-not-at-table',
      `\`${actor}\` is \`${r.role}\` in ${placeOf(r)} but is not a party ${track ? 'of it' : 'of any track'}`,
      `add \`${actor}\` to the \`parties\` of ${track ? `track \`${track.id}\`` : 'a track'}`,
    );
  } else if (r.role === 'mediator' && track && track.mediator !== actor) {
    fail(
      'mediator-mismatch',
      `\`${actor}\` is \`mediator\` of track \`${track.id}\` by its roles, but the track's mediator is ${track.mediator === undefined ? 'not set' : `\`${track.mediator}\``}`,
      `set \`mediator: ${actor}\` on the track (the track is where engines read it)`,
    );
  } else if (r.role === 'observer' && track && present(track)) {
    fail(
      'observer-is-party',
      `\`${actor}\` is \`observer\` of track \`${track.id}\` but sits at it as party, chair or mediator`,
      'an observer attends without deciding: remove it from the track, or drop the role',
    );
  } else if (r.role === 'excluded' && (track ? present(track) : tracks.some(present))) {
    const where = track ?? tracks.find(present)!;
    fail(
      'excluded-at-table',
      `\`${actor}\` is excluded from ${placeOf(r)} but sits at track \`${where.id}\``,
      `remove \`${actor}\` from the parties, chair and mediator of track \`${where.id}\`, or drop the role`,
    );
  }
}

function checkVetoes(ctx: ValidationContext): void {
  const vetoes = ctx.scenario.vetoes ?? [];
  checkUniqueIds(ctx, vetoes, ['vetoes'], 'veto');
  const issueIds = new Set(ctx.scenario.issues.map((issue) => issue.id));
  const optionIds = new Set(ctx.optionIndex.keys());
  vetoes.forEach((veto, i) => {
    const path = ['vetoes', i];
    const as = `in veto \`${veto.id}\``;
    checkIdReferences(
      ctx,
      'actor',
      veto.holders,
      ctx.actorIds,
      [...path, 'holders'],
      `as holder ${as}`,
    );
    checkIdReferences(ctx, 'issue', veto.scope.issues, issueIds, [...path, 'scope', 'issues'], as);
    checkIdReferences(
      ctx,
      'option',
      veto.scope.options,
      optionIds,
      [...path, 'scope', 'options'],
      as,
    );
    if ((veto.scope.issues?.length ?? 0) + (veto.scope.options?.length ?? 0) > 0) return;
    ctx.out.error({
      code: 'veto-without-scope',
      path: [...path, 'scope'],
      key: true,
      message: `veto \`${veto.id}\` covers no issue and no option`,
      hint: 'list what it can block: `scope: {issues: [...], options: [...]}`',
    });
  });
}
