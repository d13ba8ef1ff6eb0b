import type { Expr } from './ast.ts';

/** The options an expression mentions, each once, in order of first appearance (left to right). */
export function optionsIn<T>(expr: Expr<T>): T[] {
  const seen = new Set<T>();
  const visit = (e: Expr<T>): void => {
    switch (e.kind) {
      case 'option':
        seen.add(e.option);
        return;
      case 'not':
        return visit(e.operand);
      case 'and':
      case 'or':
        return e.operands.forEach(visit);
      case 'if':
        visit(e.consequent);
        return visit(e.antecedent);
      case 'iff':
        visit(e.left);
        return visit(e.right);
    }
  };
  visit(expr);
  return [...seen];
}
