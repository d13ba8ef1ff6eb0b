import { describe, expect, it } from 'vitest';
import { describeExpected, describeValue, isMissingKey, joinOr, valueAt } from './describeValue.ts';

describe('describeValue', () => {
  it('names each kind of parsed value in plain words', () => {
    expect(describeValue('high')).toBe('the text "high"');
    expect(describeValue(3)).toBe('the number 3');
    expect(describeValue(null)).toBe('an empty value (null)');
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue({ a: 1 })).toBe('a mapping');
    expect(describeValue(true)).toBe('`true`');
  });

  it('shortens long text', () => {
    expect(describeValue('x'.repeat(100)).length).toBeLessThan(60);
  });

  it('names expected types and joins alternatives with "or"', () => {
    expect(joinOr(['number', 'string'].map(describeExpected))).toBe('a number or text');
    expect(joinOr(['a', 'b', 'c'])).toBe('a, b or c');
  });
});

describe('valueAt / isMissingKey', () => {
  const data = { actors: [{ id: 'usa' }] };

  it('walks keys and indices', () => {
    expect(valueAt(data, ['actors', 0, 'id'])).toBe('usa');
    expect(valueAt(data, ['actors', 1, 'id'])).toBeUndefined();
  });

  it('tells a missing key of an existing mapping from other absences', () => {
    expect(isMissingKey(data, ['actors', 0, 'name'])).toBe(true);
    expect(isMissingKey(data, ['actors', 0, 'id'])).toBe(false);
    expect(isMissingKey(data, ['actors', 3])).toBe(false);
  });
});
