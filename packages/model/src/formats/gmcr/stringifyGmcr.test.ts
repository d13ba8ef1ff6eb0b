import { describe, expect, it } from 'vitest';
import { stringifyGmcr } from './stringifyGmcr.ts';

describe('stringifyGmcr', () => {
  it('keeps short values on one line', () => {
    expect(stringifyGmcr({ a: [[0, 'Y']], b: true })).toBe('{"a":[[0,"Y"]],"b":true}\n');
  });

  it('breaks long values one element per line and parses back to the same value', () => {
    const value = {
      options: Array.from({ length: 8 }, (_, i) => ({
        name: `Option number ${i}`,
        permittedDirection: 'both',
      })),
      empty: [],
    };
    const text = stringifyGmcr(value);
    expect(text.split('\n').length).toBeGreaterThan(8);
    expect(text).toContain(
      '\n  "options": [\n    {"name":"Option number 0","permittedDirection":"both"},',
    );
    expect(JSON.parse(text)).toEqual(value);
  });
});
