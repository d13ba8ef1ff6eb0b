/**
 * GMCR structure: every decision maker (actor owning an option) has exactly one preference of
 * exactly one kind, and the coalitions, when given, partition the decision makers.
 */
import { listNames, type ValidationContext } from './validationContext.ts';

export function checkPreferences(ctx: ValidationContext): void {
  const { scenario, out, owners } = ctx;
  for (const [actor, options] of owners) {
    if (!ctx.actorIds.has(actor) || Object.hasOwn(scenario.preferences, actor)) continue;
    out.error({
      code: 'missing-preference',
      path: ['preferences'],
      key: true,
      message: `actor \`${actor}\` owns ${listNames(options, 4)} but has no preference`,
      hint: `add \`${actor}:\` under \`preferences:\` with prioritized \`statements:\` or an explicit \`ranking:\``,
    });
  }
  for (const [actor, preference] of Object.entries(scenario.preferences)) {
    const path = ['preferences', actor];
    const hasStatements = preference.statements !== undefined;
    const hasRanking = preference.ranking !== undefined;
    if (hasStatements === hasRanking) {
      out.error({
        code: 'preference-kind',
        path,
        key: true,
        message: `the preference of \`${actor}\` has ${hasStatements ? 'both `statements` and `ranking`' : 'neither `statements` nor `ranking`'}`,
        hint: 'give exactly one: prioritized `statements` (GMCR+ option prioritization) or an explicit `ranking`',
      });
    }
    if (ctx.actorIds.has(actor) && !owners.has(actor) && scenario.options.length > 0) {
      out.warning({
        code: 'preference-without-options',
        path,
        key: true,
        message: `actor \`${actor}\` has a preference but owns no option, so the graph model ignores it`,
        hint: 'give the actor an option (`owner: ' + actor + '`) or remove the preference',
      });
    }
  }
  checkCoalitions(ctx);
}

function checkCoalitions(ctx: ValidationContext): void {
  const { scenario, out, owners } = ctx;
  if (!scenario.coalitions) return;
  const placed = new Map<string, number>();
  scenario.coalitions.forEach((members, i) =>
    members.forEach((actor, j) => {
      const earlier = placed.get(actor);
      if (earlier !== undefined) {
        out.error({
          code: 'coalition-overlap',
          path: ['coalitions', i, j],
          message: `actor \`${actor}\` is already in coalitions[${earlier}]`,
          hint: 'coalitions partition the decision makers: each belongs to exactly one',
        });
        return;
      }
      placed.set(actor, i);
      if (ctx.actorIds.has(actor) && !owners.has(actor)) {
        out.warning({
          code: 'coalition-member-without-options',
          path: ['coalitions', i, j],
          message: `actor \`${actor}\` owns no option, so it is not a decision maker of the graph model`,
          hint: 'remove it from the coalition',
        });
      }
    }),
  );
  const left = [...owners.keys()].filter((actor) => ctx.actorIds.has(actor) && !placed.has(actor));
  if (left.length > 0) {
    out.error({
      code: 'coalition-missing-actor',
      path: ['coalitions'],
      key: true,
      message: `the coalitions leave out ${listNames(left)}, which own${left.length === 1 ? 's' : ''} options`,
      hint: `coalitions partition the decision makers: add ${left.length === 1 ? 'it' : 'each'} to one, alone if need be (\`[${left[0]}]\`)`,
    });
  }
}
