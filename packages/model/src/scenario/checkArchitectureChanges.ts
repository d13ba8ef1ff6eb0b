/**
 * The declarations of an architecture's changes: every id a change names resolves — against the
 * scenario as the change leaves it, so a role or the sequencing may name a track the same
 * architecture adds, and an added veto may not cover an option it removes — and no two changes
 * contradict each other (a track removed and modified, an option fixed and removed, a list
 * replaced and edited at once). Added conditions are checked like the scenario's own, at the
 * offending character. What the changes produce is checked by applying them
 * (checkArchitectures.ts).
 */
import { parseStatement } from '../statement/parseStatement.ts';
import { tokenizeStatement } from '../statement/tokenizeStatement.ts';
import { checkIdReference, checkIdReferences } from './checkIdReference.ts';
import { checkSequencing, trackIdsOf } from './checkTracks.ts';
import { conditionText } from './compileScenario.ts';
import type { PathSegment } from './formatPath.ts';
import type { ArchitectureChanges, Track } from './schema.ts';
import type { ValidationContext } from './validationContext.ts';

function conflict(
  ctx: ValidationContext,
  path: PathSegment[],
  message: string,
  hint: string,
): void {
  ctx.out.error({ code: 'conflicting-changes', path, key: true, message, hint });
}

/** Checks the ids the changes name and that the changes do not contradict each other. */
export function checkArchitectureChanges(
  ctx: ValidationContext,
  c: ArchitectureChanges,
  path: PathSegment[],
): void {
  const trackIds = checkTrackChanges(ctx, c.tracks, [...path, 'tracks']);
  const removed = new Set(c.removeOptions ?? []);
  const options = new Set([...ctx.optionIndex.keys()].filter((id) => !removed.has(id)));
  for (const [actor, roles] of Object.entries(c.roles ?? {})) {
    const at = [...path, 'roles', actor];
    checkIdReference(ctx, 'actor', actor, ctx.actorIds, at, 'has roles', { key: true });
    roles.forEach((r, i) => {
      if (r.track === undefined) return;
      checkIdReference(
        ctx,
        'track',
        r.track,
        trackIds,
        [...at, i, 'track'],
        `in a role of \`${actor}\``,
      );
    });
  }
  checkSequencing(ctx, c.sequencing, trackIds, [...path, 'sequencing']);
  checkVetoChanges(ctx, c.vetoes, options, [...path, 'vetoes']);
  checkOptionChanges(ctx, c, path);
}

/** Checks the track changes; returns the track ids after them. */
function checkTrackChanges(
  ctx: ValidationContext,
  c: ArchitectureChanges['tracks'],
  path: PathSegment[],
): Set<string> {
  const base = trackIdsOf(ctx.scenario);
  const removed = new Set(c?.remove ?? []);
  checkIdReferences(ctx, 'track', c?.remove, base, [...path, 'remove'], 'to remove');
  for (const [id, change] of Object.entries(c?.modify ?? {})) {
    const at = [...path, 'modify', id];
    if (!checkIdReference(ctx, 'track', id, base, at, 'to modify', { key: true })) continue;
    if (removed.has(id))
      conflict(ctx, at, `track \`${id}\` is both removed and modified`, 'do one or the other');
    const as = `in the changes to track \`${id}\``;
    for (const key of ['parties', 'addParties', 'removeParties'] as const)
      checkIdReferences(ctx, 'actor', change[key], ctx.actorIds, [...at, key], as);
    for (const key of ['chair', 'mediator'] as const) {
      const actor = change[key];
      if (typeof actor === 'string')
        checkIdReference(ctx, 'actor', actor, ctx.actorIds, [...at, key], as);
    }
    checkIdReferences(
      ctx,
      'actor',
      change.decisionRule?.vetoPlayers,
      ctx.actorIds,
      [...at, 'decisionRule', 'vetoPlayers'],
      as,
    );
    const issues = new Set(ctx.scenario.issues.map((issue) => issue.id));
    for (const key of ['issues', 'addIssues', 'removeIssues'] as const)
      checkIdReferences(ctx, 'issue', change[key], issues, [...at, key], as);
    for (const [list, add, remove] of [
      ['parties', 'addParties', 'removeParties'],
      ['issues', 'addIssues', 'removeIssues'],
    ] as const) {
      if (change[list] === undefined || (change[add] ?? change[remove]) === undefined) continue;
      conflict(
        ctx,
        [...at, list],
        `\`${list}\` replaces the list, so \`${add}\` and \`${remove}\` have nothing to edit`,
        'give the full list, or edit it — not both',
      );
    }
  }
  const after = new Set([...base].filter((id) => !removed.has(id)));
  checkAddedTracks(ctx, c?.add ?? [], after, [...path, 'add']);
  return after;
}

