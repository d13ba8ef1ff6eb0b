import { describe, expect, it } from 'vitest';
import { moreSyntaxErrors, parserMessage } from './parserMessage.ts';

describe('parserMessage', () => {
  it('keeps the first line and drops the position, which the diagnostic carries', () => {
    expect(parserMessage('Missing closing "quote at line 3, column 7:\n\n  a: "b\n')).toBe(
      'Missing closing "quote',
    );
  });

  it('cuts long quoted text, escapes included, so binary content does not flood the terminal', () => {
    const junk = '\\u0000'.repeat(100);
    const message = `Unexpected scalar token in YAML stream: "${junk}" at line 2, column 1:`;
    // 40 characters as printed: 8 escapes of 5 characters.
    expect(parserMessage(message)).toBe(
      `Unexpected scalar token in YAML stream: "${'\\u0000'.repeat(8)}…"`,
    );
  });

  it('leaves short quoted text alone', () => {
    expect(parserMessage('Unexpected token: ":"')).toBe('Unexpected token: ":"');
  });

  it('summarises the errors left out', () => {
    expect(moreSyntaxErrors(1)).toMatch(/^… and 1 more syntax error,/);
    expect(moreSyntaxErrors(84)).toMatch(/^… and 84 more syntax errors,/);
  });
});
