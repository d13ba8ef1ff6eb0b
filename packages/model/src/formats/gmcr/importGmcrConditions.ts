/**
 * A list of GMCR+ conditions (preferences, misperceptions or infeasibles) as expressions over
 * Parley option bits, applying GMCR+'s load rules in its order:
 * 1. a condition whose GMCR+ name (Y/N/dash pattern) repeats an earlier one is ignored;
 * 2. a condition that mentions a deleted option is dropped (GMCR+ `ConditionList.validate`);
 * 3. option indices are renumbered to the regrouped bit order.
 * A condition that holds in every state or in none says nothing about a preference; for an
 * infeasible or a misperception, "every state" is an error.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import type { Expr } from '../../statement/ast.ts';
import { conditionToExpr } from './conditionToExpr.ts';
import {
  conditionMembers,
  gmcrConditionName,
  isCompound,
  type GmcrAnyCondition,
  type GmcrCondition,
} from './gmcrFile.ts';
import type { GmcrOptionLayout } from './gmcrOptionLayout.ts';

export type ConditionRole = 'preference' | 'infeasible' | 'misperception';

export type Report = (
  severity: Diagnostic['severity'],
  code: string,
  path: string,
  message: string,
  hint?: string,
) => void;

export interface ConditionImport {
  optionCount: number;
  layout: GmcrOptionLayout;
  report: Report;
}

/** The usable conditions of one list, as expressions over Parley bits, in file order. */
export function importGmcrConditions(
  ctx: ConditionImport,
  conditions: readonly GmcrAnyCondition[],
  path: string,
  role: ConditionRole,
): Expr<number>[] {
  const names = new Set<string>();
  const exprs: Expr<number>[] = [];
  conditions.forEach((condition, i) => {
    const at = `${path}[${i}]`;
    const name = gmcrConditionName(condition, ctx.optionCount);
    if (names.has(name)) {
      ctx.report(
        'warning',
        'gmcr-duplicate-condition',
        at,
        `repeats an earlier ${role} (${name}); ignored, as GMCR+ does`,
      );
      return;
    }
    names.add(name);
    const members = conditionMembers(condition);
    if (members.some((m) => m.some(([option]) => ctx.layout.deleted.has(option)))) {
      const message = `mentions an option that was left out; this ${role} is dropped, as GMCR+ does`;
      ctx.report('warning', 'gmcr-condition-dropped', at, message);
      return;
    }
    const expr = meaningOf(ctx, renumber(ctx, condition), at, role);
    if (expr !== undefined) exprs.push(expr);
  });
  return exprs;
}

function renumber(ctx: ConditionImport, condition: GmcrAnyCondition): GmcrAnyCondition {
  const map = (c: GmcrCondition): GmcrCondition =>
    c.map(([option, yn]) => [ctx.layout.bitOf(option) as number, yn]);
  return isCompound(condition)
    ? { compound: true, members: condition.members.map(map) }
    : map(condition);
}

function meaningOf(
  ctx: ConditionImport,
  condition: GmcrAnyCondition,
  at: string,
  role: ConditionRole,
) {
  const meaning = conditionToExpr(condition);
  if (meaning.kind === 'expr') return meaning.expr;
  if (meaning.kind === 'always' && role !== 'preference') {
    const what = role === 'infeasible' ? 'makes every state infeasible' : 'hides every state';
    ctx.report('error', 'gmcr-empty-condition', at, `this ${role} has no literals, so it ${what}`);
    return undefined;
  }
  const holds = meaning.kind === 'always' ? 'every state' : 'no state';
  const effect = role === 'preference' ? 'cannot change the ranking' : 'has no effect';
  ctx.report(
    'warning',
    'gmcr-constant-condition',
    at,
    `this ${role} holds in ${holds}, so it ${effect}; left out`,
  );
  return undefined;
}
