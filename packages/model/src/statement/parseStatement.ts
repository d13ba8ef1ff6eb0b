/**
 * Recursive-descent parser for the statement language (grammar in ./ast.ts):
 *
 *     expr   := impl
 *     impl   := or ( ('if' | 'iff') or )?      -- not chainable: `a if b if c` needs parentheses
 *     or     := and ( '|' and )*
 *     and    := unary ( '&' unary )*
 *     unary  := '!' unary | '(' expr ')' | OPTION_ID
 *
 * Chains of one operator become one n-ary node (`a & b & c` → and[a, b, c]); parentheses are
 * kept as structure (`(a & b) & c` → and[and[a, b], c]), so `formatExpr` round-trips exactly.
 * Only the symbols `&`, `|`, `!` are operators; the words `and`, `or`, `not` are not reserved
 * (they are valid option ids) but the diagnostics suggest the symbol when they look misused.
 * Nesting deeper than `MAX_STATEMENT_DEPTH` is rejected so hostile input cannot overflow the
 * stack of the parser or of the recursive walkers that consume its trees.
 */
import type { Diagnostic } from '../diagnostic.ts';
import type { Expr } from './ast.ts';
import { syntaxError, tokenizeStatement, type Token } from './tokenizeStatement.ts';

/** Deepest nesting of `(` and `!` accepted. */
export const MAX_STATEMENT_DEPTH = 64;

export type ParseStatementResult =
  { ok: true; expr: Expr<string> } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses one statement or condition. Syntax problems come back as `statement-syntax`
 * diagnostics with `path: ''` and `col` = 1-based column inside `text`; nothing is thrown.
 */
