/**
 * Hash routes, so the app works from any static server and the server's own fallback:
 *
 *     #/                                the library
 *     #/s/<scenario id>/<page>?arch=<architecture id>
 *
 * where page is `edit` (YAML), `forms`, or an analysis view.
 */
import type { ViewKind } from '../engine/protocol.ts';

export const PAGES = [
  'edit',
  'forms',
  'gmcr',
  'forecast',
  'games',
  'negotiate',
  'compare',
] as const;
export type Page = (typeof PAGES)[number];

export type Route =
  { name: 'library' } | { name: 'scenario'; id: string; page: Page; architecture?: string };

export const isView = (page: Page): page is ViewKind => page !== 'edit' && page !== 'forms';

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 's' || parts[1] === undefined) return { name: 'library' };
  let id: string;
  try {
    id = decodeURIComponent(parts[1]);
  } catch {
    return { name: 'library' };
  }
  const page = (PAGES as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as Page) : 'edit';
  const architecture = new URLSearchParams(query).get('arch') ?? undefined;
  return { name: 'scenario', id, page, ...(architecture ? { architecture } : {}) };
}

export function formatRoute(route: Route): string {
  if (route.name === 'library') return '#/';
  const arch = route.architecture ? `?arch=${encodeURIComponent(route.architecture)}` : '';
  return `#/s/${encodeURIComponent(route.id)}/${route.page}${arch}`;
}
