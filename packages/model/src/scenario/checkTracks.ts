/**
 * Checks on the negotiating tables (`tracks`) and how they relate (`sequencing`):
 *
 * - ids unique; parties, chair, mediator and veto players name actors, issues name issues;
 * - the chair is a party; a track's veto players are parties (an actor who can block from
 *   outside the table holds an implementation veto: `vetoes`);
 * - each decision rule has the keys its kind needs and no others;
 * - an issue sits at one table at most, so every issue has one negotiated outcome;
 * - sequencing names declared tracks, each once, and `sequenced` names them all.
 *
 * Warnings: a table with fewer than two parties, a party repeated, a party without a position
 * on an issue of its table (the negotiation engine cannot value offers for it), a linked package
 * of one track, sequencing without tracks.
 */
import { checkIdReference, checkIdReferences, checkUniqueIds } from './checkIdReference.ts';
import type { PathSegment } from './formatPath.ts';
import type { Scenario, Sequencing, Track } from './schema.ts';
import { listNames, type ValidationContext } from './validationContext.ts';

export function checkTracks(ctx: ValidationContext): void {
  const tracks = ctx.scenario.tracks ?? [];
  checkUniqueIds(ctx, tracks, ['tracks'], 'track');
  const issueIds = new Set(ctx.scenario.issues.map((issue) => issue.id));
  tracks.forEach((track, i) => checkTrack(ctx, track, ['tracks', i], issueIds));
  checkIssuesOnOneTrack(ctx, tracks);
  const { sequencing } = ctx.scenario;
  if (sequencing !== undefined && tracks.length === 0) {
    ctx.out.warning({
      code: 'sequencing-without-tracks',
      path: ['sequencing'],
      key: true,
      message: 'the scenario has `sequencing` but no `tracks`',
      hint: 'declare the tracks it orders, or remove `sequencing`',
    });
  }
  checkSequencing(ctx, sequencing, new Set(tracks.map((t) => t.id)));
}

function checkTrack(
  ctx: ValidationContext,
  track: Track,
  path: PathSegment[],
  issueIds: ReadonlySet<string>,
): void {
  const on = `of track \`${track.id}\``;
  checkIdReferences(
    ctx,
    'actor',
    track.parties,
    ctx.actorIds,
    [...path, 'parties'],
    `as party ${on}`,
  );
  checkIdReferences(
    ctx,
    'issue',
    track.issues,
    issueIds,
    [...path, 'issues'],
    `on track \`${track.id}\``,
  );
  const parties = new Set(track.parties);
  warnRepeated(ctx, track.parties, [...path, 'parties'], `party ${on}`);
  if (parties.size < 2) {
    ctx.out.warning({
      code: 'track-too-few-parties',
      path: [...path, 'parties'],
      key: true,
      message: `track \`${track.id}\` has a single party: there is nobody to negotiate with`,
      hint: 'add the other parties at the table',
    });
  }
  if (
    track.chair !== undefined &&
    checkIdReference(
      ctx,
      'actor',
      track.chair,
      ctx.actorIds,
      [...path, 'chair'],
      `as chair ${on}`,
    ) &&
    !parties.has(track.chair)
  ) {
    ctx.out.error({
      code: 'chair-not-party',
      path: [...path, 'chair'],
      message: `the chair \`${track.chair}\` of track \`${track.id}\` is not one of its parties`,
      hint: `add \`${track.chair}\` to \`parties\`, or make it the \`mediator\` (who may be an outsider)`,
    });
  }
  if (track.mediator !== undefined) {
    checkIdReference(
      ctx,
      'actor',
      track.mediator,
      ctx.actorIds,
      [...path, 'mediator'],
      `as mediator ${on}`,
    );
  }
  checkDecisionRule(ctx, track, [...path, 'decisionRule']);
  warnMissingPositions(ctx, track, path);
}

function warnRepeated(
  ctx: ValidationContext,
  ids: readonly string[],
  path: PathSegment[],
  what: string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!seen.has(id)) return void seen.add(id);
    ctx.out.warning({
      code: 'duplicate-reference',
      path: [...path, i],
      message: `\`${id}\` is listed twice as ${what}`,
      hint: 'list it once',
    });
  });
}

