/**
 * Preference statements and conditions over options: a small boolean language.
 *
 *     expr   := impl
 *     impl   := or ( ('if' | 'iff') or )?       -- `q if p` means p → q (GMCR+: consequent first)
 *     or     := and ( '|' and )*
 *     and    := unary ( '&' unary )*
 *     unary  := '!' unary | '(' expr ')' | OPTION_ID
 *
 * `q if p` is satisfied by every state where p is false or q is true, and `q iff p` where both
 * have the same truth value — the meaning GMCR+ gives its `if`/`iff` statements (Kinsara et al.,
 * GMCR+ documentation; Fang, Hipel & Kilgour 1993, option prioritization).
 *
 * `Expr<T>` is generic in how an option is named: `string` (option id) after parsing, `number`
 * (option bit index) after compiling against a scenario.
 */
export type Expr<T = string> =
  | { kind: 'option'; option: T }
  | { kind: 'not'; operand: Expr<T> }
  | { kind: 'and'; operands: Expr<T>[] }
  | { kind: 'or'; operands: Expr<T>[] }
  /** `consequent if antecedent` */
  | { kind: 'if'; consequent: Expr<T>; antecedent: Expr<T> }
  | { kind: 'iff'; left: Expr<T>; right: Expr<T> };

/** Option ids: a letter, then letters, digits, `_`, `-` or `.`. */
export const OPTION_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
