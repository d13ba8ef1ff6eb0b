import { describe, expect, it } from 'vitest';
import { allowedKeysAt, schemasAt } from './schemaKeys.ts';
import { ScenarioSchema } from './schema.ts';

describe('allowedKeysAt', () => {
  it('lists the keys of an actor', () => {
    expect(allowedKeysAt(ScenarioSchema, ['actors', 0])).toEqual(
      expect.arrayContaining(['id', 'name', 'capability', 'indicators', 'source', 'judgement']),
    );
  });

  it('looks through unions: a quantity object inside a position', () => {
    expect(allowedKeysAt(ScenarioSchema, ['issues', 3, 'positions', 'usa', 'salience'])).toEqual(
      expect.arrayContaining(['value', 'range', 'source']),
    );
  });

  it('lists the top-level keys for the root', () => {
    expect(allowedKeysAt(ScenarioSchema, [])).toContain('preferences');
  });

  it('finds nothing below a leaf or an unknown key', () => {
    expect(allowedKeysAt(ScenarioSchema, ['title'])).toEqual([]);
    expect(schemasAt(ScenarioSchema, ['nonsense', 'deeper'])).toEqual([]);
  });
});
