import { describe, expect, it } from 'vitest';
import { TOY_JSON, TOY_YAML } from '../testing/fixtures.ts';
import { MAX_NESTING, nestingDepth } from './nestingDepth.ts';

describe('nestingDepth', () => {
  it('stays small for ordinary scenarios', () => {
    expect(nestingDepth(TOY_YAML).depth).toBeLessThan(15);
    expect(nestingDepth(TOY_JSON).depth).toBeLessThan(15);
  });

  it('counts flow brackets but not brackets inside quotes or comments', () => {
    expect(nestingDepth('[[[a]]]').depth).toBe(3 + 1);
    expect(nestingDepth('a: "[[[[" # {{{{\n').depth).toBe(1);
    expect(nestingDepth("a: '[[''[['\n").depth).toBe(1);
  });

  it('counts indentation levels and compact indicators', () => {
    expect(nestingDepth('a:\n  b:\n    c: 1\n').depth).toBe(3);
    expect(nestingDepth('- - - a\n').depth).toBe(1 + 3);
  });

  it(`flags runaway nesting above ${MAX_NESTING}`, () => {
    expect(nestingDepth('['.repeat(500)).depth).toBeGreaterThan(MAX_NESTING);
    expect(nestingDepth('? '.repeat(300) + 'a').depth).toBeGreaterThan(MAX_NESTING);
    expect(nestingDepth('['.repeat(500)).offset).toBe(499);
  });
});
