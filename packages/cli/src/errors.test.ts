import { describe, expect, it } from 'vitest';
import { makeCtx } from './context.ts';
import { InputError, UsageError } from './errors.ts';
import { reportFailure } from './program.ts';

function capture(env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const ctx = makeCtx(
    {
      stdout: { write: (s: string) => (out.stdout += s) },
      stderr: { write: (s: string) => (out.stderr += s) },
      env,
    },
    {},
  );
  return { ctx, out };
}

describe('reportFailure (failures → messages and exit codes)', () => {
  it('a UsageError exits 2 with the message and the hint', () => {
    const { ctx, out } = capture();
    expect(
      reportFailure(new UsageError('unknown concept "nashh"', 'concepts are nash, gmr'), ctx),
    ).toBe(2);
    expect(out.stderr).toBe('error: unknown concept "nashh"\nhint: concepts are nash, gmr\n');
  });

  it('an InputError exits 1 and prints the diagnostics with a count', () => {
    const { ctx, out } = capture();
    const d = {
      code: 'x',
      severity: 'error' as const,
      path: 'actors[0]',
      file: 'a.yaml',
      line: 3,
      col: 5,
      message: 'bad',
      hint: 'fix it',
    };
    expect(reportFailure(new InputError([d], 'a.yaml'), ctx)).toBe(1);
    expect(out.stderr).toBe(
      '× bad\n  → at actors[0] (a.yaml:3:5)\n  hint: fix it\na.yaml: 1 error\n',
    );
  });

  it('anything else is an internal error: exit 3, a short message, no stack trace', () => {
    const { ctx, out } = capture();
    expect(reportFailure(new TypeError('boom'), ctx)).toBe(3);
    expect(out.stderr).toContain('parley: internal error: boom');
    expect(out.stderr).toContain('please report');
    expect(out.stderr).not.toContain('    at ');
  });

  it('PARLEY_DEBUG=1 adds the stack trace', () => {
    const { ctx, out } = capture({ PARLEY_DEBUG: '1' });
    expect(reportFailure(new Error('boom'), ctx)).toBe(3);
    expect(out.stderr).toMatch(/\n {4}at /);
  });
});
