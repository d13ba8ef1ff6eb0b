import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { DiagnosticCollector } from './diagnosticCollector.ts';
import { positionsIn } from './textPositions.ts';
import { reportYamlProblems } from './yamlProblems.ts';

function check(text: string) {
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  const out = new DiagnosticCollector();
  const fatal = reportYamlProblems(doc, positionsIn(text), out);
  return { fatal, diagnostics: out.diagnostics };
}

describe('reportYamlProblems', () => {
  it('reports nothing for clean YAML', () => {
    expect(check('a: 1\nb: [x, y]\n')).toEqual({ fatal: false, diagnostics: [] });
  });

  it('reports duplicate keys without making them fatal, so shape checks still run', () => {
    const { fatal, diagnostics } = check('a: 1\nb:\n  c: 1\n  c: 2\n');
    expect(fatal).toBe(false);
    expect(diagnostics).toEqual([
      {
        code: 'duplicate-key',
        severity: 'error',
        path: 'b.c',
        line: 4,
        col: 3,
        message: 'key `c` appears more than once in b',
        hint: 'keep one: readers disagree about which copy wins',
      },
    ]);
  });

  it('makes syntax errors fatal and explains a second document', () => {
    const { fatal, diagnostics } = check('a: 1\n---\nb: 2\n');
    expect(fatal).toBe(true);
    expect(diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2, col: 1 });
    expect(diagnostics[0]!.hint).toContain('one document');
  });

  it('passes parser warnings on as warnings', () => {
    const { fatal, diagnostics } = check('a: !custom 1\n');
    expect(fatal).toBe(false);
    expect(diagnostics).toMatchObject([{ code: 'yaml-warning', severity: 'warning', line: 1 }]);
  });

  it('refuses an alias used inside its own anchor, which would never finish expanding', () => {
    const { fatal, diagnostics } = check('a: &a [x, *a]\n');
    expect(fatal).toBe(true);
    expect(diagnostics).toMatchObject([
      { message: 'alias `*a` is used inside its own anchor', line: 1, col: 11 },
    ]);
  });

  it('accepts ordinary aliases but refuses more than a hundred', () => {
    expect(check('a: &a {x: 1}\nb: *a\n').fatal).toBe(false);
    const many = check('a: &a 1\nb: [' + '*a, '.repeat(101) + ']\n');
    expect(many.fatal).toBe(true);
    expect(many.diagnostics[0]!.message).toContain('101 aliases');
  });

  it('walks deeply nested documents without overflowing the stack', () => {
    const depth = 100;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    expect(() => check(text)).not.toThrow();
  });
});
