import { describe, expect, it } from 'vitest';
import {
  appendItem,
  moveItem,
  readData,
  removeItem,
  setValue,
  setValues,
  withNumber,
} from './yamlEdit.ts';

const TEXT = `# A comment that must survive.
parley: 1
actors:
  - id: a # the first actor
    name: Alpha
    capability: { value: 60, source: src }
  - id: b
    name: Beta
`;

const ok = (r: ReturnType<typeof setValue>) => {
  if (!r.ok) throw new Error(r.problem);
  return r.text;
};

describe('editing scenario text through forms', () => {
  it('changes one value and keeps comments and everything else', () => {
    const text = ok(setValue(TEXT, ['actors', 1, 'name'], 'Bravo'));
    expect(text).toContain('# A comment that must survive.');
    expect(text).toContain('- id: a # the first actor');
    expect(text).toContain('name: Bravo');
    expect(text).toContain('name: Alpha');
  });

  it('replaces the number of a quantity but keeps its source', () => {
    const data = readData(TEXT)!;
    const actors = data.actors as { capability: unknown }[];
    const text = ok(
      setValue(TEXT, ['actors', 0, 'capability'], withNumber(actors[0]!.capability, 75)),
    );
    expect((readData(text)!.actors as { capability: unknown }[])[0]!.capability).toEqual({
      value: 75,
      source: 'src',
    });
  });

  it('writes a plain number where the quantity was plain', () => {
    expect(withNumber(40, 45)).toBe(45);
  });

  it('deletes a key when the value is undefined', () => {
    const text = ok(setValue(TEXT, ['actors', 0, 'capability'], undefined));
    expect(text).not.toContain('capability');
  });

  it('appends and removes list items', () => {
    const added = ok(appendItem(TEXT, ['actors'], { id: 'c', name: 'Gamma' }));
    expect((readData(added)!.actors as unknown[]).length).toBe(3);
    const removed = ok(removeItem(added, ['actors'], 0));
    expect((readData(removed)!.actors as { id: string }[]).map((a) => a.id)).toEqual(['b', 'c']);
  });

  it('creates a missing list', () => {
    const text = ok(appendItem(TEXT, ['options'], { id: 'x', owner: 'a', label: 'X' }));
    expect(readData(text)!.options).toEqual([{ id: 'x', owner: 'a', label: 'X' }]);
  });

  it('keeps JSON scenarios JSON', () => {
    const text = ok(setValue('{"parley": 1, "actors": []}', ['title'], 'T'));
    expect(JSON.parse(text)).toEqual({ parley: 1, actors: [], title: 'T' });
  });

  it('refuses to edit text with a syntax error', () => {
    expect(setValue('a: [1, 2', ['a'], 1)).toEqual({
      ok: false,
      problem: expect.stringMatching(/syntax error/),
    });
  });
});

describe('edits the structured forms make', () => {
  const LIST = `statements:
  - '!test' # the first priority
  - statement: freeze
    note: kept
  - lift
`;

  it('moves a list item with its comment', () => {
    const text = ok(moveItem(LIST, ['statements'], 0, 2));
    expect(readData(text)!.statements).toEqual([
      { statement: 'freeze', note: 'kept' },
      'lift',
      '!test',
    ]);
    expect(text).toContain("- '!test' # the first priority");
  });

  it('leaves the text as it is for a move out of the list', () => {
    expect(ok(moveItem(LIST, ['statements'], 0, -1))).toBe(LIST);
  });

  it('replaces a scalar in place, keeping its comment and quotes', () => {
    const text = ok(setValue(LIST, ['statements', 0], '!lift'));
    expect(text).toContain("- '!lift' # the first priority");
  });

  it('sets several values in one edit, deleting what is not there without complaint', () => {
    const text = ok(
      setValues('a: 1\n', [
        [['b', 'c'], undefined],
        [['a'], 2],
        [
          ['d', 'e'],
          ['x', 'y'],
        ],
      ]),
    );
    expect(readData(text)).toEqual({ a: 2, d: { e: ['x', 'y'] } });
  });

  it('writes lists of ids inline', () => {
    const text = ok(setValue('tracks: []\n', ['coalitions'], [['usa', 'rok'], ['dprk']]));
    expect(text).toContain('coalitions: [[usa, rok], [dprk]]');
  });
});

describe('edits leave what they do not touch as written', () => {
  const FOLDED = `summary: >-
  A paragraph folded by hand, which
  yaml would print on one line.
actors:
  - id: a
    name: Alpha
`;

  it('keeps a folded paragraph folded when a field elsewhere changes', () => {
    expect(ok(setValue(FOLDED, ['actors', 0, 'name'], 'Bravo'))).toBe(
      FOLDED.replace('Alpha', 'Bravo'),
    );
  });

  it('rewrites a paragraph in its own style, the rest of the text byte for byte', () => {
    const text = ok(setValue(FOLDED, ['summary'], 'Short.'));
    expect(text).toBe(FOLDED.replace(/>-\n[^]*?line\.\n/, '>-\n  Short.\n'));
  });

  it('quotes a new value that would otherwise read as another type', () => {
    const text = ok(setValue(FOLDED, ['actors', 0, 'name'], '2018'));
    expect((readData(text)!.actors as { name: unknown }[])[0]!.name).toBe('2018');
    expect(text).toContain('yaml would print on one line.');
  });
});

describe('flow collections', () => {
  it('keep the padding of flow maps and write flow lists tight, as the catalog does', () => {
    const text = 'a:\n  - { x: 1, l: [p, q] }\nb: 1\n';
    expect(ok(setValue(text, ['b'], 2))).toBe('a:\n  - { x: 1, l: [p, q] }\nb: 2\n');
  });
});
