import { describe, expect, it } from 'vitest';
import { createRng } from '../../shared/rng.ts';
import { sortIndicesDescending } from '../../shared/sortIndices.ts';
import { hardliner } from './hardliner.ts';
import { micro } from './micro.ts';
import { ACCEPT, type Negotiator, type NegotiatorSetup, type Turn } from './negotiator.ts';
import { STRATEGIES, strategyNamed } from './strategies.ts';
import { timeDependent } from './timeDependent.ts';
import { titForTat } from './titForTat.ts';

/** Ten outcomes worth 0.0, 0.1, …, 0.9 to the negotiator under test. */
function setup(reservation = 0): NegotiatorSetup {
  const utilities = Float64Array.from({ length: 10 }, (_, i) => i / 10);
  return {
    utilities,
    sorted: sortIndicesDescending(utilities),
    reservation,
    parties: 2,
    seat: 0,
    rng: createRng(1),
  };
}

const turn = (offer: number, t = 0, proposer = 1): Turn => ({ offer, proposer, round: 0, t });

function started(n: Negotiator, reservation = 0): Negotiator {
  n.init(setup(reservation));
  return n;
}

describe('time-dependent concession (Faratin et al. 1998)', () => {
  it('aims at r + (max − r)(1 − t^e): a Boulware (e = 4) still asks 0.84 at t = 0.5 with r = 0', () => {
    // 0.9 · (1 − 0.5⁴) = 0.84375: it accepts 0.9 but not 0.8.
    const n = started(timeDependent(4));
    expect(n.act(turn(9, 0.5))).toBe(ACCEPT);
    expect(n.act(turn(8, 0.5))).toBe(9);
  });

  it('a Conceder (e = 0.25) is down to about 0.14 at t = 0.5 and accepts 0.2', () => {
    const n = started(timeDependent(0.25));
    expect(n.act(turn(2, 0.5))).toBe(ACCEPT);
  });

  it('never goes below its reservation value', () => {
    const n = started(timeDependent(1), 0.55);
    expect(n.act(turn(5, 0.999))).not.toBe(ACCEPT);
    expect([6, 7]).toContain(n.act(turn(5, 0.999)));
  });
});

describe('hard-liner', () => {
  it('always offers its best outcome and accepts nothing less', () => {
    const n = started(hardliner());
    expect(n.act(turn(8, 0.99))).toBe(9);
    expect(n.act(turn(9, 0.1))).toBe(ACCEPT);
  });
});

describe('tit-for-tat', () => {
  it('concedes as much as the opponent just conceded, in its own utility', () => {
    const n = started(titForTat(0));
    expect(n.act(turn(1))).toBe(9); // aspiration 0.9
    expect(n.act(turn(4))).toBe(6); // the other conceded 0.3 → aspiration ≈ 0.6
    expect(n.act(turn(4))).toBe(6); // no new concession, no move
  });
});

describe('MiCRO (de Jonge 2022)', () => {
  it('concedes only while the others have made at least as many distinct offers as it has', () => {
    const n = started(micro());
    expect(n.act(turn(0))).toBe(9); // received 1, sent 0: its best
    expect(n.act(turn(1))).toBe(8); // received 2, sent 1: next outcome
    expect(n.act(turn(1))).toBe(7); // received 2, sent 2: next outcome
    expect([9, 8, 7]).toContain(n.act(turn(1))); // received 2, sent 3: repeats an earlier offer
  });

  it('accepts an offer worth at least what it would offer next', () => {
    const n = started(micro());
    n.act(turn(0));
    expect(n.act(turn(8))).toBe(ACCEPT); // it would concede to 0.8 now
  });

  it('stops conceding at its reservation value', () => {
    const n = started(micro(), 0.75);
    const offers = [0, 1, 2, 3, 4, 5].map((o) => n.act(turn(o)));
    expect(Math.min(...offers)).toBe(8);
  });
});

describe('strategy registry', () => {
  it('names the built-in strategies, with aspiration as NegMAS’s Boulware default', () => {
    expect(STRATEGIES.map((s) => s.name)).toEqual([
      'boulware',
      'linear',
      'conceder',
      'tit-for-tat',
      'hardliner',
      'micro',
      'aspiration',
    ]);
    expect(strategyNamed('aspiration')!.create().name).toBe('boulware');
    expect(strategyNamed('nope')).toBeUndefined();
  });
});
