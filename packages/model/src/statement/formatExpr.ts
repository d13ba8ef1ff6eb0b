/**
 * Writes an expression back in the statement language with the fewest parentheses that keep the
 * tree: binding strength is `!` > `&` > `|` > `if`/`iff`, and a child of the same n-ary kind is
 * parenthesised because the parser would otherwise flatten it. So for every tree `e` with at
 * least two operands per `&`/`|` node, `parseStatement(formatExpr(e))` gives back `e`.
 */
import type { Expr } from './ast.ts';

const STRENGTH = { iff: 1, if: 1, or: 2, and: 3, not: 4, option: 4 } as const;

/** Renders `expr`; `name` turns an option into its id (default `String`). */
export function formatExpr<T>(expr: Expr<T>, name: (o: T) => string = String): string {
  const child = (e: Expr<T>, least: number): string => {
    const text = formatExpr(e, name);
    return STRENGTH[e.kind] < least ? `(${text})` : text;
  };
  switch (expr.kind) {
    case 'option':
      return name(expr.option);
    case 'not':
      return `!${child(expr.operand, STRENGTH.not)}`;
    case 'and':
      return expr.operands.map((e) => child(e, STRENGTH.and + 1)).join(' & ');
    case 'or':
      return expr.operands.map((e) => child(e, STRENGTH.or + 1)).join(' | ');
    case 'if':
      return `${child(expr.consequent, STRENGTH.or)} if ${child(expr.antecedent, STRENGTH.or)}`;
    case 'iff':
      return `${child(expr.left, STRENGTH.or)} iff ${child(expr.right, STRENGTH.or)}`;
  }
}
