import { describe, expect, it } from 'vitest';
import { randomDomain } from '../reference/syntheticDomains.ts';
import { strategyNamed } from '../strategies/strategies.ts';
import { runTournament } from './runTournament.ts';
import { distance, sessionMetrics } from './sessionMetrics.ts';

const strategies = ['boulware', 'conceder', 'hardliner'].map((n) => strategyNamed(n)!);
const scenarios = [
  { name: 'small', domain: randomDomain(1, { radices: [5, 5, 5], parties: 2, reservation: 0.2 }) },
  { name: 'trio', domain: randomDomain(2, { radices: [4, 4], parties: 3 }) },
];

describe('runTournament', () => {
  const result = runTournament({
    scenarios,
    strategies,
    repetitions: 2,
    deadline: { rounds: 60 },
    seed: 2018,
  });

  it('plays every assignment of strategies to seats, per scenario and repetition', () => {
    expect(result.runs).toHaveLength((9 + 27) * 2);
    expect(result.runs[0]!.strategies).toEqual(['boulware', 'boulware']);
  });

  it('summarises each strategy: agreement rate, utilities, welfare and distances', () => {
    const hard = result.strategies.find((s) => s.strategy === 'hardliner')!;
    const conceder = result.strategies.find((s) => s.strategy === 'conceder')!;
    expect(hard.seats).toBe(2 * (2 * 3 + 3 * 9));
    expect(hard.agreementRate).toBeLessThan(conceder.agreementRate);
    expect(conceder.meanParetoDistance).toBeGreaterThanOrEqual(0);
  });

  it('never lets two hard-liners agree, and they end at their reservation values', () => {
    const runs = result.runs.filter((r) => r.strategies.every((s) => s === 'hardliner'));
    expect(runs.every((r) => !r.agreement)).toBe(true);
    expect(runs.find((r) => r.scenario === 'small')!.utilities).toEqual([0.2, 0.2]);
  });

  it('is reproducible from its seed', () => {
    const again = runTournament({
      scenarios,
      strategies,
      repetitions: 2,
      deadline: { rounds: 60 },
      seed: 2018,
    });
    expect(again).toEqual(result);
    expect(result.provenance).toMatchObject({
      engine: 'negotiate',
      method: 'tournament',
      seed: 2018,
    });
  });
});

describe('session metrics', () => {
  it('measures Euclidean distances to the nearest frontier point and to Nash', () => {
    const m = sessionMetrics(
      [0.3, 0.4],
      [
        [1, 0],
        [0.6, 0.8],
      ],
      [0.6, 0.8],
    );
    expect(m.welfare).toBeCloseTo(0.7, 12);
    expect(m.paretoDistance).toBeCloseTo(0.5, 12);
    expect(m.nashDistance).toBeCloseTo(distance([0.3, 0.4], [0.6, 0.8]), 12);
  });
});
