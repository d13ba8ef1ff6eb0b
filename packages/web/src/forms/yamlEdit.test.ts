import { describe, expect, it } from 'vitest';
import { appendItem, readData, removeItem, setValue, withNumber } from './yamlEdit.ts';

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