function checkDecisionRule(ctx: ValidationContext, track: Track, path: PathSegment[]): void {
  const rule = track.decisionRule;
  const extra = (key: 'vetoPlayers' | 'quota', why: string): void =>
    ctx.out.error({
      code: 'decision-rule-extra',
      path: [...path, key],
      key: true,
      message: `a \`${rule.kind}\` decision rule takes no \`${key}\`: ${why}`,
      hint: `remove \`${key}\`, or change \`kind\``,
    });
  if (rule.kind === 'unanimity' && rule.vetoPlayers !== undefined)
    extra('vetoPlayers', 'under unanimity every party has a veto');
  if (rule.kind !== 'majority' && rule.quota !== undefined)
    extra('quota', 'only a majority rule counts acceptances');
  if (rule.kind === 'veto-players' && (rule.vetoPlayers ?? []).length === 0) {
    ctx.out.error({
      code: 'decision-rule-incomplete',
      path,
      key: true,
      message: `the \`veto-players\` rule of track \`${track.id}\` names no veto players`,
      hint: 'add `vetoPlayers: [<actor id>, …]`, or use `kind: unanimity`',
    });
  }
  rule.vetoPlayers?.forEach((actor, i) => {
    const at = [...path, 'vetoPlayers', i];
    if (
      !checkIdReference(
        ctx,
        'actor',
        actor,
        ctx.actorIds,
        at,
        `as veto player of track \`${track.id}\``,
      )
    )
      return;
    if (track.parties.includes(actor)) return;
    ctx.out.error({
      code: 'veto-player-not-party',
      path: at,
      message: `veto player \`${actor}\` of track \`${track.id}\` is not one of its parties`,
      hint: "a track's veto players sit at the table; an actor who can block from outside holds an implementation veto: declare it under `vetoes`",
    });
  });
  if (rule.kind === 'majority' && rule.quota !== undefined) checkQuota(ctx, track, path);
}

function checkQuota(ctx: ValidationContext, track: Track, path: PathSegment[]): void {
  const quota = track.decisionRule.quota!;
  const n = new Set(track.parties).size;
  if (Number.isInteger(quota) && quota >= 1 && quota <= n) return;
  ctx.out.error({
    code: 'quota-out-of-range',
    path: [...path, 'quota'],
    message: `quota ${quota} of track \`${track.id}\` is not a whole number from 1 to its ${n} parties`,
    hint: `omit \`quota\` for a simple majority (${Math.floor(n / 2) + 1} of ${n})`,
  });
}

function warnMissingPositions(ctx: ValidationContext, track: Track, path: PathSegment[]): void {
  for (const issueId of track.issues) {
    const issue = ctx.scenario.issues.find((x) => x.id === issueId);
    if (!issue) continue;
    const missing = [...new Set(track.parties)].filter(
      (actor) => ctx.actorIds.has(actor) && !Object.hasOwn(issue.positions, actor),
    );
    if (missing.length === 0) continue;
    ctx.out.warning({
      code: 'party-without-position',
      path: [...path, 'issues', track.issues.indexOf(issueId)],
      message: `${listNames(missing)} ${missing.length === 1 ? 'sits' : 'sit'} at track \`${track.id}\` but ${missing.length === 1 ? 'has' : 'have'} no position on its issue \`${issueId}\``,
      hint: `add ${missing.length === 1 ? 'a position' : 'positions'} under \`issues\` → \`${issueId}\` → \`positions\``,
    });
  }
}

function checkIssuesOnOneTrack(ctx: ValidationContext, tracks: readonly Track[]): void {
  const placed = new Map<string, string>();
  tracks.forEach((track, i) =>
    track.issues.forEach((issue, j) => {
      const other = placed.get(issue);
      if (other === undefined) return void placed.set(issue, track.id);
      if (other === track.id) return;
      ctx.out.error({
        code: 'issue-on-two-tracks',
        path: ['tracks', i, 'issues', j],
        message: `issue \`${issue}\` is on track \`${other}\` and on track \`${track.id}\``,
        hint: 'an issue has one outcome, so one table negotiates it; to make two tables decide together, link them with `sequencing: {kind: linked, packages: [[…]]}`',
      });
    }),
  );
}

