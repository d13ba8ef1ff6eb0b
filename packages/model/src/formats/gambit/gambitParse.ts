/**
 * Grammar pieces shared by the `.nfg` and `.efg` readers: the header
 * (`NFG 1 R "title" { "P1" "P2" }`), expected tokens and exact numbers.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import { GambitLexer, GambitSyntaxError, type Token, type TokenKind } from './gambitLexer.ts';
import { parseGambitNumber, type GambitNumber } from './gambitNumber.ts';
import type { LocatedLabel } from './normalizeLabels.ts';

const DESCRIBE: Record<TokenKind, string> = {
  number: 'a number',
  text: 'quoted text',
  symbol: 'a symbol',
  lbrace: "'{'",
  rbrace: "'}'",
  comma: "','",
  eof: 'end of file',
};

/** How a token reads in an error message: `'}'`, `the symbol 'x'`, `end of file`. */
export function describeToken(t: Token): string {
  if (t.kind === 'number' || t.kind === 'symbol') return `${DESCRIBE[t.kind]} '${t.text}'`;
  if (t.kind === 'text') return `quoted text ${JSON.stringify(t.text)}`;
  return DESCRIBE[t.kind];
}

/** Consumes the next token, which must be of `kind`; `what` names it in the error message. */
export function expect(lexer: GambitLexer, kind: TokenKind, what: string, path = ''): Token {
  const t = lexer.next();
  if (t.kind !== kind) lexer.fail(t, `Expected ${what}, found ${describeToken(t)}`, path);
  return t;
}

/** The exact value of a number token (fails with Gambit's reasons for refusing it). */
export function numberValue(lexer: GambitLexer, t: Token, path = ''): GambitNumber {
  const parsed = parseGambitNumber(t.text);
  if (typeof parsed === 'string') {
    throw new GambitSyntaxError(lexer.diagnostic(t, 'gambit-number', parsed, path));
  }
  return parsed;
}

/** Reads the next token as a number (`what` names it in the error message). */
export function expectNumber(lexer: GambitLexer, what: string, path = ''): GambitNumber {
  return numberValue(lexer, expect(lexer, 'number', what, path), path);
}

/** A non-negative integer token (ids, counts, outcome numbers), at most `max`. */
export function expectIndex(lexer: GambitLexer, what: string, max: number, path = ''): number {
  const t = expect(lexer, 'number', what, path);
  if (!/^\d+$/.test(t.text)) {
    lexer.fail(t, `Expected ${what} (a whole number), found '${t.text}'`, path);
  }
  const n = Number(t.text);
  if (n > max) lexer.fail(t, `${what} ${t.text} is too large (at most ${max})`, path);
  return n;
}

export interface GambitHeader {
  title: string;
  players: LocatedLabel[];
}

/** `MAGIC version R|D "title" { "P1" … }`. */
export function readHeader(
  lexer: GambitLexer,
  magic: 'NFG' | 'EFG',
  version: string,
): GambitHeader {
  const first = lexer.next();
  if (first.kind !== 'symbol' || first.text !== magic) {
    lexer.fail(first, `Expected the file type indicator ${magic}, found ${describeToken(first)}`);
  }
  const v = lexer.next();
  if (v.kind !== 'number' || v.text !== version) {
    lexer.fail(v, `Accepting only ${magic} version ${version}, found ${describeToken(v)}`);
  }
  const type = lexer.next();
  if (type.kind !== 'symbol' || (type.text !== 'R' && type.text !== 'D')) {
    lexer.fail(type, `Expected the data type R or D, found ${describeToken(type)}`);
  }
  const title = expect(lexer, 'text', 'the game title (quoted text)', 'title').text;
  expect(lexer, 'lbrace', "'{' before the player names", 'players');
  const players: LocatedLabel[] = [];
  let t = lexer.next();
  while (t.kind === 'text') {
    players.push({ text: t.text, line: t.line, col: t.col });
    t = lexer.next();
  }
  if (t.kind !== 'rbrace') {
    lexer.fail(t, `Expected a quoted player name or '}', found ${describeToken(t)}`, 'players');
  }
  if (players.length === 0) lexer.fail(t, 'A game needs at least one player', 'players');
  return { title, players };
}

/** Runs a reader, turning the first syntax error into a diagnostic. */
export function catchSyntax<T>(diagnostics: Diagnostic[], read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof GambitSyntaxError) {
      diagnostics.push(e.diagnostic);
      return undefined;
    }
    throw e;
  }
}
