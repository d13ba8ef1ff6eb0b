/**
 * The library's order: the user's own scenarios first (as the backend lists them, newest
 * first), then the built-in ones — the flagship (tagged `flagship`) first, the rest by title.
 */
import type { LibraryEntry } from './libraryBackend.ts';

export function orderEntries(entries: readonly LibraryEntry[]): LibraryEntry[] {
  const own = entries.filter((e) => !e.readOnly);
  const builtIn = entries
    .filter((e) => e.readOnly)
    .sort(
      (a, b) =>
        Number(b.tags.includes('flagship')) - Number(a.tags.includes('flagship')) ||
        a.title.localeCompare(b.title),
    );
  return [...own, ...builtIn];
}
