/**
 * The lexer shared by Gambit's `.nfg` and `.efg` readers, reproducing Gambit 16/17's token rules
 * (research/gambit.md §1.1) so that Parley accepts and rejects the same files:
 *
 * - tokens are `{`, `}`, `,`, quoted text, numbers and symbols (any other run of non-whitespace);
 *   there is no comment syntax;
 * - a number starts with a digit, `-`, `+` or `.`; after the leading digits it may continue with
 *   `.digits` and an exponent, with `/digits`, or with an exponent, and stops at anything else
 *   (so `1-2` is two numbers, as in Gambit);
 * - quoted text may span lines; `\"` is a quote, any other backslash is kept together with the
 *   next character, and the "previous character was a backslash" flag is not reset after `\\`.
 *
 * Tokens are produced on demand, so text after the end of a complete `.efg` tree is never read
 * (Gambit ignores it too).
 */
import type { Diagnostic } from '../../diagnostic.ts';

export type TokenKind = 'number' | 'text' | 'symbol' | 'lbrace' | 'rbrace' | 'comma' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Number or symbol text, or the unescaped content of quoted text. */
  text: string;
  /** 1-based position of the token's first character. */
  line: number;
  col: number;
}

/** Thrown inside the readers to stop at the first syntax error; never escapes them. */
export class GambitSyntaxError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

const isSpace = (c: string): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

export class GambitLexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private peeked: Token | undefined;

  constructor(
    private readonly source: string,
    private readonly file?: string,
  ) {}

  /** The next token, consuming it. */
  next(): Token {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  /** The next token, without consuming it. */
  peek(): Token {
    this.peeked ??= this.scan();
    return this.peeked;
  }

  /** An error diagnostic at a token, with the file name filled in. */
  diagnostic(
    at: { line: number; col: number },
    code: string,
    message: string,
    path = '',
    hint?: string,
  ): Diagnostic {
    const d: Diagnostic = { code, severity: 'error', path, line: at.line, col: at.col, message };
    if (this.file !== undefined) d.file = this.file;
    if (hint !== undefined) d.hint = hint;
    return d;
  }

  fail(at: { line: number; col: number }, message: string, path = '', hint?: string): never {
    throw new GambitSyntaxError(this.diagnostic(at, 'gambit-syntax', message, path, hint));
  }

  private scan(): Token {
    const s = this.source;
    while (this.pos < s.length && isSpace(s[this.pos]!)) {
      if (s[this.pos] === '\n') {
        this.line++;
        this.lineStart = this.pos + 1;
      }
      this.pos++;
    }
    const start = { line: this.line, col: this.pos - this.lineStart + 1 };
    if (this.pos >= s.length) return { kind: 'eof', text: '', ...start };
    const c = s[this.pos]!;
    if (c === '{' || c === '}' || c === ',') {
      this.pos++;
      const kind = c === '{' ? 'lbrace' : c === '}' ? 'rbrace' : 'comma';
      return { kind, text: c, ...start };
    }
    if (c === '"') return { kind: 'text', text: this.scanText(start), ...start };
    if (isDigit(c) || c === '-' || c === '+' || c === '.') {
      return { kind: 'number', text: this.scanNumber(start), ...start };
    }
    const from = this.pos;
    while (this.pos < s.length && !isSpace(s[this.pos]!)) this.pos++;
    return { kind: 'symbol', text: s.slice(from, this.pos), ...start };
  }

  private digits(): void {
    while (this.pos < this.source.length && isDigit(this.source[this.pos]!)) this.pos++;
  }

  private exponent(start: { line: number; col: number }): void {
    this.pos++; // the e or E
    const c = this.source[this.pos];
    if (c === undefined || !(c === '+' || c === '-' || isDigit(c))) {
      this.fail(start, 'Invalid number: expected a sign or digit after the exponent mark');
    }
    this.pos++;
    this.digits();
  }

  private scanNumber(start: { line: number; col: number }): string {
    const s = this.source;
    const from = this.pos;
    const leading = s[this.pos];
    this.pos++;
    if (leading === '.') {
      this.digits();
      return s.slice(from, this.pos);
    }
    this.digits();
    const c = s[this.pos];
    if (c === '.') {
      this.pos++;
      this.digits();
      if (s[this.pos] === 'e' || s[this.pos] === 'E') this.exponent(start);
    } else if (c === '/') {
      this.pos++;
      this.digits();
    } else if (c === 'e' || c === 'E') {
      this.exponent(start);
    }
    return s.slice(from, this.pos);
  }

  private scanText(start: { line: number; col: number }): string {
    const s = this.source;
    this.pos++; // opening quote
    let text = '';
    let lastSlash = false;
    for (;;) {
      if (this.pos >= s.length) {
        this.fail(start, 'End of file encountered when reading quoted text', '', 'close it with "');
      }
      const a = s[this.pos]!;
      this.pos++;
      if (a === '\n') {
        this.line++;
        this.lineStart = this.pos;
      }
      if (a === '"' && !lastSlash) return text;
      if (lastSlash && a === '"') text += '"';
      else if (lastSlash) text += '\\' + a;
      else if (a !== '\\') text += a;
      lastSlash = a === '\\';
    }
  }
}
