/**
 * Checks on issue linkages (`linkages`, read by the forecasting models; see docs/forecast.md,
 * "Issue linkage"):
 *
 * - linkage ids are unique;
 * - every issue id names a declared issue (with a "did you mean");
 * - an issue appears at most once in a linkage.
 *
 * Warning: an actor with a position on some but not all issues of a linkage — the forecast
 * leaves it out of the package, so the analyst should know.
 */
import { checkIdReferences, checkUniqueIds } from './checkIdReference.ts';
import type { PathSegment } from './formatPath.ts';
import type { Linkage } from './schema.ts';
import type { ValidationContext } from './validationContext.ts';

export function checkLinkages(ctx: ValidationContext): void {
  const linkages = ctx.scenario.linkages ?? [];
  checkUniqueIds(ctx, linkages, ['linkages'], 'linkage');
  const issueIds = new Set(ctx.scenario.issues.map((issue) => issue.id));
  linkages.forEach((linkage, i) => checkLinkage(ctx, linkage, ['linkages', i], issueIds));
}

function checkLinkage(
  ctx: ValidationContext,
  linkage: Linkage,
  path: PathSegment[],
  issueIds: ReadonlySet<string>,
): void {
  const known = checkIdReferences(
    ctx,
    'issue',
    linkage.issues,
    issueIds,
    [...path, 'issues'],
    `in linkage \`${linkage.id}\``,
  );
  const seen = new Set<string>();
  linkage.issues.forEach((id, k) => {
    if (!seen.has(id)) return void seen.add(id);
    ctx.out.error({
      code: 'duplicate-linked-issue',
      path: [...path, 'issues', k],
      message: `issue \`${id}\` appears twice in linkage \`${linkage.id}\``,
      hint: 'list each issue of the package once',
    });
  });
  if (known) warnPartialActors(ctx, linkage, path);
}

function warnPartialActors(ctx: ValidationContext, linkage: Linkage, path: PathSegment[]): void {
  const issues = linkage.issues.map((id) => ctx.scenario.issues.find((issue) => issue.id === id)!);
  for (const actor of ctx.scenario.actors) {
    const missing = issues.filter((issue) => issue.positions[actor.id] === undefined);
    if (missing.length === 0 || missing.length === issues.length) continue;
    ctx.out.warning({
      code: 'linkage-partial-actor',
      path: [...path, 'issues'],
      key: true,
      message:
        `actor \`${actor.id}\` has no position on ${missing.map((i) => `\`${i.id}\``).join(', ')}, ` +
        `so the forecast leaves it out of linkage \`${linkage.id}\``,
      hint: 'give it a position on every linked issue, or accept that it sits the package out',
    });
  }
}
