/**
 * Checks on the numbers: uncertainty ranges well formed and containing their value, issue
 * scales increasing, positions inside their scale, salience on 0–100, capability non-negative;
 * warnings for issues too thin to forecast, dates that are not ISO 8601 and — when the
 * scenario cites sources at all — numbers carrying neither a source nor a judgement mark.
 */
import type { PathSegment } from './formatPath.ts';
import { quantityValue, type Quantity } from './schema.ts';
import type { ValidationContext } from './validationContext.ts';

export function checkNumbers(ctx: ValidationContext): void {
  checkActors(ctx);
  checkIssues(ctx);
  checkDates(ctx);
}

interface Provenance {
  source?: string | string[] | undefined;
  judgement?: boolean | undefined;
}
export const hasProvenance = (p: Provenance | undefined): boolean =>
  p !== undefined && (p.source !== undefined || p.judgement === true);

/** The path of the number itself: `…capability.value` for the long form. */
const valuePath = (q: Quantity, path: PathSegment[]): PathSegment[] =>
  typeof q === 'number' ? path : [...path, 'value'];

export function checkRange(ctx: ValidationContext, q: Quantity, path: PathSegment[]): void {
  if (typeof q === 'number' || !q.range) return;
  const [low, high] = q.range;
  if (low > high) {
    ctx.out.error({
      code: 'range-reversed',
      path: [...path, 'range'],
      message: `range [${low}, ${high}] is reversed`,
      hint: `write the low end first: [${high}, ${low}]`,
    });
  } else if (q.value < low || q.value > high) {
    ctx.out.error({
      code: 'range-excludes-value',
      path: [...path, 'range'],
      message: `range [${low}, ${high}] does not contain the value ${q.value}`,
      hint: 'the range is the plausible interval around the value: widen it or correct the value',
    });
  }
}

export function checkBounds(
  ctx: ValidationContext,
  q: Quantity,
  path: PathSegment[],
  bounds: { min: number; max: number; code: string; what: string },
): void {
  const outside = (x: number): boolean => x < bounds.min || x > bounds.max;
  const span = `${bounds.min}–${bounds.max}`;
  if (outside(quantityValue(q))) {
    ctx.out.error({
      code: bounds.code,
      path: valuePath(q, path),
      message: `${bounds.what} ${quantityValue(q)} is outside ${span}`,
      hint: `use a value from ${bounds.min} to ${bounds.max}`,
    });
  } else if (typeof q !== 'number' && q.range && q.range.some(outside)) {
    ctx.out.error({
      code: bounds.code,
      path: [...path, 'range'],
      message: `range [${q.range.join(', ')}] of the ${bounds.what} reaches outside ${span}`,
      hint: `keep the range within ${bounds.min} to ${bounds.max}`,
    });
  }
}

export function warnUnsourced(
  ctx: ValidationContext,
  q: Quantity,
  path: PathSegment[],
  what: string,
  covered: boolean,
): void {
  if (covered || Object.keys(ctx.scenario.sources).length === 0) return;
  if (typeof q !== 'number' && hasProvenance(q)) return;
  const v = quantityValue(q);
  ctx.out.warning({
    code: 'unsourced-number',
    path,
    message: `${what} has no source and is not marked as judgement`,
    hint: `write \`{value: ${v}, source: <source id>}\` or \`{value: ${v}, judgement: true}\` (a source on the enclosing entry covers all its numbers)`,
  });
}

function checkActors(ctx: ValidationContext): void {
  ctx.scenario.actors.forEach((actor, i) => {
    const covered = hasProvenance(actor);
    if (actor.capability !== undefined) {
      const path = ['actors', i, 'capability'];
      checkRange(ctx, actor.capability, path);
      const q = actor.capability;
      const lowest = Math.min(quantityValue(q), ...(typeof q === 'number' ? [] : (q.range ?? [])));
      if (lowest < 0) {
        ctx.out.error({
          code: 'negative-capability',
          path: quantityValue(q) < 0 ? valuePath(q, path) : [...path, 'range'],
          message: `capability of \`${actor.id}\` is negative (${lowest})`,
          hint: 'capability is a non-negative strength, on any scale you like',
        });
      }
      warnUnsourced(ctx, actor.capability, path, `capability of \`${actor.id}\``, covered);
    }
    for (const [name, q] of Object.entries(actor.indicators ?? {})) {
      const path = ['actors', i, 'indicators', name];
      checkRange(ctx, q, path);
      warnUnsourced(ctx, q, path, `indicator \`${name}\` of \`${actor.id}\``, covered);
    }
  });
}

function checkIssues(ctx: ValidationContext): void {
  ctx.scenario.issues.forEach((issue, i) => {
    const { min, max } = issue.scale;
    const scaleOk = min < max;
    if (!scaleOk) {
      ctx.out.error({
        code: 'scale-reversed',
        path: ['issues', i, 'scale'],
        message: `scale of \`${issue.id}\` runs from ${min} to ${max}: min must be below max`,
        hint: '`min` is the `low` end and `max` the `high` end; the default scale is 0–100',
      });
    }
    const entries = Object.entries(issue.positions);
    for (const [actor, p] of entries) {
      const path = ['issues', i, 'positions', actor];
      const covered = hasProvenance(issue) || hasProvenance(p);
      checkRange(ctx, p.position, [...path, 'position']);
      checkRange(ctx, p.salience, [...path, 'salience']);
      if (scaleOk) {
        const bounds = { min, max, code: 'position-out-of-scale', what: 'position' };
        checkBounds(ctx, p.position, [...path, 'position'], bounds);
      }
      const salience = { min: 0, max: 100, code: 'salience-out-of-range', what: 'salience' };
      checkBounds(ctx, p.salience, [...path, 'salience'], salience);
      const on = `of \`${actor}\` on \`${issue.id}\``;
      warnUnsourced(ctx, p.position, [...path, 'position'], `position ${on}`, covered);
      warnUnsourced(ctx, p.salience, [...path, 'salience'], `salience ${on}`, covered);
    }
    if (entries.length < 2) {
      ctx.out.warning({
        code: 'few-positions',
        path: ['issues', i, 'positions'],
        key: true,
        message: `issue \`${issue.id}\` has ${entries.length === 0 ? 'no positions' : 'only one position'}: forecasting needs at least two actors`,
        hint: 'add the positions of the other actors involved',
      });
    }
  });
}

const ISO_DATE =
  /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function checkDates(ctx: ValidationContext): void {
  const check = (value: string | undefined, path: PathSegment[]): void => {
    if (value === undefined || ISO_DATE.test(value.trim())) return;
    ctx.out.warning({
      code: 'not-iso-date',
      path,
      message: `${JSON.stringify(value)} is not an ISO 8601 date`,
      hint: 'write dates as `2018-06-12`, `2018-06` or `2018`',
    });
  };
  check(ctx.scenario.asOf, ['asOf']);
  for (const [id, source] of Object.entries(ctx.scenario.sources)) {
    check(source.date, ['sources', id, 'date']);
    check(source.accessed, ['sources', id, 'accessed']);
  }
}
