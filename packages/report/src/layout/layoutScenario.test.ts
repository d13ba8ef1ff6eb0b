import { describe, expect, it } from 'vitest';
import type { ActorsSection } from '../report.ts';
import { layoutActors } from './layoutScenario.ts';

const actors = (list: ActorsSection['actors']): ActorsSection => ({
  kind: 'actors',
  id: 'actors',
  title: 'Actors',
  actors: list,
});
const none = { sources: [], judgement: false };

describe('layoutActors', () => {
  it('gives a table only the columns some actor fills', () => {
    const [table] = layoutActors(
      actors([
        {
          id: 'a',
          name: 'A',
          capability: { value: 7, ...none, judgement: true },
          indicators: [],
          provenance: none,
        },
        { id: 'b', name: 'B', indicators: [], provenance: none },
      ]),
    );
    expect(table).toMatchObject({
      type: 'table',
      head: ['Actor', 'Capability'],
      rows: [
        [{ text: 'A' }, '7†'],
        [{ text: 'B' }, '—'],
      ],
    });
  });

  it('lists names and descriptions when no actor has a capability (classic games)', () => {
    const blocks = layoutActors(
      actors([{ id: 'a', name: 'A', description: 'first', indicators: [], provenance: none }]),
    );
    expect(blocks).toEqual([{ type: 'definitions', items: [{ term: 'A', detail: 'first' }] }]);
  });
});
