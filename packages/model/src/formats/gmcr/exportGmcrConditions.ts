/**
 * Scenario statements → GMCR+ conditions. A statement is parsed, its option ids replaced by
 * GMCR+ bits and put in disjunctive normal form (toDnf.ts): one term is a simple condition,
 * several terms a compound `{compound: true, members}`. Infeasible conditions and
 * misperceptions must be simple in GMCR+, so each term becomes a condition of its own (their
 * union is the same set of states).
 */
import type { Diagnostic } from '../../diagnostic.ts';
import type { Expr } from '../../statement/ast.ts';
import { compileExpr } from '../../statement/compileExpr.ts';
import { evaluate } from '../../statement/evaluate.ts';
import { optionsIn } from '../../statement/optionsIn.ts';
import { parseStatement } from '../../statement/parseStatement.ts';
import type { GmcrAnyCondition, GmcrCondition } from './gmcrFile.ts';
import { gmcrConditionName } from './gmcrFile.ts';
import { toDnf, type Term } from './toDnf.ts';

export type ExportReport = (
  severity: Diagnostic['severity'],
  code: string,
  path: string,
  message: string,
  hint?: string,
) => void;

export interface ConditionExport {
  /** Option id → GMCR+ bit. */
  bits: ReadonlyMap<string, number>;
  report: ExportReport;
}

/** Parses and compiles one statement; undefined after reporting. */
export function compileStatement(
  ctx: ConditionExport,
  text: string,
  path: string,
): Expr<number> | undefined {
  const parsed = parseStatement(text);
  if (!parsed.ok) {
    for (const d of parsed.diagnostics)
      ctx.report('error', d.code, path, `${d.message} in \`${text}\``, d.hint);
    return undefined;
  }
  const unknown = optionsIn(parsed.expr).filter((id) => !ctx.bits.has(id));
  if (unknown.length > 0) {
    ctx.report(
      'error',
      'unknown-option',
      path,
      `unknown option ${unknown.map((id) => `\`${id}\``).join(', ')}`,
    );
    return undefined;
  }
  return compileExpr(parsed.expr, ctx.bits);
}

/** Beyond this many distinct options a statement is not checked for being constant. */
const MAX_CONSTANT_CHECK = 16;

/**
 * 'always' or 'never' when the expression has the same truth in every state (checked on every
 * assignment of the options it mentions), else undefined.
 */
export function constantTruth(expr: Expr<number>): 'always' | 'never' | undefined {
  const options = optionsIn(expr);
  if (options.length > MAX_CONSTANT_CHECK) return undefined;
  const seen = new Set<boolean>();
  for (let mask = 0; mask < 2 ** options.length && seen.size < 2; mask++) {
    seen.add(evaluate(expr, (o) => ((mask >> options.indexOf(o)) & 1) === 1));
  }
  if (seen.size === 2) return undefined;
  return seen.has(true) ? 'always' : 'never';
}

const termCondition = (term: Term): GmcrCondition =>
  term.map((l) => [l.option, l.taken ? 'Y' : 'N']);

/**
 * A preference statement as one GMCR+ condition, or undefined when it holds in every state or
 * in none (it then cannot change the ranking and GMCR+ has no way to write it).
 */
export function preferenceCondition(ctx: ConditionExport, expr: Expr<number>, path: string) {
  const constant = constantTruth(expr);
  if (constant !== undefined) {
    const holds = constant === 'never' ? 'no state' : 'every state';
    ctx.report(
      'warning',
      'gmcr-export-constant',
      path,
      `holds in ${holds}, so it cannot change the ranking; left out`,
    );
    return undefined;
  }
  const encoded = gmcrImplication(expr);
  if (encoded !== undefined) return encoded;
  const dnf = toDnf(expr);
  if (dnf.length === 1) return termCondition(dnf[0] as Term);
  return { compound: true as const, members: dnf.map(termCondition) };
}

/** `[option, "Y" | "N"]` when `expr` is an option or a negated option. */
function literalOf(expr: Expr<number>): [number, 'Y' | 'N'] | undefined {
  if (expr.kind === 'option') return [expr.option, 'Y'];
  if (expr.kind === 'not' && expr.operand.kind === 'option') return [expr.operand.option, 'N'];
  return undefined;
}

const negate = ([option, yn]: [number, 'Y' | 'N']): [number, 'Y' | 'N'] => [
  option,
  yn === 'Y' ? 'N' : 'Y',
];

/**
 * `q if p` / `q iff p` between two literals on different options, in the compound GMCR+'s own
 * screen writes for them ({p∧q, ¬p∧q, ¬p∧¬q} / {p∧q, ¬p∧¬q}), so GMCR+ users see the familiar
 * form and a re-import gives the same statement back.
 */
function gmcrImplication(expr: Expr<number>): GmcrAnyCondition | undefined {
  const [q, p] =
    expr.kind === 'if'
      ? [expr.consequent, expr.antecedent]
      : expr.kind === 'iff'
        ? [expr.left, expr.right]
        : [];
  const pl = p && literalOf(p);
  const ql = q && literalOf(q);
  if (pl === undefined || ql === undefined || pl[0] === ql[0]) return undefined;
  const members: GmcrCondition[] =
    expr.kind === 'if'
      ? [
          [pl, ql],
          [negate(pl), ql],
          [negate(pl), negate(ql)],
        ]
      : [
          [pl, ql],
          [negate(pl), negate(ql)],
        ];
  return { compound: true, members };
}

/**
 * A condition describing a set of states (infeasible, misperceived) as simple conditions;
 * undefined after an error (it would cover every state).
 */
export function simpleConditions(
  ctx: ConditionExport,
  expr: Expr<number>,
  path: string,
  what: string,
): GmcrCondition[] | undefined {
  const constant = constantTruth(expr);
  if (constant === 'always') {
    const message = `holds in every state, so it ${what} every state`;
    ctx.report('error', 'gmcr-export-constant', path, message);
    return undefined;
  }
  if (constant === 'never') {
    ctx.report('warning', 'gmcr-export-constant', path, 'holds in no state; left out');
    return [];
  }
  return toDnf(expr).map(termCondition);
}

/**
 * Drops conditions GMCR+ would treat as repeats (same name), keeping the first. A repeat is
 * logically redundant — for preferences, a repeated statement never breaks a tie the earlier
 * copy left — so nothing changes; without this GMCR+ would drop them silently anyway.
 */
export function uniqueConditions<C extends GmcrAnyCondition>(
  conditions: C[],
  optionCount: number,
): C[] {
  const names = new Set<string>();
  return conditions.filter((c) => {
    const name = gmcrConditionName(c, optionCount);
    if (names.has(name)) return false;
    names.add(name);
    return true;
  });
}
