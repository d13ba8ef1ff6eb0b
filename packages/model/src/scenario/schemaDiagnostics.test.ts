import { describe, expect, it } from 'vitest';
import { toyInput } from '../testing/fixtures.ts';
import { DiagnosticCollector } from './diagnosticCollector.ts';
import { reportSchemaIssues } from './schemaDiagnostics.ts';
import { ScenarioSchema } from './schema.ts';

function report(data: unknown) {
  const result = ScenarioSchema.safeParse(data);
  expect(result.success).toBe(false);
  const out = new DiagnosticCollector();
  if (!result.success) reportSchemaIssues(result.error.issues, data, out);
  return out.diagnostics;
}

describe('reportSchemaIssues', () => {
  it('reports a missing format version with the line to add', () => {
    const data: Record<string, unknown> = { ...toyInput() };
    delete data.parley;
    expect(report(data)).toEqual([
      {
        code: 'missing-key',
        severity: 'error',
        path: '',
        message: 'missing key `parley` at the top level',
        hint: 'start the file with `parley: 1`',
      },
    ]);
  });

  it('lists the allowed keys when no key is close to the unknown one', () => {
    const [d] = report({ ...toyInput(), zzzzzz: 1 });
    expect(d!.hint).toMatch(/^allowed keys here: parley, id, title/);
  });

  it('reports empty text and empty required lists', () => {
    const codes = report({ ...toyInput(), title: '', actors: [] }).map(
      (d) => `${d.code}@${d.path}`,
    );
    expect(codes).toEqual(['empty-value@title', 'too-few-items@actors']);
  });

  it('resolves a statement union to the long form when the value is a mapping', () => {
    const input = toyInput();
    input.preferences!.usa!.statements = [{ statment: 'lift' } as never];
    const codes = report(input).map((d) => `${d.code}@${d.path}`);
    expect(codes).toEqual([
      'missing-key@preferences.usa.statements[0]',
      'unknown-key@preferences.usa.statements[0].statment',
    ]);
  });

  it('reports an invalid record key at the key', () => {
    const input = toyInput();
    input.sources = { '2018-oped': { title: 'x' } };
    const [d] = report(input);
    expect(d).toMatchObject({ code: 'invalid-id', path: 'sources["2018-oped"]' });
    expect(d!.message).toBe('key `2018-oped` in sources is not a valid id');
  });

  it('tells the author to write booleans unquoted', () => {
    const input = toyInput();
    (input.options![0] as Record<string, unknown>).statusQuo = 'yes';
    expect(report(input)[0]!.hint).toBe('write `true` or `false`, without quotes');
  });
});
