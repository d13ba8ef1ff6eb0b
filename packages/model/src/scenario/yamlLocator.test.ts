import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yamlLocator } from './yamlLocator.ts';

function locatorFor(text: string) {
  return yamlLocator(parseDocument(text), text);
}

const TEXT = `actors:
  - id: usa
    name: USA
preferences:
  usa: {statements: ["a & b"]}
`;

describe('yamlLocator', () => {
  const locate = locatorFor(TEXT);

  it('finds values by path', () => {
    expect(locate(['actors', 0, 'name'])).toEqual({ line: 3, col: 11 });
  });

  it('finds the key instead of the value when asked', () => {
    expect(locate(['actors', 0, 'name'], { key: true })).toEqual({ line: 3, col: 5 });
  });

  it('finds a character inside a string value', () => {
    expect(locate(['preferences', 'usa', 'statements', 0], { offset: 4 })).toEqual({
      line: 5,
      col: 27,
    });
  });

  it('falls back to the deepest existing node for a missing path', () => {
    expect(locate(['actors', 0, 'capability'])).toEqual({ line: 2, col: 5 });
  });

  it('follows aliases', () => {
    const aliased = locatorFor('base: &b {x: 1}\nother: *b\n');
    expect(aliased(['other', 'x'])).toEqual({ line: 1, col: 14 });
  });

  it('has nothing to say about an empty document', () => {
    expect(locatorFor('')([])).toBeUndefined();
  });
});
