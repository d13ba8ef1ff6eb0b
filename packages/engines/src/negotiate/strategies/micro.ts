/**
 * MiCRO, "Miserly Concession" (de Jonge, "An analysis of the linear bilateral ANAC domains using
 * the MiCRO benchmark strategy", IJCAI 2022): with its outcomes sorted best first (only those at
 * or above its reservation value), MiCRO concedes to the next outcome only when the others have
 * made at least as many distinct offers as it has; otherwise it repeats one of its earlier
 * offers at random. It accepts an offer worth at least as much as the offer it would make next.
 * No time dependence and no opponent model — a strong, simple baseline (2nd in individual
 * utility at ANAC 2023).
 */
import { countAtLeast } from './inverseUtility.ts';
import { ACCEPT, type Negotiator, type NegotiatorSetup } from './negotiator.ts';

export function micro(): Negotiator {
  let setup: NegotiatorSetup;
  let usable = 0;
  let proposed = 0;
  let received = 0;
  let seen: Uint8Array;
  return {
    name: 'micro',
    init(s) {
      setup = s;
      usable = Math.max(1, countAtLeast(s, s.reservation));
      proposed = 0;
      received = 0;
      seen = new Uint8Array(s.utilities.length);
    },
    act(turn) {
      const { utilities, sorted, rng } = setup;
      if (turn.offer >= 0 && !seen[turn.offer]) {
        seen[turn.offer] = 1;
        if (turn.proposer !== setup.seat) received++;
      }
      const concede = proposed === 0 || (received >= proposed && proposed < usable);
      const next = concede ? proposed : proposed - 1;
      if (
        turn.offer >= 0 &&
        utilities[turn.offer]! >= utilities[sorted[next]!]! &&
        utilities[turn.offer]! >= setup.reservation
      ) {
        return ACCEPT;
      }
      if (concede) return sorted[proposed++]!;
      return sorted[Math.floor(rng.next() * proposed)]!;
    },
  };
}
