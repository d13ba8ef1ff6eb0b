import { describe, expect, it } from 'vitest';
import { valueIndices } from '../negotiate/outcomeSpace.ts';
import { prepareDomain } from '../negotiate/preparedDomain.ts';
import { strategyNamed } from '../negotiate/strategies/strategies.ts';
import { negotiationUnits } from './negotiationUnits.ts';
import { sessionSeed, strategyDraw } from './simulateArchitecture.ts';
import { compareFixture } from './testing/compareFixtures.ts';
import { firstDraft, mechanismAt, runUnitSession } from './unitSession.ts';

const mediated = compareFixture({
  tracks: [
    {
      id: 'talks',
      name: 'Talks',
      issues: ['x', 'y'],
      parties: ['alpha', 'beta'],
      mediator: 'gamma',
    },
  ],
  architectures: [],
});
const [unit] = negotiationUnits(mediated, { steps: 5 }).units;
const prepared = prepareDomain(unit!.domain);

describe('one session at a table', () => {
  it('runs alternating offers by default and the single text at mediated tables under auto', () => {
    expect(mechanismAt(unit!, 'sao')).toBe('sao');
    expect(mechanismAt(unit!, 'auto')).toBe('snt');
    expect(mechanismAt({ ...unit!, mediator: undefined }, 'auto')).toBe('sao');
  });

  it('starts the single text from the status quo, or from the mediator’s positions without one', () => {
    expect(valueIndices(prepared.table.space, firstDraft(mediated, unit!, prepared)!)).toEqual([
      0, 0,
    ]);
    const noStatusQuo = compareFixture({
      ...mediated,
      issues: mediated.issues.map(({ statusQuo: _sq, ...issue }) => issue),
    });
    // Gamma's positions: x 100, y 0.
    expect(valueIndices(prepared.table.space, firstDraft(noStatusQuo, unit!, prepared)!)).toEqual([
      4, 0,
    ]);
  });

  it('only moves the single text by consent, so from the status quo it never makes a party worse off', () => {
    const result = runUnitSession({
      scenario: mediated,
      unit: unit!,
      prepared,
      mechanism: 'auto',
      rounds: 200,
      strategyOf: () => strategyNamed('boulware')!,
      seed: 3,
    });
    expect(result.mechanism).toBe('snt');
    result.utilities.forEach((u, s) =>
      expect(u).toBeGreaterThanOrEqual(
        prepared.table.reservation[prepared.partyIndex(result.parties[s]!)]!,
      ),
    );
  });

  it('draws one strategy per actor and run, and a seed per run and table, reproducibly', () => {
    const mix = ['boulware', 'linear', 'conceder'].map((n) => strategyNamed(n)!);
    const a = strategyDraw(mediated, mix, 1, 4);
    const b = strategyDraw(mediated, mix, 1, 4);
    expect(['alpha', 'beta', 'gamma'].map((x) => a(x).name)).toEqual(
      ['alpha', 'beta', 'gamma'].map((x) => b(x).name),
    );
    expect(sessionSeed(1, 4, 'talks')).toBe(sessionSeed(1, 4, 'talks'));
    expect(sessionSeed(1, 4, 'talks')).not.toBe(sessionSeed(1, 5, 'talks'));
    expect(sessionSeed(1, 4, 'talks')).not.toBe(sessionSeed(1, 4, 'y_talks'));
  });
});
