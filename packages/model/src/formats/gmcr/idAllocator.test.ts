import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../scenario/schema.ts';
import { idAllocator, slugify } from './idAllocator.ts';

describe('slugify', () => {
  it('lower-cases and joins words with dashes', () => {
    expect(slugify('Driver 1 swerves')).toBe('driver-1-swerves');
    expect(slugify('  U.S. (Support)  ')).toBe('u-s-support');
  });

  it('drops accents and gives undefined when nothing is left', () => {
    expect(slugify('Élan Vital')).toBe('elan-vital');
    expect(slugify('—')).toBeUndefined();
  });
});

describe('idAllocator', () => {
  it('makes repeated names unique (Garrison has two "Full")', () => {
    const id = idAllocator();
    expect([id('Full', 'option', 1), id('Full', 'option', 2), id('full', 'option', 3)]).toEqual([
      'full',
      'full-2',
      'full-3',
    ]);
  });

  it('always yields a valid id that is not a statement keyword', () => {
    const id = idAllocator();
    const ids = [
      id('', 'dm', 1),
      id('42', 'option', 2),
      id('If', 'option', 3),
      id('IFF', 'option', 4),
    ];
    expect(ids).toEqual(['dm-1', 'option-42', 'option-if', 'option-iff']);
    for (const x of ids) expect(x).toMatch(ID_PATTERN);
  });
});
