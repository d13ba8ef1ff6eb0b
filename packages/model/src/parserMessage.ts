/**
 * The YAML parser's error messages as one short line each: the first line, without the position
 * (diagnostics carry line:col) and with long quoted text cut, so a binary or minified file cannot
 * flood the terminal with its contents.
 */

/** Syntax errors listed per file: after the first few, a parser mostly reports its own confusion. */
export const MAX_SYNTAX_ERRORS = 10;

/** Quoted text (JSON-escaped, as the parser quotes it) longer than this is cut. */
const MAX_QUOTED = 40;
const LONG_QUOTED = new RegExp(`"((?:[^"\\\\]|\\\\.){${MAX_QUOTED}})(?:[^"\\\\]|\\\\.)+"`, 'g');

/** One line of a parser error message, for a diagnostic. */
export function parserMessage(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+.*$/, '')
    .replace(LONG_QUOTED, '"$1…"');
}

/** The summary that replaces the syntax errors beyond `MAX_SYNTAX_ERRORS`. */
export const moreSyntaxErrors = (count: number): string =>
  `… and ${count} more syntax error${count === 1 ? '' : 's'}, most of them probably caused by the first`;
