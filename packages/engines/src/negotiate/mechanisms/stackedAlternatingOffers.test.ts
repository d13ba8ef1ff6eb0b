import { describe, expect, it } from 'vitest';
import { prepareDomain } from '../preparedDomain.ts';
import { pointsDomain, randomDomain } from '../reference/syntheticDomains.ts';
import { ACCEPT, END, type Negotiator } from '../strategies/negotiator.ts';
import { hardliner } from '../strategies/hardliner.ts';
import { boulware, conceder, linearConcession } from '../strategies/timeDependent.ts';
import { stackedAlternatingOffers } from './stackedAlternatingOffers.ts';

/** A unit surplus on 11 steps: outcome j gives (j/10, 1 − j/10). */
const pie = prepareDomain(pointsDomain(Array.from({ length: 11 }, (_, j) => [j / 10, 1 - j / 10])));

/** Offers `offer` on its first turn, then plays `then` forever. */
const scripted = (...actions: number[]): Negotiator => {
  let turn = 0;
  return {
    name: 'scripted',
    init: () => (turn = 0),
    act: () => actions[Math.min(turn++, actions.length - 1)]!,
  };
};

describe('stacked alternating offers', () => {
  it('ends in agreement when every other party accepts the standing offer, and traces every move', () => {
    const result = stackedAlternatingOffers(pie, [scripted(7), scripted(ACCEPT)], {
      deadline: { rounds: 5 },
    });
    expect(result).toMatchObject({
      agreement: 7,
      agreementValues: ['p7'],
      endedBy: 'agreement',
      rounds: 1,
    });
    expect(result.utilities).toEqual([0.7, 1 - 0.7]);
    expect(result.trace.map((e) => `${e.party} ${e.action} ${e.outcome}`)).toEqual([
      'P1 offer 7',
      'P2 accept 7',
    ]);
  });

  it('needs every party to accept under unanimity: a counter-offer resets the acceptances', () => {
    const three = prepareDomain(
      pointsDomain([
        [1, 0, 0],
        [0, 1, 0],
        [0.4, 0.4, 0.4],
      ]),
    );
    const result = stackedAlternatingOffers(
      three,
      [scripted(0, ACCEPT), scripted(ACCEPT), scripted(2, ACCEPT)],
      {
        deadline: { rounds: 3 },
      },
    );
    // P1 offers 0, P2 accepts, P3 counters with 2, P1 and P2 accept it.
    expect(result.agreement).toBe(2);
    expect(result.trace.map((e) => e.action)).toEqual([
      'offer',
      'accept',
      'offer',
      'accept',
      'accept',
    ]);
  });

  it('under a veto rule passes a proposal once the veto players and a quorum accept', () => {
    const three = prepareDomain(
      pointsDomain([
        [1, 0, 0],
        [0, 1, 0],
      ]),
    );
    const table = {
      parties: ['P1', 'P2', 'P3'],
      rule: { kind: 'veto' as const, vetoPlayers: ['P1'], quorum: 2 },
    };
    const result = stackedAlternatingOffers(
      three,
      [scripted(1, ACCEPT), scripted(ACCEPT), scripted(END)],
      {
        table,
        deadline: { rounds: 3 },
      },
    );
    // P1, the veto player, offers outcome 1 and P2 accepts: the veto player and a quorum of two
    // have accepted, so P3 is never asked.
    expect(result.agreement).toBe(1);
    expect(result.trace).toHaveLength(2);
  });

  it('lets a non-veto party leave the table but ends the session when a veto player walks out', () => {
    const three = prepareDomain(
      pointsDomain([
        [1, 0, 0],
        [0, 1, 0],
      ]),
    );
    const rule = { kind: 'veto' as const, vetoPlayers: ['P2'], quorum: 2 };
    const leaves = stackedAlternatingOffers(three, [scripted(0), scripted(1), scripted(END)], {
      table: { rule },
      deadline: { rounds: 2 },
    });
    expect(leaves.trace.map((e) => e.action)).toContain('leave');
    expect(leaves.endedBy).toBe('deadline');
    const walkOut = stackedAlternatingOffers(three, [scripted(0), scripted(END), scripted(0)], {
      table: { rule },
      deadline: { rounds: 2 },
    });
    expect(walkOut).toMatchObject({ endedBy: 'walk-out', agreement: null, utilities: [0, 0, 0] });
  });

  it('reaches the deadline without agreement between two hard-liners, who then get their reservation values', () => {
    const domain = prepareDomain(
      pointsDomain(
        [
          [1, 0],
          [0, 1],
        ],
        [0.25, 0.5],
      ),
    );
    const result = stackedAlternatingOffers(domain, [hardliner(), hardliner()], {
      deadline: { rounds: 10 },
    });
    expect(result).toMatchObject({
      endedBy: 'deadline',
      agreement: null,
      rounds: 10,
      utilities: [0.25, 0.5],
    });
    expect(result.trace).toHaveLength(20);
  });

  it('concedes over time: a Conceder agrees earlier than a Boulware against the same linear opponent', () => {
    const domain = prepareDomain(randomDomain(5, { radices: [10, 10, 10], parties: 2 }));
    const run = (first: Negotiator) =>
      stackedAlternatingOffers(domain, [first, linearConcession()], {
        deadline: { rounds: 100 },
        seed: 9,
        trace: false,
      });
    const early = run(conceder());
    const late = run(boulware());
    expect(early.endedBy).toBe('agreement');
    expect(late.endedBy).toBe('agreement');
    expect(early.rounds).toBeLessThan(late.rounds);
    expect(late.utilities[0]!).toBeGreaterThan(early.utilities[0]!);
  });

  it('is reproducible for a seed, and discounts utilities to the time of agreement', () => {
    const base = randomDomain(6, { radices: [8, 8], parties: 2 });
    const domain = prepareDomain({
      ...base,
      parties: base.parties.map((p) => ({ ...p, discount: 0.5 })),
    });
    const run = () =>
      stackedAlternatingOffers(domain, [boulware(), boulware()], {
        deadline: { rounds: 50 },
        seed: 3,
      });
    const a = run();
    expect(run()).toEqual(a);
    expect(a.discountedUtilities[0]).toBeCloseTo(a.utilities[0]! * Math.pow(0.5, a.t), 12);
  });

  it('stops at a wall-clock time limit read from an injected clock (engines have no clock of their own)', () => {
    let now = 0;
    const clock = () => (now += 1); // one second per reading
    const result = stackedAlternatingOffers(pie, [hardliner(), hardliner()], {
      deadline: { rounds: 1000, timeLimit: { seconds: 10, now: clock } },
    });
    expect(result.endedBy).toBe('deadline');
    expect(result.trace.length).toBeLessThan(12);
    expect(result.provenance).toMatchObject({ engine: 'negotiate', method: 'sao', seed: 0 });
  });

  it('refuses an invalid offer from a strategy as a programmer error', () => {
    expect(() =>
      stackedAlternatingOffers(pie, [scripted(99), scripted(ACCEPT)], { deadline: { rounds: 1 } }),
    ).toThrow(/not an outcome/);
  });
});
