import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route.ts';

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
});
