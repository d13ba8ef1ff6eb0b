/**
 * Identity and reference checks: ids unique per kind, option ids not reserved words, every
 * actor and source reference resolvable; warnings for sources and actors nothing uses.
 */
import { didYouMean } from '../didYouMean.ts';
import type { PathSegment } from './formatPath.ts';
import { listNames, type ValidationContext } from './validationContext.ts';

const RESERVED_WORDS = new Set(['if', 'iff']);

export function checkReferences(ctx: ValidationContext): void {
  checkUniqueIds(ctx);
  checkActorReferences(ctx);
  checkSourceReferences(ctx);
  warnUnusedActors(ctx);
}

function checkUniqueIds(ctx: ValidationContext): void {
  const { scenario, out } = ctx;
  const lists = [
    ['actors', 'actor', scenario.actors],
    ['issues', 'issue', scenario.issues],
    ['options', 'option', scenario.options],
  ] as const;
  for (const [key, kind, items] of lists) {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else {
        out.error({
          code: 'duplicate-id',
          path: [key, i, 'id'],
          message: `${kind} id \`${item.id}\` is already used by ${key}[${earlier}]`,
          hint: `give every ${kind} its own id`,
        });
      }
    });
  }
  scenario.options.forEach((option, i) => {
    if (RESERVED_WORDS.has(option.id.toLowerCase())) {
      out.error({
        code: 'reserved-option-id',
        path: ['options', i, 'id'],
        message: `\`${option.id}\` is a reserved word of the statement language and cannot be an option id`,
        hint: 'choose another id, e.g. `do_' + option.id + '`',
      });
    }
  });
}

function unknownActor(
  ctx: ValidationContext,
  id: string,
  path: PathSegment[],
  role: string,
  key = false,
): void {
  if (ctx.actorIds.has(id)) return;
  ctx.out.error({
    code: 'unknown-actor',
    path,
    key,
    message: `unknown actor \`${id}\` ${role}`,
    hint: didYouMean(id, ctx.actorIds) ?? `declared actors: ${listNames([...ctx.actorIds])}`,
  });
}

function checkActorReferences(ctx: ValidationContext): void {
  const { scenario } = ctx;
  scenario.options.forEach((o, i) =>
    unknownActor(ctx, o.owner, ['options', i, 'owner'], 'as option owner'),
  );
  scenario.issues.forEach((issue, i) => {
    for (const actor of Object.keys(issue.positions)) {
      unknownActor(
        ctx,
        actor,
        ['issues', i, 'positions', actor],
        `has a position on \`${issue.id}\``,
        true,
      );
    }
  });
  for (const actor of Object.keys(scenario.preferences)) {
    unknownActor(ctx, actor, ['preferences', actor], 'has a preference', true);
  }
  scenario.coalitions?.forEach((members, i) =>
    members.forEach((actor, j) => unknownActor(ctx, actor, ['coalitions', i, j], 'in a coalition')),
  );
}

/** Every `source` anywhere in the scenario (outside `sources` itself) names a declared source. */
function checkSourceReferences(ctx: ValidationContext): void {
  const declared = Object.keys(ctx.scenario.sources);
  const used = new Set<string>();
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.source === 'string') checkSource(record.source, [...path, 'source']);
    else if (Array.isArray(record.source)) {
      record.source.forEach(
        (s, i) => typeof s === 'string' && checkSource(s, [...path, 'source', i]),
      );
    }
    for (const [key, child] of Object.entries(record))
      if (key !== 'source') visit(child, [...path, key]);
  };
  const checkSource = (id: string, path: PathSegment[]): void => {
    used.add(id);
    if (Object.hasOwn(ctx.scenario.sources, id)) return;
    ctx.out.error({
      code: 'unknown-source',
      path,
      message: `unknown source \`${id}\``,
      hint:
        didYouMean(id, declared) ??
        (declared.length === 0
          ? `declare it under \`sources:\`, e.g. \`${id}: {title: "…", url: "…"}\``
          : `declared sources: ${listNames(declared)}`),
    });
  };
  for (const [key, value] of Object.entries(ctx.scenario))
    if (key !== 'sources') visit(value, [key]);
  for (const id of declared) {
    if (!used.has(id)) {
      ctx.out.warning({
        code: 'unused-source',
        path: ['sources', id],
        key: true,
        message: `source \`${id}\` is never cited`,
        hint: 'cite it with `source: ' + id + '` next to the value it supports, or remove it',
      });
    }
  }
}

function warnUnusedActors(ctx: ValidationContext): void {
  const { scenario } = ctx;
  if (scenario.options.length === 0 && scenario.issues.length === 0) return;
  const positioned = new Set(scenario.issues.flatMap((issue) => Object.keys(issue.positions)));
  scenario.actors.forEach((actor, i) => {
    if (ctx.owners.has(actor.id) || positioned.has(actor.id)) return;
    ctx.out.warning({
      code: 'unused-actor',
      path: ['actors', i],
      message: `actor \`${actor.id}\` owns no option and has no position on any issue, so no method uses it`,
      hint: 'give it options or issue positions, or remove it',
    });
  });
}
