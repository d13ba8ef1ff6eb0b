import { describe, expect, it } from 'vitest';
import { bargainingProblem } from '../benchmarks/bargainingProblem.ts';
import { nashProduct, nashSolution } from '../benchmarks/nashSolution.ts';
import { prepareDomain } from '../preparedDomain.ts';
import { pointsDomain, randomDomain } from '../reference/syntheticDomains.ts';
import { monotonicConcession } from './monotonicConcession.ts';

describe('monotonic concession protocol with the Zeuthen strategy', () => {
  it('splits a unit surplus equally, the Nash solution (Harsanyi 1956: Zeuthen ends at Nash)', () => {
    const pie = prepareDomain(
      pointsDomain(Array.from({ length: 11 }, (_, j) => [j / 10, 1 - j / 10])),
    );
    const result = monotonicConcession(pie, { deadline: { rounds: 50 } });
    expect(result).toMatchObject({ endedBy: 'agreement', agreement: 5 });
    // Both start at their best split and concede one step a round.
    expect(result.rounds).toBe(6);
  });

  it('makes the party with less to lose from conflict concede: the risk-averse one gives ground', () => {
    // u1 = √x, u2 = 1 − x: Nash gives party 1 a third (max √x(1 − x)).
    const points = Array.from({ length: 31 }, (_, j) => [Math.sqrt(j / 30), 1 - j / 30]);
    const result = monotonicConcession(prepareDomain(pointsDomain(points)), {
      deadline: { rounds: 100 },
    });
    expect(result.agreement).not.toBeNull();
    expect(Math.abs(result.agreement! - 10)).toBeLessThanOrEqual(1);
  });

  it('ends close to the Nash product on random bilateral domains', () => {
    for (const seed of [1, 2, 3, 4]) {
      const domain = prepareDomain(randomDomain(seed, { radices: [5, 6, 7], parties: 2 }));
      const result = monotonicConcession(domain, { deadline: { rounds: 500 }, trace: false });
      const u = domain.table.utilities;
      const d = new Float64Array(2);
      const best = nashProduct(u, d, nashSolution(bargainingProblem(u, d)));
      expect(result.agreement).not.toBeNull();
      expect(nashProduct(u, d, result.agreement!)).toBeGreaterThanOrEqual(0.9 * best);
    }
  });

  it('ends in conflict when nobody can concede any further above its reservation value', () => {
    const domain = prepareDomain(
      pointsDomain(
        [
          [1, 0],
          [0.5, 0.5],
          [0, 1],
        ],
        [0.8, 0.8],
      ),
    );
    expect(monotonicConcession(domain, { deadline: { rounds: 10 } })).toMatchObject({
      endedBy: 'no-concession',
      agreement: null,
    });
  });
});