/** The track ids of a sequencing, with their paths. */
function sequencedIds(sequencing: Sequencing): [string, PathSegment[]][] {
  const ids: [string, PathSegment[]][] = [];
  sequencing.order?.forEach((step, i) => {
    if (typeof step === 'string') ids.push([step, ['order', i]]);
    else step.forEach((id, j) => ids.push([id, ['order', i, j]]));
  });
  sequencing.packages?.forEach((pkg, i) =>
    pkg.forEach((id, j) => ids.push([id, ['packages', i, j]])),
  );
  return ids;
}

/** Checks a sequencing (at `path`) against the track ids it may name. */
export function checkSequencing(
  ctx: ValidationContext,
  sequencing: Sequencing | undefined,
  trackIds: ReadonlySet<string>,
  path: PathSegment[] = ['sequencing'],
): void {
  if (sequencing === undefined) return;
  checkSequencingKeys(ctx, sequencing, path);
  const seen = new Set<string>();
  for (const [id, at] of sequencedIds(sequencing)) {
    if (!checkIdReference(ctx, 'track', id, trackIds, [...path, ...at], 'in the sequencing'))
      continue;
    if (seen.has(id)) {
      ctx.out.error({
        code: 'sequencing-duplicate-track',
        path: [...path, ...at],
        message: `track \`${id}\` appears twice in the sequencing`,
        hint: 'a track runs once: list it in one step (or one package)',
      });
    }
    seen.add(id);
  }
  const missing = [...trackIds].filter((id) => !seen.has(id));
  if (sequencing.kind === 'sequenced' && sequencing.order && missing.length > 0) {
    ctx.out.error({
      code: 'sequencing-missing-track',
      path: [...path, 'order'],
      key: true,
      message: `the order leaves out ${missing.length === 1 ? 'track' : 'tracks'} ${listNames(missing)}`,
      hint: 'put every track in a step; tracks that run alongside another go in one step as a list, e.g. `[a, [b, c]]`',
    });
  }
  sequencing.packages?.forEach((pkg, i) => {
    if (new Set(pkg).size >= 2) return;
    ctx.out.warning({
      code: 'package-too-small',
      path: [...path, 'packages', i],
      message: 'a package of one track links nothing',
      hint: 'list at least two tracks in a package; a track in no package stands alone anyway',
    });
  });
}

const NEEDS = { parallel: undefined, sequenced: 'order', linked: 'packages' } as const;

function checkSequencingKeys(
  ctx: ValidationContext,
  sequencing: Sequencing,
  path: PathSegment[],
): void {
  const needed = NEEDS[sequencing.kind];
  for (const key of ['order', 'packages'] as const) {
    if (key === needed || sequencing[key] === undefined) continue;
    ctx.out.error({
      code: 'sequencing-extra',
      path: [...path, key],
      key: true,
      message: `\`${sequencing.kind}\` sequencing takes no \`${key}\``,
      hint: needed ? `\`${sequencing.kind}\` uses \`${needed}\`` : 'parallel tracks need no order',
    });
  }
  if (needed !== undefined && sequencing[needed] === undefined) {
    ctx.out.error({
      code: 'sequencing-incomplete',
      path,
      key: true,
      message: `\`${sequencing.kind}\` sequencing needs \`${needed}\``,
      hint:
        needed === 'order'
          ? 'add `order: [first_track, [second_a, second_b], …]`'
          : 'add `packages: [[track_a, track_b], …]`',
    });
  }
}

/** The track ids of a scenario. */
export const trackIdsOf = (scenario: Pick<Scenario, 'tracks'>): Set<string> =>
  new Set((scenario.tracks ?? []).map((t) => t.id));
