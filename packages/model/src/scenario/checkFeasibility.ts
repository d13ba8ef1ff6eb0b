/**
 * Checks that need the feasible states: at least one exists, the status quo is one of them, and
 * every explicit ranking lists each feasible state exactly once as a Y/N string (one letter
 * per option, option 0 first) and nothing else.
 */
import type { Expr } from '../statement/ast.ts';
import { evaluate } from '../statement/evaluate.ts';
import { compileInfeasible, conditionText, statusQuoDecimal } from './compileScenario.ts';
import {
  countFeasible,
  feasibleDecimals,
  MAX_OPTIONS,
  stateFromYN,
  ynFromDecimal,
} from './feasibleDecimals.ts';
import type { PathSegment } from './formatPath.ts';
import type { Preference } from './schema.ts';
import { listNames, type ValidationContext } from './validationContext.ts';

/** Above this many options the feasible set is not enumerated during validation. */
export const ENUMERATION_LIMIT = 24;
/** Missing ranking states are listed by name up to this many options. */
const LIST_MISSING_LIMIT = 16;

export function checkFeasibility(ctx: ValidationContext): void {
  const n = ctx.scenario.options.length;
  if (n === 0) return;
  if (n > MAX_OPTIONS) {
    ctx.out.error({
      code: 'too-many-options',
      path: ['options'],
      key: true,
      message: `${n} options make 2^${n} states, more than Parley can number (at most ${MAX_OPTIONS} options)`,
      hint: 'split the conflict into smaller models or merge options',
    });
    return;
  }
  const infeasible = compileInfeasible(ctx.scenario);
  const violated = (decimal: number): number =>
    infeasible.findIndex((c) => evaluate(c, (k) => ((decimal >>> k) & 1) === 1));
  let count: number | undefined;
  if (n > ENUMERATION_LIMIT) {
    ctx.out.warning({
      code: 'many-options',
      path: ['options'],
      key: true,
      message: `${n} options make 2^${n} states: validation does not enumerate them, and GMCR analysis will be slow`,
    });
  } else {
    count = countFeasible(n, infeasible);
    if (count === 0) {
      ctx.out.error({
        code: 'no-feasible-states',
        path: ['infeasible'],
        key: true,
        message: `no state is feasible: the conditions exclude all 2^${n} states`,
        hint: 'a condition describes states to remove; check for one that is always true, e.g. `a | !a`',
      });
      return;
    }
  }
  checkStatusQuo(ctx, violated);
  for (const [actor, preference] of Object.entries(ctx.scenario.preferences)) {
    if (preference.ranking) checkRanking(ctx, actor, preference, { infeasible, violated, count });
  }
}

function describeCondition(ctx: ValidationContext, index: number): string {
  const c = ctx.scenario.infeasible[index]!;
  return `infeasible[${index}] \`${conditionText(c)}\``;
}

function checkStatusQuo(ctx: ValidationContext, violated: (d: number) => number): void {
  const statusQuo = statusQuoDecimal(ctx.scenario);
  const condition = violated(statusQuo);
  if (condition < 0) return;
  const taken = ctx.scenario.options.filter((o) => o.statusQuo).map((o) => o.id);
  ctx.out.error({
    code: 'infeasible-status-quo',
    path: ['options'],
    key: true,
    message: `the status quo ${ynFromDecimal(statusQuo, ctx.scenario.options.length)} (${taken.length > 0 ? `taken: ${listNames(taken)}` : 'no option taken'}) is infeasible: it meets ${describeCondition(ctx, condition)}`,
    hint: 'change the `statusQuo` of an option, or the condition',
  });
}

interface Feasibility {
  infeasible: Expr<number>[];
  violated: (decimal: number) => number;
  /** Number of feasible states, when enumerated. */
  count: number | undefined;
}

function checkRanking(
  ctx: ValidationContext,
  actor: string,
  preference: Preference,
  f: Feasibility,
): void {
  const n = ctx.scenario.options.length;
  const ids = ctx.scenario.options.map((o) => o.id);
  const base: PathSegment[] = ['preferences', actor, 'ranking'];
  const seen = new Map<number, string>();
  const visit = (yn: string, path: PathSegment[]): void => {
    const decimal = stateFromYN(yn);
    if (decimal === undefined || yn.length !== n) {
      ctx.out.error({
        code: 'ranking-bad-state',
        path,
        message:
          decimal === undefined
            ? `\`${yn}\` is not a state: use only the letters Y and N`
            : `\`${yn}\` has ${yn.length} letter${yn.length === 1 ? '' : 's'} but there ${n === 1 ? 'is 1 option' : `are ${n} options`}`,
        hint: `write one Y or N per option, in declaration order: ${listNames(ids, 12)}`,
      });
      return;
    }
    const condition = f.violated(decimal);
    if (condition >= 0) {
      ctx.out.error({
        code: 'ranking-infeasible-state',
        path,
        message: `\`${yn}\` is infeasible: it meets ${describeCondition(ctx, condition)}`,
        hint: 'rankings list only feasible states: remove it',
      });
    } else if (seen.has(decimal)) {
      ctx.out.error({
        code: 'ranking-duplicate-state',
        path,
        message: `\`${yn}\` is ranked twice (also at ${seen.get(decimal)})`,
        hint: 'rank each state once; states that are equally preferred go in one tie group `[YN, NY]`',
      });
    } else {
      seen.set(decimal, `ranking[${path.slice(base.length).join('][')}]`);
    }
  };
  preference.ranking!.forEach((entry, i) => {
    if (typeof entry === 'string') visit(entry, [...base, i]);
    else entry.forEach((yn, j) => visit(yn, [...base, i, j]));
  });
  if (f.count === undefined || seen.size >= f.count) return;
  const missing = f.count - seen.size;
  const listed =
    n <= LIST_MISSING_LIMIT
      ? `: ${listNames(
          feasibleDecimals(n, f.infeasible)
            .filter((d) => !seen.has(d))
            .map((d) => ynFromDecimal(d, n)),
          6,
        )}`
      : '';
  ctx.out.error({
    code: 'ranking-missing-states',
    path: base,
    key: true,
    message: `the ranking of \`${actor}\` misses ${missing} feasible state${missing === 1 ? '' : 's'}${listed}`,
    hint: `an explicit ranking orders every feasible state (${f.count} here); or use prioritized \`statements\` instead`,
  });
}
