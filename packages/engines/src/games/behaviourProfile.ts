/**
 * Behaviour strategies of a mixed profile over reduced strategies (Kuhn 1953), the way Gambit
 * prints equilibria of trees unless asked for the strategic form (`-S`).
 *
 * Under perfect recall, player i's reduced strategy s chooses an action at information set h
 * exactly when s's own earlier choices lead to h. The behaviour probability of action a at h is
 *
 *     β_i(a | h) = Σ_{s : s(h) = a} σ_i(s) / Σ_{s : s(h) defined} σ_i(s),
 *
 * the probability of a conditional on i's own moves reaching h. Where the denominator is 0 — i's
 * own mixture never leads to h — and at information sets every path to which has chance
 * probability 0, the behaviour is undefined: Gambit's conversion of mixed profiles prints 0 for
 * every action there (`unreached: 'zero'`; gambit-enumpure prints `NE,1,0,0,0,1,0` for Selten's
 * 1975 figure 2), its sequence-form methods (lcp, lp) the centroid (`'centroid'`;
 * gambit-lcp prints `NE,1,0,1/2,1/2,1/2,1/2` for the same tree; research/gambit.md §2, Gambit
 * #636). Order: player 1's information sets in order of first appearance (preorder), actions in
 * file order, then player 2's, ….
 *
 * References: Kuhn (1953), Theorem 4; von Stengel (2002) §3.4.
 */
import type { EfgGame, EfgNode } from '@parley/model';
import { Rational } from '../shared/rational.ts';
import type { ReducedForm } from './reducedStrategicForm.ts';

/** Which reduced strategies reach, and choose each action at, every information set. */
export interface BehaviourLayout {
  /** Information sets in output order (player by player, preorder within a player). */
  infosets: {
    player: number;
    /** Strategies of the player whose own moves reach the set; empty if chance never does. */
    reaching: number[];
    /** choosing[a] = strategies choosing action a there. */
    choosing: number[][];
  }[];
}

/** The layout of a tree's behaviour profiles over its reduced strategic form. */
export function behaviourLayout(efg: EfgGame, reduced: ReducedForm): BehaviourLayout {
  const chanceReached = chanceReachedInfosets(efg);
  const infosets: BehaviourLayout['infosets'] = [];
  efg.infosets.forEach((list, player) => {
    const choices = reduced.choices[player]!;
    list.forEach((infoset, k) => {
      const reached = chanceReached[player]!.has(k);
      const choosing = infoset.actions.map((_, a) =>
        reached ? choices.flatMap((c, s) => (c[k] === a ? [s] : [])) : [],
      );
      infosets.push({ player, reaching: choosing.flat(), choosing });
    });
  });
  return { infosets };
}

/** What to print at an information set the profile does not reach (see above). */
export type UnreachedBehaviour = 'zero' | 'centroid';

/** The exact behaviour profile of an exact mixed profile, flattened in Gambit's order. */
export function toBehaviour(
  layout: BehaviourLayout,
  profile: readonly Rational[][],
  unreached: UnreachedBehaviour = 'zero',
): Rational[] {
  return layout.infosets.flatMap(({ player, reaching, choosing }) => {
    const sigma = profile[player]!;
    const reach = Rational.sum(reaching.map((s) => sigma[s]!));
    if (reach.isZero()) {
      const fill = unreached === 'zero' ? Rational.ZERO : Rational.of(1, choosing.length);
      return choosing.map(() => fill);
    }
    return choosing.map((list) => Rational.sum(list.map((s) => sigma[s]!)).div(reach));
  });
}

/** The same for a float profile (points of a logit branch). */
export function toBehaviourFloat(
  layout: BehaviourLayout,
  profile: readonly number[][],
  unreached: UnreachedBehaviour = 'zero',
): number[] {
  const total = (sigma: readonly number[], list: number[]) =>
    list.reduce((acc, s) => acc + sigma[s]!, 0);
  return layout.infosets.flatMap(({ player, reaching, choosing }) => {
    const sigma = profile[player]!;
    const reach = total(sigma, reaching);
    if (!(reach > 0)) return choosing.map(() => (unreached === 'zero' ? 0 : 1 / choosing.length));
    return choosing.map((list) => total(sigma, list) / reach);
  });
}

/** reached[i] = player i's information sets with a member reached with positive chance probability. */
function chanceReachedInfosets(efg: EfgGame): Set<number>[] {
  const reached = efg.players.map(() => new Set<number>());
  const stack: EfgNode[] = [efg.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'terminal') continue;
    if (node.kind === 'personal') {
      reached[node.player]!.add(node.infoset);
      stack.push(...node.children);
    } else {
      const probs = efg.chanceInfosets[node.infoset]!.probs;
      node.children.forEach((child, a) => {
        if (probs[a]!.num !== 0n) stack.push(child);
      });
    }
  }
  return reached;
}
