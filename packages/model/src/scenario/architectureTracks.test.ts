import { describe, expect, it } from 'vitest';
import { toyInput } from '../testing/fixtures.ts';
import { trackedInput } from './architectureFixtures.ts';
import {
  IMPLICIT_TRACK_ID,
  sequencingSteps,
  trackPackages,
  tracksOf,
  vetoHoldersOver,
} from './architectureTracks.ts';
import { ScenarioSchema, type ScenarioInput } from './schema.ts';

const tracked = (edit: (input: ScenarioInput) => void = () => {}) => {
  const input = trackedInput();
  edit(input);
  return ScenarioSchema.parse(input);
};

describe('how engines read the structure', () => {
  it('gives a scenario without tracks one table with every issue and every positioned actor', () => {
    expect(tracksOf(ScenarioSchema.parse(toyInput()))).toEqual([
      {
        id: IMPLICIT_TRACK_ID,
        name: 'All issues',
        issues: ['sanctions'],
        parties: ['usa', 'dprk'],
        decisionRule: { kind: 'unanimity' },
      },
    ]);
  });

  it('runs parallel and linked tracks in one step, and sequenced ones step by step', () => {
    expect(sequencingSteps(tracked())).toEqual([['nuclear', 'peace_talks']]);
    const sequenced = tracked(
      (s) => (s.sequencing = { kind: 'sequenced', order: [['peace_talks'], 'nuclear'] }),
    );
    expect(sequencingSteps(sequenced)).toEqual([['peace_talks'], ['nuclear']]);
  });

  it('packages linked tracks together and leaves every other track alone', () => {
    expect(trackPackages(tracked())).toEqual([['nuclear'], ['peace_talks']]);
    const linked = tracked(
      (s) => (s.sequencing = { kind: 'linked', packages: [['peace_talks', 'nuclear']] }),
    );
    expect(trackPackages(linked)).toEqual([['peace_talks', 'nuclear']]);
  });

  it('finds the holders of implementation vetoes over an issue or an option', () => {
    const scenario = tracked();
    expect(vetoHoldersOver(scenario, { issue: 'sanctions' })).toEqual(['usa', 'china']);
    expect(vetoHoldersOver(scenario, { option: 'lift' })).toEqual(['usa', 'china']);
    expect(vetoHoldersOver(scenario, { option: 'freeze' })).toEqual([]);
  });
});