export function parseStatement(text: string): ParseStatementResult {
  const tokenized = tokenizeStatement(text);
  if (!tokenized.ok) return tokenized;
  if (tokenized.tokens.length === 0) {
    const hint = 'write an option id, e.g. `lift_sanctions`, or a combination such as `a & !b`';
    return { ok: false, diagnostics: [syntaxError(0, 'the statement is empty', hint)] };
  }
  try {
    return { ok: true, expr: new Parser(tokenized.tokens, text.length).parseAll() };
  } catch (error) {
    if (error instanceof StatementSyntaxError)
      return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
}

class StatementSyntaxError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

const fail = (offset: number, message: string, hint: string): never => {
  throw new StatementSyntaxError(syntaxError(offset, message, hint));
};

const show = (t: Token): string => (t.kind === 'id' ? `\`${t.text}\`` : `'${t.text}'`);
const isWord = (t: Token | undefined, ...words: string[]): boolean =>
  t?.kind === 'id' && words.includes(t.text.toLowerCase());

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  parseAll(): Expr<string> {
    const expr = this.parseImpl();
    const extra = this.peek();
    if (extra) this.unexpectedAfterOperand(extra);
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private parseImpl(): Expr<string> {
    const left = this.parseOr();
    const op = this.peek();
    if (op?.kind !== 'if' && op?.kind !== 'iff') return left;
    this.pos++;
    const right = this.parseOr();
    const again = this.peek();
    if (again?.kind === 'if' || again?.kind === 'iff') {
      fail(
        again.start,
        `'${op.text}' and '${again.text}' cannot be chained`,
        'add parentheses to say which comes first, e.g. `(a if b) if c` or `a if (b if c)`',
      );
    }
    return op.kind === 'if'
      ? { kind: 'if', consequent: left, antecedent: right }
      : { kind: 'iff', left, right };
  }

  private parseOr(): Expr<string> {
    const first = this.parseAnd();
    const operands = [first];
    while (this.peek()?.kind === 'or') {
      this.pos++;
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? first : { kind: 'or', operands };
  }

  private parseAnd(): Expr<string> {
    const first = this.parseUnary();
    const operands = [first];
    while (this.peek()?.kind === 'and') {
      this.pos++;
      operands.push(this.parseUnary());
    }
    return operands.length === 1 ? first : { kind: 'and', operands };
  }

  private parseUnary(): Expr<string> {
    const token = this.peek();
    if (token === undefined) return this.missingOperandAtEnd();
    if (token.kind === 'id') {
      this.pos++;
      return { kind: 'option', option: token.text };
    }
    if (token.kind === 'not') {
      this.pos++;
      return this.nested(token, () => ({ kind: 'not', operand: this.parseUnary() }));
    }
    if (token.kind === 'lparen') {
      this.pos++;
      return this.nested(token, () => this.parseGroup(token));
    }
    return this.misplacedOperator(token);
  }

  private parseGroup(open: Token): Expr<string> {
    if (this.peek()?.kind === 'rparen') {
      fail(open.start, 'empty parentheses', 'put an expression inside `(` `)` or remove them');
    }
    const inner = this.parseImpl();
    const close = this.peek();
    if (close === undefined) {
      fail(open.start, "unclosed '('", "add ')' where the group ends");
    } else if (close.kind !== 'rparen') {
      this.unexpectedAfterOperand(close);
    }
    this.pos++;
    return inner;
  }

  private nested(token: Token, parse: () => Expr<string>): Expr<string> {
    if (++this.depth > MAX_STATEMENT_DEPTH) {
      fail(
        token.start,
        `the statement nests deeper than ${MAX_STATEMENT_DEPTH} levels`,
        'simplify it: split it into several statements or drop redundant parentheses',
      );
    }
    const expr = parse();
    this.depth--;
    return expr;
  }

  private missingOperandAtEnd(): never {
    const previous = this.tokens[this.pos - 1]!;
    if (previous.kind === 'lparen')
      return fail(previous.start, "unclosed '('", "add ')' where the group ends");
    return fail(
      this.length,
      `expected an option id after ${show(previous)}`,
      previous.kind === 'if' || previous.kind === 'iff'
        ? `write the condition after '${previous.text}', e.g. \`q ${previous.text} p\``
        : `complete the expression after ${show(previous)} or remove it`,
    );
  }

  /** An operator or ')' where an operand should start. */
  private misplacedOperator(token: Token): never {
    const previous = this.tokens[this.pos - 1];
    if (token.kind === 'rparen') {
      if (previous === undefined)
        fail(token.start, "unmatched ')'", "remove it or add '(' before it");
      return fail(
        token.start,
        `expected an option id after ${show(previous!)}, found ')'`,
        `complete the expression before ')'`,
      );
    }
    if (previous === undefined || previous.kind === 'lparen') {
      const what = token.kind === 'if' || token.kind === 'iff' ? 'a consequent' : 'an option';
      return fail(
        token.start,
        `${show(token)} needs ${what} on its left`,
        token.kind === 'if' || token.kind === 'iff'
          ? `GMCR+ order is consequent first: write \`q ${token.text} p\``
          : `write an option id before ${show(token)}`,
      );
    }
    const doubled = previous.kind === token.kind && (token.kind === 'and' || token.kind === 'or');
    return fail(
      token.start,
      `expected an option id after ${show(previous)}, found ${show(token)}`,
      doubled
        ? `write a single '${token.text}'`
        : `put an option id between ${show(previous)} and ${show(token)}`,
    );
  }

  /** A token that cannot follow a complete operand: a second operand without an operator, or ')'. */
  private unexpectedAfterOperand(token: Token): never {
    const previous = this.tokens[this.pos - 1]!;
    if (token.kind === 'rparen')
      fail(token.start, "unmatched ')'", "remove it or add '(' before the group");
    let hint = 'join them with `&` (and) or `|` (or)';
    if (isWord(token, 'and') || isWord(previous, 'and')) hint = 'write `&` for "and"';
    else if (isWord(token, 'or') || isWord(previous, 'or')) hint = 'write `|` for "or"';
    else if (isWord(previous, 'not')) hint = `write \`!${token.text}\` for "not ${token.text}"`;
    else if (token.kind === 'not') hint = 'did you mean `& !…`? join the parts with `&` or `|`';
    return fail(
      token.start,
      `expected an operator between ${show(previous)} and ${show(token)}`,
      hint,
    );
  }
}
