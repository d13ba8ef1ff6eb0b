/**
 * Checks on what the negotiation engine reads as "no agreement": each issue's `statusQuo` lies
 * on its scale, each actor's `outsideOption` names declared issues with points on their scales,
 * and each `reservation` is a utility on 0–1. Ranges must contain their value, and — when the
 * scenario cites sources — every such number carries a source or a judgement mark, like every
 * other number from the world (checkNumbers.ts).
 */
import { checkIdReference } from './checkIdReference.ts';
import { checkBounds, checkRange, hasProvenance, warnUnsourced } from './checkNumbers.ts';
import type { PathSegment } from './formatPath.ts';
import type { Quantity, Scale } from './schema.ts';
import type { ValidationContext } from './validationContext.ts';

export function checkOutsideOptions(ctx: ValidationContext): void {
  const issues = new Map(ctx.scenario.issues.map((issue) => [issue.id, issue]));
  ctx.scenario.issues.forEach((issue, i) => {
    if (issue.statusQuo === undefined) return;
    const path = ['issues', i, 'statusQuo'];
    onScale(ctx, issue.statusQuo, path, issue.scale, 'status quo', 'status-quo-out-of-scale');
    warnUnsourced(
      ctx,
      issue.statusQuo,
      path,
      `status quo of \`${issue.id}\``,
      hasProvenance(issue),
    );
  });
  ctx.scenario.actors.forEach((actor, a) => {
    const covered = hasProvenance(actor);
    for (const [issueId, q] of Object.entries(actor.outsideOption ?? {})) {
      const path = ['actors', a, 'outsideOption', issueId];
      const known = new Set(issues.keys());
      const as = `in the outside option of \`${actor.id}\``;
      if (!checkIdReference(ctx, 'issue', issueId, known, path, as, { key: true })) continue;
      const scale = issues.get(issueId)!.scale;
      onScale(ctx, q, path, scale, 'outside option', 'outside-option-out-of-scale');
      warnUnsourced(ctx, q, path, `outside option of \`${actor.id}\` on \`${issueId}\``, covered);
    }
    if (actor.reservation !== undefined) {
      const path = ['actors', a, 'reservation'];
      checkRange(ctx, actor.reservation, path);
      const bounds = { min: 0, max: 1, code: 'reservation-out-of-range', what: 'reservation' };
      checkBounds(ctx, actor.reservation, path, bounds);
      warnUnsourced(ctx, actor.reservation, path, `reservation of \`${actor.id}\``, covered);
    }
  });
}

function onScale(
  ctx: ValidationContext,
  q: Quantity,
  path: PathSegment[],
  scale: Scale,
  what: string,
  code: string,
): void {
  checkRange(ctx, q, path);
  if (scale.min >= scale.max) return; // checkNumbers reports the reversed scale
  const bounds = { min: scale.min, max: scale.max, code, what };
  checkBounds(ctx, q, path, bounds);
}
