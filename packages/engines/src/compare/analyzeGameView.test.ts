import { describe, expect, it } from 'vitest';
import { buildModel } from '../gmcr/model.ts';
import { analyzeGameView } from './analyzeGameView.ts';
import { prisonersDilemma, threeActors } from './testing/gameViewFixtures.ts';

describe('analyzeGameView', () => {
  it('enumerates every extreme equilibrium of a two-player game and traces its logit QRE', () => {
    const result = analyzeGameView(buildModel(prisonersDilemma()));
    expect(result.mixed?.method).toBe('enummixed');
    // The Prisoner's Dilemma has one equilibrium, mutual confession (strictly dominant).
    expect(result.mixed?.equilibria.map((e) => e.profile.flat().map(String))).toEqual([
      ['0', '1', '0', '1'],
    ]);
    expect(result.qre?.method).toBe('logit');
    expect(result.qre?.branch?.[0]?.profile).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(result.comparison?.pureNash).toEqual([3]);
    expect(result.notes).toEqual([]);
  });

  it('uses simpdiv for three players and reports an exact regret', () => {
    const result = analyzeGameView(buildModel(threeActors()));
    expect(result.mixed?.method).toBe('simpdiv');
    expect(result.mixed?.equilibria[0]?.regret.isZero()).toBe(true);
    expect(result.qre?.equilibria).toHaveLength(1);
  });

  it('skips what exceeds its limits and says so', () => {
    const result = analyzeGameView(buildModel(threeActors()), {
      maxCompareProfiles: 4,
      maxMixedProfiles: 4,
    });
    expect(result.comparison).toBeUndefined();
    expect(result.mixed).toBeUndefined();
    expect(result.qre).toBeUndefined();
    expect(result.notes).toHaveLength(3);
  });
});
