import { describe, expect, it } from 'vitest';
import { patchLines } from './patchLines.ts';

// `original` as written; `before`/`after` as a printer that unfolds the paragraph prints it.
const ORIGINAL = `summary: >-
  A folded
  paragraph.
tracks:
  - id: t
    parties: [a, b]
    mediator: c
`;
const BEFORE = `summary: >-
  A folded paragraph.
tracks:
  - id: t
    parties: [a, b]
    mediator: c
`;

describe('carrying an edit over to the text as written', () => {
  it('inserts the added line where it stands and keeps the folded paragraph', () => {
    const after = BEFORE.replace('    mediator: c\n', '    mediator: c\n    chair: a\n');
    expect(patchLines(ORIGINAL, BEFORE, after)).toBe(`${ORIGINAL}    chair: a\n`);
  });

  it('replaces a changed line in place', () => {
    const after = BEFORE.replace('[a, b]', '[a, b, c]');
    expect(patchLines(ORIGINAL, BEFORE, after)).toBe(ORIGINAL.replace('[a, b]', '[a, b, c]'));
  });

  it('gives up when the lines edited are not written as printed', () => {
    const after = BEFORE.replace('A folded paragraph.', 'Another paragraph.');
    expect(patchLines(ORIGINAL, BEFORE, after)).toBeNull();
  });

  it('places an edit by the lines around it, and gives up when they stand in two places', () => {
    const twice = 'a:\n  x: 1\nb:\n  x: 1\n';
    expect(patchLines(`# c\n${twice}`, twice, twice.replace('b:\n  x: 1', 'b:\n  x: 2'))).toBe(
      `# c\n${twice.replace('b:\n  x: 1', 'b:\n  x: 2')}`,
    );
    const block = 'p: 0\nk: 1\nq: 0';
    expect(patchLines(`${block}\n${block}`, block, block.replace('1', '2'))).toBeNull();
  });
});
