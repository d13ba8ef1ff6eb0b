/**
 * Time-dependent concession (Faratin, Sierra & Jennings, "Negotiation decision functions for
 * autonomous agents", Robotics and Autonomous Systems 24(3–4), 1998), in NegMAS's polynomial
 * form: the aspiration at relative time t is
 *
 *     a(t) = r + (u_max − r) · (1 − t^e)
 *
 * with r the larger of the reservation value and the worst utility. e > 1 concedes late
 * (Boulware, e = 4), e = 1 linearly, e < 1 early (Conceder, e = 0.25); e = ∞ never (hard-liner).
 * The negotiator offers an outcome worth about a(t) and accepts an offer worth at least a(t).
 */
import { outcomeNear } from './inverseUtility.ts';
import { ACCEPT, type Negotiator, type NegotiatorSetup, type Turn } from './negotiator.ts';

export const BOULWARE = 4;
export const LINEAR = 1;
export const CONCEDER = 0.25;

export function timeDependent(
  exponent: number,
  name = `time-dependent(e=${exponent})`,
): Negotiator {
  let setup: NegotiatorSetup;
  let best = 0;
  let floor = 0;
  const aspiration = (t: number): number => floor + (best - floor) * (1 - Math.pow(t, exponent));
  return {
    name,
    init(s) {
      setup = s;
      best = s.utilities[s.sorted[0]!]!;
      const worst = s.utilities[s.sorted[s.sorted.length - 1]!]!;
      floor = Math.min(best, Math.max(s.reservation, worst));
    },
    act(turn: Turn) {
      const target = aspiration(turn.t);
      if (turn.offer >= 0 && setup.utilities[turn.offer]! >= target) return ACCEPT;
      return outcomeNear(setup, target);
    },
  };
}

export const boulware = (): Negotiator => timeDependent(BOULWARE, 'boulware');
export const linearConcession = (): Negotiator => timeDependent(LINEAR, 'linear');
export const conceder = (): Negotiator => timeDependent(CONCEDER, 'conceder');
