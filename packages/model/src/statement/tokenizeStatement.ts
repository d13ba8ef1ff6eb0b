/**
 * Splits a statement into tokens for `parseStatement`. Option ids follow `OPTION_ID_PATTERN`;
 * `if` and `iff` are reserved words in any letter case (GMCR+ writes them in capitals).
 * Characters that other notations use for the same operators (`-` or `~` for negation, `->`
 * for implication, `and`/`or` words) are not accepted, but the diagnostics name the Parley
 * spelling so the fix is obvious.
 */
import type { Diagnostic } from '../diagnostic.ts';

export type TokenKind = 'id' | 'and' | 'or' | 'not' | 'if' | 'iff' | 'lparen' | 'rparen';

export interface Token {
  kind: TokenKind;
  text: string;
  /** 0-based offset of the first character in the statement. */
  start: number;
}

const ID_START = /[A-Za-z]/;
const ID_CHAR = /[A-Za-z0-9_.-]/;
const SYMBOLS: Record<string, TokenKind> = {
  '&': 'and',
  '|': 'or',
  '!': 'not',
  '(': 'lparen',
  ')': 'rparen',
};

/** Hints for characters other notations use for Parley's operators. */
const FOREIGN: Record<string, string> = {
  '-': 'negation is written `!` (GMCR+ writes `-1` for "not option 1"; here write `!option_id`)',
  '~': 'negation is written `!`, e.g. `!lift_sanctions`',
  '¬': 'negation is written `!`, e.g. `!lift_sanctions`',
  '∧': 'conjunction is written `&`',
  '∨': 'disjunction is written `|`',
  '=': 'implication is written `q if p` (q holds whenever p does); equivalence is `q iff p`',
  '>': 'implication is written `q if p` (q holds whenever p does)',
  '<': 'equivalence is written `q iff p`',
  ',': 'combine options with `&` (and) or `|` (or); GMCR+ `1, -3` is written `a & !c`',
  '[': 'group with round parentheses `(` `)`',
  ']': 'group with round parentheses `(` `)`',
  '{': 'group with round parentheses `(` `)`',
  '}': 'group with round parentheses `(` `)`',
};

export type TokenizeResult =
  { ok: true; tokens: Token[] } | { ok: false; diagnostics: Diagnostic[] };

/** Tokenizes `text`; every character that fits no token is reported, not only the first. */
export function tokenizeStatement(text: string): TokenizeResult {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c in SYMBOLS) {
      tokens.push({ kind: SYMBOLS[c]!, text: c, start: i });
      i++;
    } else if (ID_START.test(c)) {
      const end = scanWord(text, i);
      const word = text.slice(i, end);
      const lower = word.toLowerCase();
      const kind: TokenKind = lower === 'if' ? 'if' : lower === 'iff' ? 'iff' : 'id';
      tokens.push({ kind, text: word, start: i });
      i = end;
    } else if (/[0-9_]/.test(c)) {
      const end = scanWord(text, i);
      const word = text.slice(i, end);
      diagnostics.push(
        syntaxError(
          i,
          `\`${word}\` is not an option id: ids start with a letter`,
          /^[0-9]+$/.test(word)
            ? 'GMCR+ numbers its options; Parley refers to an option by its id, e.g. `lift_sanctions`'
            : 'option ids start with a letter, then letters, digits, `_`, `-` or `.`',
        ),
      );
      i = end;
    } else {
      const codePoint = String.fromCodePoint(text.codePointAt(i)!);
      diagnostics.push(
        syntaxError(
          i,
          `unexpected character '${codePoint}'`,
          FOREIGN[codePoint] ??
            'statements use option ids, `&` (and), `|` (or), `!` (not), `if`, `iff` and parentheses',
        ),
      );
      i += codePoint.length;
    }
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, tokens };
}

function scanWord(text: string, from: number): number {
  let end = from + 1;
  while (end < text.length && ID_CHAR.test(text[end]!)) end++;
  return end;
}

/** A `statement-syntax` diagnostic at 0-based `offset` (reported as a 1-based column). */
export function syntaxError(offset: number, message: string, hint: string): Diagnostic {
  return { code: 'statement-syntax', severity: 'error', path: '', col: offset + 1, message, hint };
}
