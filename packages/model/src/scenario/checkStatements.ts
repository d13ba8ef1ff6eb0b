/**
 * Syntax and option references of every statement and condition (preference statements,
 * infeasibility conditions, misperceptions). Problems are placed at the exact character inside
 * the string, so an editor underlines the `&` that lacks an operand or the misspelt option.
 */
import { didYouMean } from '../didYouMean.ts';
import { parseStatement } from '../statement/parseStatement.ts';
import { tokenizeStatement } from '../statement/tokenizeStatement.ts';
import { conditionText, statementText } from './compileScenario.ts';
import type { PathSegment } from './formatPath.ts';
import { listNames, type ValidationContext } from './validationContext.ts';

/** Checks every statement; true when all parse and name only declared options. */
export function checkStatements(ctx: ValidationContext): boolean {
  let ok = true;
  const check = (text: string, path: PathSegment[]): void => {
    if (!checkText(ctx, text, path)) ok = false;
  };
  ctx.scenario.infeasible.forEach((c, i) =>
    check(conditionText(c), typeof c === 'string' ? ['infeasible', i] : ['infeasible', i, 'when']),
  );
  for (const [actor, preference] of Object.entries(ctx.scenario.preferences)) {
    preference.statements?.forEach((s, i) => {
      const path = ['preferences', actor, 'statements', i];
      check(statementText(s), typeof s === 'string' ? path : [...path, 'statement']);
    });
    preference.misperceived?.forEach((c, i) => check(c, ['preferences', actor, 'misperceived', i]));
  }
  return ok;
}

function checkText(ctx: ValidationContext, text: string, path: PathSegment[]): boolean {
  const parsed = parseStatement(text);
  if (!parsed.ok) {
    for (const d of parsed.diagnostics) {
      const col = d.col ?? 1;
      ctx.out.error({
        code: d.code,
        path,
        offset: col - 1,
        // The column inside the statement too: line:col alone cannot say it for a statement
        // folded over lines, nor where no source text is known (validateScenario on data).
        message: `${d.message} (column ${col} of ${quoteStatement(text)})`,
        hint: d.hint,
      });
    }
    return false;
  }
  const tokens = tokenizeStatement(text);
  if (!tokens.ok) return false;
  const optionIds = [...ctx.optionIndex.keys()];
  const reported = new Set<string>();
  for (const token of tokens.tokens) {
    if (token.kind !== 'id' || ctx.optionIndex.has(token.text) || reported.has(token.text))
      continue;
    reported.add(token.text);
    ctx.out.error({
      code: 'unknown-option',
      path,
      offset: token.start,
      message: `unknown option \`${token.text}\``,
      hint:
        didYouMean(token.text, optionIds) ??
        (optionIds.length === 0
          ? 'the scenario declares no `options:`'
          : `declared options: ${listNames(optionIds)}`),
    });
  }
  return reported.size === 0;
}

/** The statement in quotes for a message; a long one is cut after 60 characters. */
const quoteStatement = (text: string): string =>
  `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
