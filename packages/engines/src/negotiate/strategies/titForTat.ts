/**
 * Tit-for-tat in utility terms (Axelrod's reciprocity applied to concessions; NegMAS
 * `NaiveTitForTatNegotiator`; Baarslag, Hindriks & Jonker, "A tit for tat negotiation strategy
 * for real-time bilateral negotiations", 2013): the negotiator's aspiration starts at its best
 * utility and drops by exactly what the others conceded to it since its last turn — the rise,
 * in its own utility, of the standing offer. To get reciprocity started it concedes
 * `initialConcession` once, on its second turn. It never goes below its reservation
 * value and accepts offers that reach its aspiration.
 */
import { outcomeNear } from './inverseUtility.ts';
import { ACCEPT, type Negotiator, type NegotiatorSetup } from './negotiator.ts';

export function titForTat(initialConcession = 0.02): Negotiator {
  let setup: NegotiatorSetup;
  let aspiration = 0;
  let floor = 0;
  let lastSeen = Number.NaN;
  let opened = false;
  let conceded = false;
  return {
    name: 'tit-for-tat',
    init(s) {
      setup = s;
      aspiration = s.utilities[s.sorted[0]!]!;
      const worst = s.utilities[s.sorted[s.sorted.length - 1]!]!;
      floor = Math.min(aspiration, Math.max(s.reservation, worst));
      lastSeen = Number.NaN;
      opened = false;
      conceded = false;
    },
    act(turn) {
      if (turn.offer >= 0) {
        const u = setup.utilities[turn.offer]!;
        if (u > lastSeen) aspiration -= u - lastSeen;
        lastSeen = u;
        if (opened && !conceded) aspiration -= initialConcession;
        conceded ||= opened;
        aspiration = Math.max(aspiration, floor);
        if (u >= aspiration) return ACCEPT;
      }
      opened = true;
      return outcomeNear(setup, aspiration);
    },
  };
}
