import { applyArchitecture } from '@parley/model';
import { describe, expect, it } from 'vitest';
import { adaptiveSteps, negotiationUnits } from './negotiationUnits.ts';
import { compareFixture } from './testing/compareFixtures.ts';

const scenario = compareFixture();

describe('negotiationUnits', () => {
  it('makes one table per track, seating its parties and valuing every actor with positions', () => {
    const { units, skipped } = negotiationUnits(applyArchitecture(scenario, 'bilateral'));
    expect(units.map((u) => [u.id, u.parties, u.issues, u.rule.text])).toEqual([
      ['talks', ['alpha', 'beta'], ['x', 'y'], 'unanimity'],
    ]);
    // Gamma is valued (for its veto) though it does not sit at the table.
    expect(units[0]!.domain.parties.map((p) => p.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(skipped).toEqual([]);
  });

  it('puts sequenced tracks in their steps and a linked package at one table', () => {
    const split = negotiationUnits(applyArchitecture(scenario, 'split')).units;
    expect(split.map((u) => [u.id, u.step])).toEqual([
      ['talks', 0],
      ['y_talks', 1],
    ]);
    const linked = negotiationUnits(applyArchitecture(scenario, 'linked')).units;
    expect(linked.map((u) => [u.id, u.issues, u.step])).toEqual([['talks+y_talks', ['x', 'y'], 0]]);
  });

  it('skips a track without issues and says why', () => {
    const withEmpty = compareFixture({
      tracks: [
        { id: 'talks', name: 'Talks', issues: ['x', 'y'], parties: ['alpha', 'beta'] },
        { id: 'chat', name: 'Chat', parties: ['alpha', 'gamma'] },
      ],
      architectures: [],
    });
    expect(negotiationUnits(withEmpty).skipped).toEqual([
      { track: 'chat', reason: 'negotiates no issue' },
    ]);
  });

  it('uses the finest grid of at most 11 values that keeps a table within 20,000 outcomes', () => {
    // 11^4 = 14,641 fits; 11^5 does not, 7^5 = 16,807 does; 4^7 = 16,384.
    expect([1, 2, 4, 5, 7].map(adaptiveSteps)).toEqual([11, 11, 11, 7, 4]);
    const [unit] = negotiationUnits(scenario, { steps: 3 }).units;
    expect(unit!.domain.issues[0]!.values).toEqual([0, 50, 100]);
  });
});
