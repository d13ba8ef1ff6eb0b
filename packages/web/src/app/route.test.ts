import { describe, expect, it } from 'vitest';
import { formatRoute, isView, parseRoute } from './route.ts';

describe('hash routes', () => {
  it('read an empty hash as the library', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
  });

  it('read a scenario page with its architecture', () => {
    expect(parseRoute('#/s/catalog%3Achicken/gmcr?arch=us_led')).toEqual({
      name: 'scenario',
      id: 'catalog:chicken',
      page: 'gmcr',
      architecture: 'us_led',
    });
  });

  it('open the editor for an unknown page', () => {
    expect(parseRoute('#/s/sc_1/nonsense')).toMatchObject({ page: 'edit' });
  });

  it('round-trip through formatRoute', () => {
    const route = {
      name: 'scenario',
      id: 'catalog:x y',
      page: 'forecast',
      architecture: 'a',
    } as const;
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('read the runs of the server, filtered by status', () => {
    expect(parseRoute('#/runs')).toEqual({ name: 'runs' });
    expect(parseRoute('#/runs?status=failed')).toEqual({ name: 'runs', status: 'failed' });
    expect(parseRoute('#/runs?status=bogus')).toEqual({ name: 'runs' });
  });

  it('read the runs of one scenario as one of its pages, which is not an analysis view', () => {
    const route = parseRoute('#/s/sc_1/runs?status=running');
    expect(route).toEqual({ name: 'scenario', id: 'sc_1', page: 'runs', status: 'running' });
    expect(isView('runs')).toBe(false);
    expect(isView('gmcr')).toBe(true);
  });

  it('keep the status filter to the runs pages', () => {
    expect(formatRoute({ name: 'runs', status: 'cancelled' })).toBe('#/runs?status=cancelled');
    expect(
      formatRoute({
        name: 'scenario',
        id: 'sc_1',
        page: 'gmcr',
        status: 'failed',
        architecture: 'a',
      }),
    ).toBe('#/s/sc_1/gmcr?arch=a');
    const runs = { name: 'scenario', id: 'catalog:korea', page: 'runs', status: 'failed' } as const;
    expect(formatRoute(runs)).toBe('#/s/catalog%3Akorea/runs?status=failed');
    expect(parseRoute(formatRoute(runs))).toEqual(runs);
  });
});
