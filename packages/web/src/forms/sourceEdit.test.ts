import { describe, expect, it } from 'vitest';
import { setScalarsInSource } from './sourceEdit.ts';

const TEXT = `a: 1 # one
b: 'quoted'
c: >-
  folded
  text
d: [x, y]
`;

describe('scalar edits in the source', () => {
  it('rewrites each scalar in its own style and nothing else', () => {
    expect(
      setScalarsInSource(TEXT, [
        [['a'], 2],
        [['b'], 'still quoted'],
        [['c'], 'short'],
      ]),
    ).toBe("a: 2 # one\nb: 'still quoted'\nc: >-\n  short\nd: [x, y]\n");
  });

  it('edits an item of a flow list', () => {
    expect(setScalarsInSource(TEXT, [[['d', 1], 'z']])).toContain('d: [x, z]');
  });

  it('declines what is not a scalar replaced by a scalar', () => {
    expect(setScalarsInSource(TEXT, [[['d'], ['p']]])).toBeNull();
    expect(setScalarsInSource(TEXT, [[['e'], 1]])).toBeNull();
    expect(setScalarsInSource(TEXT, [[['a'], undefined]])).toBeNull();
  });
});
