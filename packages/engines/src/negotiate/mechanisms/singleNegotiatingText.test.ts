import { describe, expect, it } from 'vitest';
import { prepareDomain } from '../preparedDomain.ts';
import { randomDomain } from '../reference/syntheticDomains.ts';
import type { Mediator } from './mediator.ts';
import { singleNegotiatingText } from './singleNegotiatingText.ts';

const domain = prepareDomain(
  randomDomain(11, { radices: [6, 6, 6, 6], parties: 3, reservation: 0.3 }),
);
const u = domain.table.utilities;

describe('single negotiating text', () => {
  it('adopts only amendments no party is worse off by, under unanimity (each draft weakly Pareto-improves)', () => {
    const result = singleNegotiatingText(domain, { deadline: { rounds: 300 }, seed: 4 });
    // The first event is the mediator's first draft; every 'adopt' replaces the draft.
    const drafts = [result.trace[0]!, ...result.trace.filter((e) => e.action === 'adopt')].map(
      (e) => e.outcome!,
    );
    for (let k = 1; k < drafts.length; k++) {
      for (const party of u)
        expect(party[drafts[k]!]!).toBeGreaterThanOrEqual(party[drafts[k - 1]!]!);
    }
    expect(drafts.length).toBeGreaterThan(1); // at least one amendment was adopted
  });

  it('ends with a ratification vote: the final draft is the agreement when everyone reaches the reservation value', () => {
    const result = singleNegotiatingText(domain, { deadline: { rounds: 300 }, seed: 4 });
    const ratify = result.trace.filter(
      (e) => e.action === 'ratify' || (e.action === 'reject' && e.round === 300),
    );
    expect(ratify).toHaveLength(3);
    const final = ratify[0]!.outcome!;
    const acceptable = u.every((party) => party[final]! >= 0.3);
    expect(result.agreement).toBe(acceptable ? final : null);
    expect(result.endedBy).toBe(acceptable ? 'agreement' : 'rejected');
  });

  it('takes the mediator and a starting text as inputs (Camp David: the mediator’s own draft)', () => {
    const calls: number[] = [];
    const mediator: Mediator = {
      name: 'chair',
      init: () => undefined,
      initialText: () => 0,
      propose: (current) => {
        calls.push(current);
        return (current + 1) % domain.table.space.size;
      },
    };
    const result = singleNegotiatingText(domain, {
      table: { mediator },
      initialText: 5,
      deadline: { rounds: 3 },
    });
    expect(calls[0]).toBe(5);
    expect(result.trace[0]).toMatchObject({ party: 'chair', action: 'propose', outcome: 5 });
  });

  it('lets a veto player block an amendment the others accept', () => {
    const two = prepareDomain({
      issues: [{ id: 'x', name: 'x', kind: 'integer', values: [0, 1] }],
      parties: [
        { id: 'a', name: 'a', weights: [1], evaluations: [[0, 1]], reservation: 0, discount: 1 },
        { id: 'b', name: 'b', weights: [1], evaluations: [[0, 1]], reservation: 0, discount: 1 },
        { id: 'v', name: 'v', weights: [1], evaluations: [[1, 0]], reservation: 0, discount: 1 },
      ],
    });
    const flip: Mediator = {
      name: 'm',
      init: () => undefined,
      initialText: () => 0,
      propose: (x) => 1 - x,
    };
    const vetoed = singleNegotiatingText(two, {
      table: { mediator: flip, rule: { kind: 'veto', vetoPlayers: ['v'], quorum: 1 } },
      deadline: { rounds: 1 },
    });
    expect(vetoed.agreement).toBe(0);
    const majority = singleNegotiatingText(two, {
      table: { mediator: flip, rule: { kind: 'veto', vetoPlayers: ['a'], quorum: 2 } },
      deadline: { rounds: 1 },
    });
    expect(majority.agreement).toBe(1);
  });
});
