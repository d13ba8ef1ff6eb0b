/**
 * Hard-liner (NegMAS `ToughNegotiator`; the e = ∞ limit of time-dependent concession): always
 * offers its best outcome and accepts only offers worth as much to it.
 */
import { ACCEPT, type Negotiator, type NegotiatorSetup } from './negotiator.ts';

export function hardliner(): Negotiator {
  let setup: NegotiatorSetup;
  let best = 0;
  return {
    name: 'hardliner',
    init(s) {
      setup = s;
      best = s.utilities[s.sorted[0]!]!;
    },
    act(turn) {
      if (turn.offer >= 0 && setup.utilities[turn.offer]! >= best) return ACCEPT;
      return setup.sorted[0]!;
    },
  };
}
