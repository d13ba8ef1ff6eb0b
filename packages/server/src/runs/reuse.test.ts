import { describe, expect, it } from 'vitest';
import { canonicalJson } from './reuse.ts';

describe('canonical JSON of run params', () => {
  it('sorts object keys at every depth, so key order does not matter', () => {
    const a = { kind: 'gmcr', session: { b: 1, a: [{ y: 2, x: 1 }] } };
    const b = { session: { a: [{ x: 1, y: 2 }], b: 1 }, kind: 'gmcr' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"kind":"gmcr","session":{"a":[{"x":1,"y":2}],"b":1}}');
  });

  it('keeps array order, which is part of the params', () => {
    expect(canonicalJson({ options: ['x', 'y'] })).not.toBe(canonicalJson({ options: ['y', 'x'] }));
  });

  it('drops undefined members as the stored JSON does', () => {
    expect(canonicalJson({ seed: undefined, runs: 5 })).toBe(canonicalJson({ runs: 5 }));
  });

  it('tells different values apart', () => {
    expect(canonicalJson({ runs: 5 })).not.toBe(canonicalJson({ runs: '5' }));
    expect(canonicalJson({})).toBe('{}');
  });
});
