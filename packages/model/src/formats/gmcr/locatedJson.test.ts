import { describe, expect, it } from 'vitest';
import { parseLocatedJson } from './locatedJson.ts';

describe('parseLocatedJson', () => {
  it('remembers where every value starts', () => {
    const json = parseLocatedJson('{\n  "a": [1,\n        "two"]\n}');
    const root = json.root;
    expect(root?.kind).toBe('object');
    if (root?.kind !== 'object') return;
    const a = root.entries[0];
    expect([a?.key, json.position(a?.keyOffset ?? 0)]).toEqual(['a', { line: 2, col: 3 }]);
    const items = a?.value.kind === 'array' ? a.value.items : [];
    expect(items.map((n) => json.position(n.offset))).toEqual([
      { line: 2, col: 9 },
      { line: 3, col: 9 },
    ]);
    expect(items.map((n) => (n.kind === 'scalar' ? n.value : undefined))).toEqual([1, 'two']);
  });

  it('reports syntax errors and duplicate keys with their line and column', () => {
    expect(parseLocatedJson('{"a": 1,\n "a": 2}', 'x.gmcr').diagnostics).toMatchObject([
      { code: 'gmcr-syntax', file: 'x.gmcr', line: 2, col: 2 },
    ]);
    expect(parseLocatedJson('{"a": [1, 2}').diagnostics[0]).toMatchObject({
      code: 'gmcr-syntax',
      line: 1,
    });
  });

  it('rejects absurdly deep nesting instead of overflowing the stack', () => {
    const json = parseLocatedJson(`{"a": ${'['.repeat(100)}${']'.repeat(100)}}`);
    expect(json.root).toBeUndefined();
    expect(json.diagnostics[0]?.message).toMatch(/nested more than 64 levels/);
  });

  it('reports an empty text as a problem, not a value', () => {
    const json = parseLocatedJson('  \n');
    expect(json.root).toBeUndefined();
    expect(json.diagnostics.map((d) => d.message)).toEqual(['the file is empty']);
  });
});
