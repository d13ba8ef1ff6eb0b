import { applyArchitecture, listArchitectures } from '@parley/model';
import { describe, expect, it } from 'vitest';
import { architectureGmcr } from './architectureGmcr.ts';
import { compareFixture } from './testing/compareFixtures.ts';

const scenario = compareFixture();
const gmcrOf = (id: string) =>
  architectureGmcr(
    applyArchitecture(scenario, id),
    listArchitectures(scenario).find((a) => a.id === id)!,
  );

describe('the graph model under an architecture', () => {
  it('finds the prisoner’s dilemma of the fixture: nobody gives first, and nothing improves on it', () => {
    // Each prefers the other to give and itself not to: the status quo NN is Nash stable
    // (each unilateral gift loses), and mutual giving YY is stable only under the
    // sanctioning concepts (Fang, Hipel & Kilgour 1993, the PD example).
    const g = gmcrOf('bilateral')!;
    expect(g.statusQuo).toEqual({
      id: 1,
      yn: 'NN',
      stableUnder: ['Nash', 'GMR', 'SMR', 'SEQ', 'SIM'],
    });
    expect(g.equilibria).toEqual({ nash: 1, gmr: 2, smr: 2, seq: 2, sim: 2 });
    expect(g.reachable).toEqual([]);
  });

  it('applies a fixed option: Alpha has given, so Beta’s choice is all that is left', () => {
    const g = gmcrOf('linked')!;
    expect(g.changes).toEqual(['fixes alpha_gives = taken']);
    expect(g.feasibleStates).toBe(2);
    expect(g.statusQuo!.yn).toBe('YN');
  });

  it('is null without options', () => {
    const noOptions = compareFixture({ options: [], preferences: {}, architectures: [] });
    expect(architectureGmcr(noOptions, listArchitectures(noOptions)[0]!)).toBeNull();
  });
});
