/**
 * The mediator of a single-negotiating-text procedure: it holds one draft and proposes
 * amendments; the parties only accept or veto them (Raiffa, The Art and Science of Negotiation,
 * 1982, ch. 14; Camp David 1978). `randomNeighbourMediator` is Klein, Faratin, Sayama &
 * Bar-Yam's mediator ("Negotiating complex contracts", Group Decision and Negotiation 12(2),
 * 2003): each amendment changes one randomly chosen issue to another random value — the
 * mediator needs no knowledge of anyone's preferences.
 */
import type { Rng } from '../../shared/rng.ts';
import type { OutcomeSpace } from '../outcomeSpace.ts';
import { valueIndexOf } from '../outcomeSpace.ts';

export interface MediatorSetup {
  space: OutcomeSpace;
  rng: Rng;
}

export interface Mediator {
  readonly name: string;
  init(setup: MediatorSetup): void;
  /** The first draft. */
  initialText(): number;
  /** An amendment of the current draft. */
  propose(current: number, round: number, t: number): number;
  /** Told whether the amendment was adopted. */
  feedback?(proposal: number, adopted: boolean): void;
}

/** Klein et al.'s mediator: a random first draft, then one-issue random amendments. */
export function randomNeighbourMediator(): Mediator {
  let space: OutcomeSpace;
  let rng: Rng;
  return {
    name: 'random-neighbour',
    init(setup) {
      ({ space, rng } = setup);
    },
    initialText() {
      return Math.floor(rng.next() * space.size);
    },
    propose(current) {
      const changeable: number[] = [];
      for (let k = 0; k < space.radices.length; k++) if (space.radices[k]! > 1) changeable.push(k);
      if (changeable.length === 0) return current;
      const k = changeable[Math.floor(rng.next() * changeable.length)]!;
      const v = valueIndexOf(space, current, k);
      const shift = 1 + Math.floor(rng.next() * (space.radices[k]! - 1));
      const w = (v + shift) % space.radices[k]!;
      return current + (w - v) * space.strides[k]!;
    },
  };
}
