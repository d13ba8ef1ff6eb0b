/**
 * A GMCR+ condition as a statement expression. A simple condition is the AND of its literals
 * (`a & !b`); a compound is the OR of its members. GMCR+ stores its typed `q if p` statements
 * as the compound {p∧q, ¬p∧q, ¬p∧¬q} and `q iff p` as {p∧q, ¬p∧¬q} (GMCR+ preference
 * prioritization screen; Fang, Hipel & Kilgour 1993), so a compound with exactly that truth
 * table over two options is written back as `q if p` / `q iff p`, taking p from the first
 * literal of the first member as GMCR+ writes it. The rewrite is exact (same satisfying states).
 */
import type { Expr } from '../../statement/ast.ts';
import { conditionMembers, type GmcrAnyCondition, type GmcrCondition } from './gmcrFile.ts';

/** What a condition says: an expression, or a constant when it has no literal to speak of. */
export type ConditionMeaning =
  { kind: 'expr'; expr: Expr<number> } | { kind: 'always' } | { kind: 'never' };

/**
 * @param condition a condition whose option indices are already Parley bit indices
 */
export function conditionToExpr(condition: GmcrAnyCondition): ConditionMeaning {
  const members = conditionMembers(condition);
  if (members.length === 0) return { kind: 'never' };
  if (members.some((m) => m.length === 0)) return { kind: 'always' };
  const implication = members.length > 1 ? implicationOf(members) : undefined;
  if (implication) return { kind: 'expr', expr: implication };
  const exprs = members.map(andOf);
  return {
    kind: 'expr',
    expr: exprs.length === 1 ? (exprs[0] as Expr<number>) : { kind: 'or', operands: exprs },
  };
}

const literal = (option: number, taken: boolean): Expr<number> =>
  taken ? { kind: 'option', option } : { kind: 'not', operand: { kind: 'option', option } };

function andOf(member: GmcrCondition): Expr<number> {
  const operands = member.map(([option, yn]) => literal(option, yn === 'Y'));
  return operands.length === 1 ? (operands[0] as Expr<number>) : { kind: 'and', operands };
}

/** `q if p` or `q iff p` when the members are exactly GMCR+'s encoding of one, else undefined. */
function implicationOf(members: GmcrCondition[]): Expr<number> | undefined {
  const first = members[0] as GmcrCondition;
  if (first.length !== 2) return undefined;
  const [[p, pyn], [q, qyn]] = first as [[number, string], [number, string]];
  if (p === q) return undefined;
  // Each member as a 2-bit code: bit 1 = p's literal of the first member holds, bit 0 = q's.
  const codes = new Set<number>();
  for (const member of members) {
    if (member.length !== 2) return undefined;
    let code = 0;
    for (const [option, yn] of member) {
      if (option === p) code |= yn === pyn ? 2 : 0;
      else if (option === q) code |= yn === qyn ? 1 : 0;
      else return undefined;
    }
    if (member[0]?.[0] === member[1]?.[0]) return undefined;
    codes.add(code);
  }
  const pLit = literal(p, pyn === 'Y');
  const qLit = literal(q, qyn === 'Y');
  // {11, 01, 00}: every state but p∧¬q, i.e. p → q.
  if (codes.size === 3 && members.length === 3 && !codes.has(2)) {
    return { kind: 'if', consequent: qLit, antecedent: pLit };
  }
  if (codes.size === 2 && members.length === 2 && codes.has(3) && codes.has(0)) {
    return { kind: 'iff', left: qLit, right: pLit };
  }
  return undefined;
}
