import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from './libraryBackend.ts';
import { orderEntries } from './orderEntries.ts';

const entry = (id: string, readOnly: boolean, tags: string[] = []): LibraryEntry => ({
  id,
  title: id,
  tags,
  readOnly,
  version: 1,
  updatedAt: null,
});

describe('the library order', () => {
  it('puts my scenarios first, then the flagship, then the catalog by title', () => {
    const ordered = orderEntries([
      entry('chicken', true),
      entry('mine-2', false),
      entry('korea', true, ['flagship']),
      entry('cuba', true),
      entry('mine-1', false),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['mine-2', 'mine-1', 'korea', 'chicken', 'cuba']);
  });
});
