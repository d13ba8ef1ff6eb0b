import { describe, expect, it } from 'vitest';
import { formatPath } from './formatPath.ts';

describe('formatPath', () => {
  it('joins keys with dots and puts indices in brackets', () => {
    expect(formatPath(['preferences', 'usa', 'statements', 2])).toBe(
      'preferences.usa.statements[2]',
    );
    expect(formatPath(['actors', 0, 'capability'])).toBe('actors[0].capability');
  });

  it('quotes keys that are not plain words, such as ids containing dots', () => {
    expect(formatPath(['sources', 'sipri.2018', 'title'])).toBe('sources["sipri.2018"].title');
  });

  it('writes the root as the empty string', () => {
    expect(formatPath([])).toBe('');
  });
});
