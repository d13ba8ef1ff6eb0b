/**
 * Disjunctive normal form of a statement: an OR of terms, each an AND of option literals — the
 * shape GMCR+ can store (a term is a simple condition, several terms a compound condition).
 *
 * Negations are pushed to the options (De Morgan), `q if p` becomes ¬p ∨ q and `l iff r`
 * becomes (l ∧ r) ∨ (¬l ∧ ¬r); AND distributes over OR. Terms are kept simplified as they are
 * built: a literal repeated in a term appears once, a term with contradictory literals
 * (a ∧ ¬a) is dropped, duplicate terms are dropped and a term that contains all the literals of
 * another is absorbed by it (x ∨ (x ∧ y) = x). The simplification is syntactic, not a
 * minimisation: `a | !a` stays two terms. The result is equivalent to the input on every state.
 * An empty DNF is false; a DNF holding one empty term is true.
 */
import type { Expr } from '../../statement/ast.ts';

/** An option at Y (`taken`) or N. */
export interface Literal {
  option: number;
  taken: boolean;
}
/** An AND of literals, each option at most once, in order of first appearance. */
export type Term = Literal[];
/** An OR of terms. */
export type Dnf = Term[];

/** Converts an expression over option indices to simplified DNF. */
export function toDnf(expr: Expr<number>): Dnf {
  return dnf(expr, true).map((term) => [...term].map(([option, taken]) => ({ option, taken })));
}

/** A term as option → taken. */
type MapTerm = Map<number, boolean>;

function dnf(expr: Expr<number>, positive: boolean): MapTerm[] {
  switch (expr.kind) {
    case 'option':
      return [new Map([[expr.option, positive]])];
    case 'not':
      return dnf(expr.operand, !positive);
    case 'and':
    case 'or': {
      const parts = expr.operands.map((e) => dnf(e, positive));
      return (expr.kind === 'and') === positive ? product(parts) : union(parts);
    }
    case 'if':
      // q if p ≡ ¬p ∨ q; its negation is p ∧ ¬q.
      return positive
        ? union([dnf(expr.antecedent, false), dnf(expr.consequent, true)])
        : product([dnf(expr.antecedent, true), dnf(expr.consequent, false)]);
    case 'iff': {
      const both = product([dnf(expr.left, true), dnf(expr.right, positive)]);
      const neither = product([dnf(expr.left, false), dnf(expr.right, !positive)]);
      return union([both, neither]);
    }
  }
}

function union(parts: MapTerm[][]): MapTerm[] {
  return simplify(parts.flat());
}

function product(parts: MapTerm[][]): MapTerm[] {
  let terms: MapTerm[] = [new Map()];
  for (const part of parts) {
    const next: MapTerm[] = [];
    for (const left of terms) {
      for (const right of part) {
        const merged = merge(left, right);
        if (merged !== undefined) next.push(merged);
      }
    }
    terms = simplify(next);
  }
  return terms;
}

/** The AND of two terms, or undefined when they contradict. */
function merge(a: MapTerm, b: MapTerm): MapTerm | undefined {
  const out = new Map(a);
  for (const [option, taken] of b) {
    if (out.get(option) === !taken) return undefined;
    out.set(option, taken);
  }
  return out;
}

const contains = (big: MapTerm, small: MapTerm): boolean =>
  small.size <= big.size && [...small].every(([option, taken]) => big.get(option) === taken);

/** Drops duplicate and absorbed terms, keeping the first-seen order of the survivors. */
function simplify(terms: MapTerm[]): MapTerm[] {
  return terms.filter(
    (term, i) =>
      !terms.some(
        (other, j) => j !== i && contains(term, other) && (other.size < term.size || j < i),
      ),
  );
}
