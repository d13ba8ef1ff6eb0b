import { describe, expect, it } from 'vitest';
import { DiagnosticCollector } from './diagnosticCollector.ts';

describe('DiagnosticCollector', () => {
  it('renders the path readably and adds the file and the located position', () => {
    const out = new DiagnosticCollector({ file: 'x.yaml', locate: () => ({ line: 4, col: 2 }) });
    out.error({ code: 'c', path: ['actors', 0, 'id'], message: 'm', hint: 'h' });
    expect(out.diagnostics).toEqual([
      {
        code: 'c',
        severity: 'error',
        path: 'actors[0].id',
        file: 'x.yaml',
        line: 4,
        col: 2,
        message: 'm',
        hint: 'h',
      },
    ]);
  });

  it('prefers an explicit position and leaves out what is unknown', () => {
    const out = new DiagnosticCollector();
    out.warning({ code: 'w', path: [], message: 'm', at: { line: 1, col: 1 } });
    out.warning({ code: 'w', path: ['x'], message: 'm' });
    expect(out.diagnostics).toEqual([
      { code: 'w', severity: 'warning', path: '', line: 1, col: 1, message: 'm' },
      { code: 'w', severity: 'warning', path: 'x', message: 'm' },
    ]);
  });

  it('passes the key/offset target to the locator', () => {
    const seen: unknown[] = [];
    const out = new DiagnosticCollector({
      locate: (path, target) => (seen.push([path, target?.key, target?.offset]), undefined),
    });
    out.error({ code: 'c', path: ['a'], message: 'm', key: true, offset: 3 });
    expect(seen).toEqual([[['a'], true, 3]]);
  });
});
