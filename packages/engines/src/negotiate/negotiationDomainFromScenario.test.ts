import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '@parley/model';
import { analyzeNegotiation } from './analyzeNegotiation.ts';
import { negotiationDomainFromScenario } from './negotiationDomainFromScenario.ts';
import { utilityTable } from './utilityTable.ts';

const scenario: Scenario = ScenarioSchema.parse({
  parley: 1,
  id: 'toy-talks',
  title: 'Toy talks',
  asOf: '2018-06-12',
  actors: [
    { id: 'usa', name: 'United States' },
    { id: 'dprk', name: 'North Korea' },
    { id: 'un', name: 'Observer' },
  ],
  issues: [
    {
      id: 'relief',
      name: 'Sanctions relief',
      scale: { low: 'none', high: 'all' },
      positions: { usa: { position: 0, salience: 60 }, dprk: { position: 100, salience: 90 } },
    },
    {
      id: 'steps',
      name: 'Denuclearization steps',
      scale: { min: 0, max: 10, low: 'none', high: 'complete' },
      positions: {
        usa: { position: 10, salience: 40 },
        dprk: { position: { value: 2.5, judgement: true }, salience: 10 },
      },
    },
  ],
});

describe('negotiationDomainFromScenario', () => {
  it('discretises each scale into `steps` values, ends included', () => {
    const domain = negotiationDomainFromScenario(scenario, { steps: 5 });
    expect(domain.issues.map((i) => i.values)).toEqual([
      [0, 25, 50, 75, 100],
      [0, 2.5, 5, 7.5, 10],
    ]);
  });

  it('weights issues by normalised salience and scores closeness to the ideal point linearly', () => {
    const [usa, dprk] = negotiationDomainFromScenario(scenario, { steps: 5 }).parties;
    expect(usa!.weights).toEqual([0.6, 0.4]);
    expect(dprk!.weights).toEqual([0.9, 0.1]);
    expect(usa!.evaluations[0]).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(dprk!.evaluations[1]).toEqual([0.75, 1, 0.75, 0.5, 0.25]);
  });

  it('leaves out actors without positions, with a warning', () => {
    const domain = negotiationDomainFromScenario(scenario);
    expect(domain.parties.map((p) => p.id)).toEqual(['usa', 'dprk']);
    expect(domain.warnings).toEqual([
      'un takes no position (or only zero salience) on these issues and is not a party',
    ]);
  });

  it('derives reservation values from outside options: the utility of the BATNA point', () => {
    const domain = negotiationDomainFromScenario(scenario, {
      steps: 3,
      statusQuo: { relief: 0, steps: 0 },
      reservations: { dprk: 0.2 },
    });
    // usa at the status quo: 0.6·1 + 0.4·0 = 0.6; dprk is given directly.
    expect(domain.parties.map((p) => p.reservation)).toEqual([0.6, 0.2]);
  });

  it('gives utilities in [0, 1] that the analysis can use, with each actor best at its ideal point', () => {
    const domain = negotiationDomainFromScenario(scenario, { steps: 5 });
    const table = utilityTable(domain);
    expect(Math.max(...table.utilities[0]!)).toBe(1);
    expect(Math.min(...table.utilities[1]!)).toBeGreaterThanOrEqual(0);
    const analysis = analyzeNegotiation(domain);
    expect(analysis.outcomes).toBe(25);
    // The USA cares relatively more about steps, the DPRK about relief: the deal trades them.
    // Nash product at (75, 10): 0.55 · 0.70 = 0.385, above (100, 10): 0.40 · 0.925 = 0.37.
    expect(analysis.nash?.outcome).toEqual([75, 10]);
  });

  it('rejects unknown actors or issues in the options', () => {
    expect(() => negotiationDomainFromScenario(scenario, { issues: ['nope'] })).toThrow(
      /no issue nope/,
    );
  });
});

describe('negotiationDomainFromScenario reading "no agreement" from the scenario', () => {
  const withOutside: Scenario = ScenarioSchema.parse({
    ...scenario,
    actors: [
      { id: 'usa', name: 'United States', outsideOption: { steps: 10 } },
      { id: 'dprk', name: 'North Korea', reservation: 0.3 },
      { id: 'un', name: 'Observer' },
    ],
    issues: scenario.issues.map((issue) =>
      issue.id === 'relief' ? { ...issue, statusQuo: 0 } : issue,
    ),
  });

  it('overlays each actor’s own outside option on the status quo, and takes direct reservations as given', () => {
    const [usa, dprk] = negotiationDomainFromScenario(withOutside, { steps: 3 }).parties;
    // usa: relief stays at the status quo 0 (its ideal) and steps at its BATNA 10 (its ideal): 1.
    expect(usa!.reservation).toBe(1);
    expect(dprk!.reservation).toBe(0.3);
  });

  it('lets explicit options override the scenario', () => {
    const [usa] = negotiationDomainFromScenario(withOutside, {
      steps: 3,
      reservations: { usa: 0.1 },
    }).parties;
    expect(usa!.reservation).toBe(0.1);
  });
});
