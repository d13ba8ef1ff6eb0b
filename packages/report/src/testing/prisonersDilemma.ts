/**
 * The Prisoner's Dilemma as a scenario object (already in its validated shape), with a few
 * provenance markings for the Sources section. States by decimal: 1 = NN (both silent), 2 = YN,
 * 3 = NY, 4 = YY. Ranking T > R > P > S for each prisoner (Rapoport & Chammah 1965).
 */
import type { Scenario } from '@parley/model';

export function prisonersDilemma(): Scenario {
  return {
    parley: 1,
    id: 'pd',
    title: "Prisoner's Dilemma",
    asOf: '1950',
    summary: 'Two prisoners, one choice each.',
    sources: {
      'rc-1965': {
        title: "Prisoner's Dilemma: A Study in Conflict and Cooperation",
        author: 'Anatol Rapoport, Albert M. Chammah',
        publisher: 'University of Michigan Press',
        date: '1965',
      },
      unused: { title: 'A source nobody cites' },
    },
    actors: [
      {
        id: 'p1',
        name: 'Prisoner 1',
        capability: { value: 50, judgement: true, note: 'equal by assumption' },
      },
      { id: 'p2', name: 'Prisoner 2', capability: 50, source: 'rc-1965' },
    ],
    issues: [
      {
        id: 'years',
        name: 'Years in prison',
        scale: { min: 0, max: 10, low: 'free', high: 'ten years' },
        positions: {
          p1: { position: 0, salience: { value: 90, judgement: true } },
          p2: { position: { value: 1, source: 'rc-1965' }, salience: 80 },
        },
      },
    ],
    options: [
      {
        id: 'c1',
        owner: 'p1',
        label: 'Prisoner 1 confesses',
        reversibility: 'both',
        statusQuo: false,
        source: 'rc-1965',
      },
      {
        id: 'c2',
        owner: 'p2',
        label: 'Prisoner 2 confesses',
        reversibility: 'both',
        statusQuo: false,
      },
    ],
    infeasible: [],
    preferences: {
      p1: { ranking: ['YN', 'NN', 'YY', 'NY'], source: 'rc-1965' },
      p2: { ranking: ['NY', 'NN', 'YY', 'YN'], source: 'missing-source' },
    },
  };
}
