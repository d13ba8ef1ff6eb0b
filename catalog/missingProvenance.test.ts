import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '@parley/model';
import { missingProvenance } from './missingProvenance.ts';

const base = {
  parley: 1,
  id: 'fixture',
  title: 'Fixture',
  asOf: '2020',
  sources: { s: { title: 'A source' } },
};

describe('missingProvenance', () => {
  it('accepts a scenario whose numbers and choices are all sourced or explained', () => {
    const scenario = ScenarioSchema.parse({
      ...base,
      actors: [{ id: 'a', name: 'A', capability: { value: 1, source: 's' } }],
      options: [{ id: 'x', owner: 'a', label: 'X', judgement: true, note: 'because' }],
      infeasible: [{ when: 'x', reason: 'never', judgement: true }],
      preferences: { a: { statements: [{ statement: 'x', source: 's' }] } },
    });
    expect(missingProvenance(scenario)).toEqual([]);
  });

  it('lists bare numbers, unsourced options, unexplained judgements, bare conditions and bare statements', () => {
    const scenario = ScenarioSchema.parse({
      ...base,
      actors: [
        { id: 'a', name: 'A', capability: 3, indicators: { gdp: { value: 2, judgement: true } } },
      ],
      issues: [
        {
          id: 'i',
          name: 'I',
          scale: { low: 'l', high: 'h' },
          positions: { a: { position: 10, salience: { value: 5, source: 's' } } },
        },
      ],
      options: [{ id: 'x', owner: 'a', label: 'X' }],
      infeasible: ['x'],
      preferences: { a: { statements: ['x'] } },
    });
    expect(missingProvenance(scenario)).toEqual([
      'actors[0].capability: no source and not marked as judgement',
      'actors[0].indicators.gdp: judgement without a note',
      'issues[0].positions.a.position: no source and not marked as judgement',
      'options[0]: no source and not marked as judgement',
      'infeasible[0]: no source and not marked as judgement',
      'preferences.a.statements[0]: no source and not marked as judgement',
    ]);
  });

  it('asks a ranking for provenance on the preference itself', () => {
    const scenario = ScenarioSchema.parse({
      ...base,
      actors: [{ id: 'a', name: 'A' }],
      options: [{ id: 'x', owner: 'a', label: 'X', source: 's' }],
      preferences: { a: { ranking: ['Y', 'N'] } },
    });
    expect(missingProvenance(scenario)).toEqual([
      'preferences.a: no source and not marked as judgement',
    ]);
  });
});

describe('missingProvenance on what negotiation reads as "no agreement"', () => {
  it('asks for a source or an explained judgement on status quos, outside options and reservations', () => {
    const scenario = ScenarioSchema.parse({
      ...base,
      actors: [
        {
          id: 'a',
          name: 'A',
          outsideOption: { i: 5 },
          reservation: { value: 0.3, judgement: true },
        },
      ],
      issues: [
        {
          id: 'i',
          name: 'I',
          scale: { low: 'l', high: 'h' },
          statusQuo: { value: 0, source: 's' },
          positions: {
            a: { position: { value: 10, source: 's' }, salience: { value: 5, source: 's' } },
          },
        },
      ],
    });
    expect(missingProvenance(scenario)).toEqual([
      'actors[0].reservation: judgement without a note',
      'actors[0].outsideOption.i: no source and not marked as judgement',
    ]);
  });
});
