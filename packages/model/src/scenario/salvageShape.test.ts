import { describe, expect, it } from 'vitest';
import { toyInput } from '../testing/fixtures.ts';
import { salvageShape } from './salvageShape.ts';

/** Plain data as the YAML reader produces it, loosely typed so tests can break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write wrong shapes on purpose
type Loose = Record<string, any>;

/** The toy scenario as plain data, changed by `edit`. */
function toyData(edit: (data: Loose) => void): Loose {
  const data = JSON.parse(JSON.stringify(toyInput())) as Loose;
  edit(data);
  return data;
}

describe('salvageShape', () => {
  it('returns a well-shaped scenario unchanged, with nothing removed', () => {
    const salvaged = salvageShape(toyData(() => {}));
    expect(salvaged?.removed).toEqual([]);
    expect(salvaged?.value.actors.map((a) => a.id)).toEqual(['usa', 'dprk']);
  });

  it('removes an unknown key and keeps the mapping that held it', () => {
    const salvaged = salvageShape(toyData((d) => (d.actors[0].capabilty = 5)));
    expect(salvaged?.removed).toEqual([
      { path: ['actors', 0, 'capabilty'], value: 5, unknownKey: true },
    ]);
    expect(salvaged?.value.actors).toHaveLength(2);
  });

  it('removes a whole list item that lacks a required key, and maps later indices back', () => {
    const salvaged = salvageShape(toyData((d) => delete d.actors[0].name));
    expect(salvaged?.removed.map((r) => r.path)).toEqual([['actors', 0]]);
    expect(salvaged?.value.actors.map((a) => a.id)).toEqual(['dprk']);
    // dprk is actors[0] of the salvaged value and actors[1] of the document.
    expect(salvaged?.toOriginal(['actors', 0, 'capability'])).toEqual(['actors', 1, 'capability']);
    expect(salvaged?.toOriginal(['options', 2])).toEqual(['options', 2]);
  });

  it('walks up from a wrong value inside a required key to the nearest removable node', () => {
    // `scale.low` must be text: removing it leaves the scale incomplete, then the issue.
    const salvaged = salvageShape(toyData((d) => (d.issues[0].scale.low = 5)));
    expect(salvaged?.removed.map((r) => r.path)).toEqual([
      ['issues', 0, 'scale', 'low'],
      ['issues', 0, 'scale'],
      ['issues', 0],
    ]);
    expect(salvaged?.value.issues).toEqual([]);
  });

  it('fills in a placeholder for a missing title, which nothing refers to', () => {
    const salvaged = salvageShape(toyData((d) => delete d.title));
    expect(salvaged?.value.title).toBe('untitled');
    expect(salvaged?.removed).toEqual([]);
  });

  it('salvages nothing when the actors themselves are unusable, or the root is not a mapping', () => {
    expect(salvageShape(toyData((d) => (d.actors = 5)))).toBeUndefined();
    expect(salvageShape(toyData((d) => (d.actors = [{ id: 'usa' }])))).toBeUndefined();
    expect(salvageShape([1, 2])).toBeUndefined();
    expect(salvageShape('text')).toBeUndefined();
  });

  it('keeps a key named __proto__ a key rather than a prototype', () => {
    const data = toyData(() => {});
    Object.defineProperty(data.actors[0], '__proto__', { value: 1, enumerable: true });
    const salvaged = salvageShape(data);
    expect(salvaged?.removed.map((r) => r.path)).toEqual([['actors', 0, '__proto__']]);
    expect(Object.getPrototypeOf(salvaged?.value.actors[0])).toBe(Object.prototype);
  });
});