function checkAddedTracks(
  ctx: ValidationContext,
  added: readonly Track[],
  ids: Set<string>,
  path: PathSegment[],
): void {
  const issues = new Set(ctx.scenario.issues.map((issue) => issue.id));
  added.forEach((track, i) => {
    const at = [...path, i];
    if (ids.has(track.id)) {
      ctx.out.error({
        code: 'duplicate-id',
        path: [...at, 'id'],
        message: `track id \`${track.id}\` is already used`,
        hint: 'to replace a track, also list it under `remove`; to change it, use `modify`',
      });
    }
    ids.add(track.id);
    const as = `on added track \`${track.id}\``;
    checkIdReferences(ctx, 'actor', track.parties, ctx.actorIds, [...at, 'parties'], as);
    checkIdReferences(ctx, 'issue', track.issues, issues, [...at, 'issues'], as);
    for (const key of ['chair', 'mediator'] as const) {
      const actor = track[key];
      if (actor !== undefined)
        checkIdReference(ctx, 'actor', actor, ctx.actorIds, [...at, key], as);
    }
    checkIdReferences(
      ctx,
      'actor',
      track.decisionRule.vetoPlayers,
      ctx.actorIds,
      [...at, 'decisionRule', 'vetoPlayers'],
      as,
    );
  });
}

function checkVetoChanges(
  ctx: ValidationContext,
  c: ArchitectureChanges['vetoes'],
  options: ReadonlySet<string>,
  path: PathSegment[],
): void {
  const base = new Set((ctx.scenario.vetoes ?? []).map((v) => v.id));
  checkIdReferences(ctx, 'veto', c?.remove, base, [...path, 'remove'], 'to remove');
  const ids = new Set([...base].filter((id) => !(c?.remove ?? []).includes(id)));
  const issues = new Set(ctx.scenario.issues.map((issue) => issue.id));
  c?.add?.forEach((veto, i) => {
    const at = [...path, 'add', i];
    if (ids.has(veto.id)) {
      ctx.out.error({
        code: 'duplicate-id',
        path: [...at, 'id'],
        message: `veto id \`${veto.id}\` is already used`,
        hint: 'to replace a veto, also list it under `remove`',
      });
    }
    ids.add(veto.id);
    const as = `in added veto \`${veto.id}\``;
    checkIdReferences(ctx, 'actor', veto.holders, ctx.actorIds, [...at, 'holders'], as);
    checkIdReferences(ctx, 'issue', veto.scope.issues, issues, [...at, 'scope', 'issues'], as);
    checkIdReferences(ctx, 'option', veto.scope.options, options, [...at, 'scope', 'options'], as);
  });
}

function checkOptionChanges(
  ctx: ValidationContext,
  c: ArchitectureChanges,
  path: PathSegment[],
): void {
  const options = new Set(ctx.optionIndex.keys());
  const removed = new Set(c.removeOptions ?? []);
  for (const id of Object.keys(c.fixOptions ?? {})) {
    const at = [...path, 'fixOptions', id];
    if (!checkIdReference(ctx, 'option', id, options, at, 'to fix', { key: true })) continue;
    if (removed.has(id))
      conflict(
        ctx,
        at,
        `option \`${id}\` is both fixed and removed`,
        'a removed option has no value to fix: do one or the other',
      );
  }
  checkIdReferences(
    ctx,
    'option',
    c.removeOptions,
    options,
    [...path, 'removeOptions'],
    'to remove',
  );
  c.infeasible?.forEach((condition, i) => {
    const at =
      typeof condition === 'string'
        ? [...path, 'infeasible', i]
        : [...path, 'infeasible', i, 'when'];
    checkConditionText(ctx, conditionText(condition), at, options);
  });
}

/** Syntax and option ids of a condition, placed at the offending character. */
function checkConditionText(
  ctx: ValidationContext,
  text: string,
  path: PathSegment[],
  options: ReadonlySet<string>,
): void {
  const parsed = parseStatement(text);
  if (!parsed.ok) {
    for (const d of parsed.diagnostics)
      ctx.out.error({
        code: d.code,
        path,
        offset: (d.col ?? 1) - 1,
        message: d.message,
        hint: d.hint,
      });
    return;
  }
  const tokens = tokenizeStatement(text);
  if (!tokens.ok) return;
  const reported = new Set<string>();
  for (const token of tokens.tokens) {
    if (token.kind !== 'id' || reported.has(token.text)) continue;
    reported.add(token.text);
    checkIdReference(ctx, 'option', token.text, options, path, 'in the condition', {
      offset: token.start,
    });
  }
}
