/**
 * One reporter for references to declared things (actors, issues, options, tracks, vetoes) in
 * the structural parts of a scenario — tracks, roles, vetoes, sequencing and architectures — so
 * every unknown id reads the same way and suggests the closest declared id.
 */
import { didYouMean } from '../didYouMean.ts';
import type { PathSegment } from './formatPath.ts';
import { listNames, type ValidationContext } from './validationContext.ts';
import type { LocateTarget } from './yamlLocator.ts';

/** The kinds of things a reference can name, with the key that declares them. */
const DECLARED_UNDER = {
  actor: 'actors',
  issue: 'issues',
  option: 'options',
  track: 'tracks',
  veto: 'vetoes',
} as const;

export type ReferenceKind = keyof typeof DECLARED_UNDER;

/**
 * Reports `unknown-<kind>` unless `id` is in `known`; true when the reference resolves.
 * `as` says what the reference is for ("as chair of track `x`"); `target` places it on a key
 * or at a character of a string.
 */
export function checkIdReference(
  ctx: ValidationContext,
  kind: ReferenceKind,
  id: string,
  known: ReadonlySet<string>,
  path: readonly PathSegment[],
  as: string,
  target: LocateTarget = {},
): boolean {
  if (known.has(id)) return true;
  const names = [...known];
  ctx.out.error({
    code: `unknown-${kind}`,
    path,
    ...target,
    message: `unknown ${kind} \`${id}\` ${as}`,
    hint:
      didYouMean(id, names) ??
      (names.length === 0
        ? `the scenario declares no \`${DECLARED_UNDER[kind]}\``
        : `declared ${DECLARED_UNDER[kind]}: ${listNames(names)}`),
  });
  return false;
}

/** Checks each id of a list; true when all resolve. */
export function checkIdReferences(
  ctx: ValidationContext,
  kind: ReferenceKind,
  ids: readonly string[] | undefined,
  known: ReadonlySet<string>,
  path: readonly PathSegment[],
  as: string,
): boolean {
  let ok = true;
  ids?.forEach((id, i) => {
    if (!checkIdReference(ctx, kind, id, known, [...path, i], as)) ok = false;
  });
  return ok;
}

/** Reports `duplicate-id` for every item whose id an earlier item already uses. */
export function checkUniqueIds(
  ctx: ValidationContext,
  items: readonly { id: string }[],
  path: readonly PathSegment[],
  kind: string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      ctx.out.error({
        code: 'duplicate-id',
        path: [...path, i, 'id'],
        message: `${kind} id \`${item.id}\` is already used by ${path.join('.')}[${earlier}]`,
        hint: `give every ${kind} its own id`,
      });
    }
  });
}
