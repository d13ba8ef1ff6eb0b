import { describe, expect, it } from 'vitest';
import { analyzeNegotiation } from './analyzeNegotiation.ts';
import { pointsDomain, randomDomain } from './reference/syntheticDomains.ts';
import type { NegotiationDomain } from './types.ts';

/** Two issues: price (who gets the surplus) and a delivery date both prefer early. */
const market: NegotiationDomain = {
  name: 'market',
  issues: [
    { id: 'price', name: 'Price', kind: 'integer', values: [0, 1, 2, 3, 4] },
    { id: 'date', name: 'Delivery', kind: 'discrete', values: ['early', 'late'] },
  ],
  parties: [
    {
      id: 'buyer',
      name: 'Buyer',
      weights: [0.8, 0.2],
      evaluations: [
        [1, 0.75, 0.5, 0.25, 0],
        [1, 0],
      ],
      reservation: 0.3,
      discount: 1,
    },
    {
      id: 'seller',
      name: 'Seller',
      weights: [0.8, 0.2],
      evaluations: [
        [0, 0.25, 0.5, 0.75, 1],
        [1, 0],
      ],
      reservation: 0.3,
      discount: 0.9,
    },
  ],
};

describe('analyzeNegotiation', () => {
  it('reports issues, parties, outcome count and the unique Pareto vectors by the first party, descending', () => {
    const a = analyzeNegotiation(market);
    expect(a.outcomes).toBe(10);
    expect(a.issues.map((i) => i.id)).toEqual(['price', 'date']);
    expect(a.parties).toEqual([
      { id: 'buyer', name: 'Buyer', reservation: 0.3, discount: 1 },
      { id: 'seller', name: 'Seller', reservation: 0.3, discount: 0.9 },
    ]);
    // "late" is dominated: the frontier is the five prices with early delivery.
    expect(a.pareto).toEqual([
      [1, 0.2],
      [0.8, 0.4],
      [0.6000000000000001, 0.6000000000000001],
      [0.4, 0.8],
      [0.2, 1],
    ]);
  });

  it('gives each solution as the outcome (values in issue order) and its utilities', () => {
    const a = analyzeNegotiation(market);
    expect(a.nash).toEqual({
      outcome: [2, 'early'],
      utilities: [0.6000000000000001, 0.6000000000000001],
    });
    expect(a.kalaiSmorodinsky?.outcome).toEqual([2, 'early']);
    expect(a.egalitarian?.outcome).toEqual([2, 'early']);
    // Early delivery at any price gives welfare 1.2 (up to rounding): the maximum.
    expect(a.maxWelfare?.outcome[1]).toBe('early');
    expect(a.maxWelfare!.utilities[0]! + a.maxWelfare!.utilities[1]!).toBeCloseTo(1.2, 12);
  });

  it('restricts withReservation to the zone of possible agreement', () => {
    const a = analyzeNegotiation(market);
    expect(a.withReservation.reservation).toEqual([0.3, 0.3]);
    // Both ≥ 0.3: prices 1–3 with early delivery, price 2 with late delivery (0.4, 0.4).
    expect(a.withReservation.zopa).toEqual({ outcomes: 4, empty: false });
    expect(a.withReservation.pareto).toEqual([
      [0.8, 0.4],
      [0.6000000000000001, 0.6000000000000001],
      [0.4, 0.8],
    ]);
  });

  it('says so when the zone of possible agreement is empty, and every solution is null', () => {
    const a = analyzeNegotiation(
      pointsDomain(
        [
          [0.9, 0.2],
          [0.5, 0.5],
          [0.2, 0.9],
        ],
        [0.6, 0.6],
      ),
    );
    expect(a.withReservation.zopa.empty).toBe(true);
    expect(a.withReservation.zopa.note).toMatch(/no zone of possible agreement/);
    expect(a.withReservation.nash).toBeNull();
    expect(a.withReservation.pareto).toEqual([]);
  });

  it('in GENIUS mode reproduces GENIUS: Nash over the frontier without a rationality filter', () => {
    const domain = pointsDomain(
      [
        [0.9, 0.2],
        [0.5, 0.5],
        [0.2, 0.9],
      ],
      [0.6, 0.6],
    );
    const a = analyzeNegotiation(domain, { mode: 'genius' });
    expect(a.mode).toBe('genius');
    expect(a.withReservation.nash).toEqual({ outcome: ['p1'], utilities: [0.5, 0.5] });
  });

  it('is deterministic: the same domain gives the same JSON', () => {
    const domain = randomDomain(7, { radices: [4, 5, 6], parties: 3, reservation: 0.4 });
    expect(JSON.stringify(analyzeNegotiation(domain))).toBe(
      JSON.stringify(analyzeNegotiation(domain)),
    );
  });
});
