/**
 * Replaces option ids by option indices (bit positions, declaration order) so engines can test
 * a state's decimal with `(decimal >> k) & 1` instead of looking names up.
 */
import type { Expr } from './ast.ts';

/** Thrown when an expression names an option the index does not know (validate first). */
export class UnknownOptionError extends Error {
  readonly code = 'unknown-option';
  constructor(readonly option: string) {
    super(`unknown option \`${option}\` (validate the scenario before compiling its statements)`);
    this.name = 'UnknownOptionError';
  }
}

/** Maps every option id in `expr` through `index`; throws `UnknownOptionError` for an unknown id. */
export function compileExpr(expr: Expr<string>, index: ReadonlyMap<string, number>): Expr<number> {
  return mapOptions(expr, (id) => {
    const k = index.get(id);
    if (k === undefined) throw new UnknownOptionError(id);
    return k;
  });
}

/** The same tree with every option renamed by `f`. */
export function mapOptions<A, B>(expr: Expr<A>, f: (option: A) => B): Expr<B> {
  switch (expr.kind) {
    case 'option':
      return { kind: 'option', option: f(expr.option) };
    case 'not':
      return { kind: 'not', operand: mapOptions(expr.operand, f) };
    case 'and':
    case 'or':
      return { kind: expr.kind, operands: expr.operands.map((e) => mapOptions(e, f)) };
    case 'if':
      return {
        kind: 'if',
        consequent: mapOptions(expr.consequent, f),
        antecedent: mapOptions(expr.antecedent, f),
      };
    case 'iff':
      return { kind: 'iff', left: mapOptions(expr.left, f), right: mapOptions(expr.right, f) };
  }
}
