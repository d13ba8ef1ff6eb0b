/**
 * Hash routes, so the app works from any static server and the server's own fallback:
 *
 *     #/                                the library
 *     #/runs?status=<status>            the server's stored runs
 *     #/s/<scenario id>/<page>?arch=<architecture id>
 *
 * where page is `edit` (YAML), `forms`, `runs` (the scenario's stored runs; `?status=` filters
 * them too) or an analysis view.
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
  'runs',
] as const;
export type Page = (typeof PAGES)[number];

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type RunStatusFilter = (typeof RUN_STATUSES)[number];

export type Route =
  | { name: 'library' }
  | { name: 'runs'; status?: RunStatusFilter }
  | {
      name: 'scenario';
      id: string;
      page: Page;
      architecture?: string;
      /** The runs page's status filter. */
      status?: RunStatusFilter;
    };

export const isView = (page: Page): page is ViewKind =>
  page !== 'edit' && page !== 'forms' && page !== 'runs';

function statusOf(query: URLSearchParams): { status?: RunStatusFilter } {
  const status = query.get('status');
  return (RUN_STATUSES as readonly string[]).includes(status ?? '')
    ? { status: status as RunStatusFilter }
    : {};
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  if (parts[0] === 'runs' && parts.length === 1) return { name: 'runs', ...statusOf(params) };
  if (parts[0] !== 's' || parts[1] === undefined) return { name: 'library' };
  let id: string;
  try {
    id = decodeURIComponent(parts[1]);
  } catch {
    return { name: 'library' };
  }
  const page = (PAGES as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as Page) : 'edit';
  const architecture = params.get('arch') ?? undefined;
  return {
    name: 'scenario',
    id,
    page,
    ...(architecture ? { architecture } : {}),
    ...(page === 'runs' ? statusOf(params) : {}),
  };
}

export function formatRoute(route: Route): string {
  if (route.name === 'library') return '#/';
  const query = new URLSearchParams();
  if (route.name === 'scenario' && route.architecture) query.set('arch', route.architecture);
  const listsRuns = route.name === 'runs' || route.page === 'runs';
  if (listsRuns && route.status) query.set('status', route.status);
  const q = query.toString() ? `?${query.toString()}` : '';
  if (route.name === 'runs') return `#/runs${q}`;
  return `#/s/${encodeURIComponent(route.id)}/${route.page}${q}`;
}
