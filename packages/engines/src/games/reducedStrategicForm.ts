/**
 * The reduced strategic form of a game tree (Gambit's `.efg` → strategic form).
 *
 * A reduced pure strategy of player i chooses an action only at the information sets that its
 * own earlier choices leave reachable; unreachable ones are marked `*`. Strategies are listed
 * lexicographically with the player's information sets in order of first appearance (preorder)
 * and labelled like Gambit: one 1-based action number per information set, `*` when unreachable
 * (`1*11`). The payoff of a profile is the expectation over chance moves of the sum of the
 * outcomes met along the play (outcomes at non-terminal nodes add up).
 *
 * References: Kuhn (1953); Gambit's reduced strategic form (research/gambit.md §1.4, §2).
 */
import type { EfgGame, EfgNode } from '@parley/model';
import { EngineError } from '../shared/engineError.ts';
import { Rational } from '../shared/rational.ts';
import { checkGame, profileCount, pureProfile, type StrategicGame } from './strategicGame.ts';

/** A player's own moves on the path to a node: (infoset, action) pairs. */
type OwnHistory = [number, number][];

export interface ReducedForm {
  game: StrategicGame;
  /** choices[i][s][k] = action index of player i's strategy s at infoset k, -1 if unreachable. */
  choices: number[][][];
  /** False when some player forgets their own earlier moves (the reduced form is still built). */
  perfectRecall: boolean;
}

/** Refuses trees whose reduced form has more profiles than this (exact payoffs are kept). */
export const MAX_REDUCED_PROFILES = 1_000_000;

export function reducedStrategicForm(efg: EfgGame): ReducedForm {
  const n = efg.players.length;
  // histories[i][k] = own histories of the nodes in player i's infoset k.
  const histories: OwnHistory[][][] = efg.infosets.map((list) => list.map(() => []));
  collectHistories(efg.root, n, histories);
  const perfectRecall = histories.every((list) =>
    list.every((h) => h.every((x) => JSON.stringify(x) === JSON.stringify(h[0]))),
  );
  const choices = efg.infosets.map((_, i) => enumerateReduced(efg, i, histories[i]!));
  const strategies = choices.map((list) => list.map(label));
  const total = strategies.reduce((a, s) => a * s.length, 1);
  if (total > MAX_REDUCED_PROFILES) {
    throw new EngineError('games/too-large', `the reduced strategic form has ${total} profiles`);
  }
  const outcomes = efg.outcomes.map((o) => o.payoffs.map((p) => Rational.of(p.num, p.den)));
  const game: StrategicGame = {
    title: efg.title,
    players: [...efg.players],
    strategies,
    payoffs: efg.players.map(() => []),
  };
  for (let p = 0; p < profileCount(game); p++) {
    const pure = pureProfile(game, p);
    const values = playPayoffs(
      efg,
      outcomes,
      pure.map((s, i) => choices[i]![s]!),
    );
    values.forEach((v, i) => game.payoffs[i]!.push(v));
  }
  return { game: checkGame(game), choices, perfectRecall };
}

function collectHistories(root: EfgNode, n: number, out: OwnHistory[][][]): void {
  const stack: { node: EfgNode; own: OwnHistory[] }[] = [
    { node: root, own: Array.from({ length: n }, () => []) },
  ];
  while (stack.length > 0) {
    const { node, own } = stack.pop()!;
    if (node.kind === 'terminal') continue;
    if (node.kind === 'personal') out[node.player]![node.infoset]!.push(own[node.player]!);
    node.children.forEach((child, a) => {
      const next = own.slice();
      if (node.kind === 'personal') next[node.player] = [...own[node.player]!, [node.infoset, a]];
      stack.push({ node: child, own: next });
    });
  }
}

/** All reduced strategies of player i, in lexicographic order of their choices. */
function enumerateReduced(efg: EfgGame, i: number, histories: OwnHistory[][]): number[][] {
  const infosets = efg.infosets[i]!;
  const result: number[][] = [];
  const current: number[] = new Array(infosets.length).fill(-1);
  const reachable = (k: number) => histories[k]!.some((h) => h.every(([j, a]) => current[j] === a));
  const visit = (k: number): void => {
    if (result.length > MAX_REDUCED_PROFILES) {
      throw new EngineError('games/too-large', `player ${i + 1} has too many reduced strategies`);
    }
    if (k === infosets.length) {
      result.push(current.slice());
      return;
    }
    if (!reachable(k)) {
      current[k] = -1;
      visit(k + 1);
      return;
    }
    for (let a = 0; a < infosets[k]!.actions.length; a++) {
      current[k] = a;
      visit(k + 1);
    }
    current[k] = -1;
  };
  visit(0);
  return result;
}

const label = (choice: number[]): string =>
  choice.length === 0 ? '*' : choice.map((a) => (a < 0 ? '*' : String(a + 1))).join('');

/** Expected payoffs of a pure profile: chance nodes weight their subtrees, outcomes add up. */
function playPayoffs(efg: EfgGame, outcomes: Rational[][], choices: number[][]): Rational[] {
  const totals = efg.players.map(() => Rational.ZERO);
  const stack: { node: EfgNode; prob: Rational }[] = [{ node: efg.root, prob: Rational.ONE }];
  while (stack.length > 0) {
    const { node, prob } = stack.pop()!;
    if (node.outcome > 0) {
      outcomes[node.outcome - 1]!.forEach((v, i) => (totals[i] = totals[i]!.add(prob.mul(v))));
    }
    if (node.kind === 'terminal') continue;
    if (node.kind === 'personal') {
      const a = choices[node.player]![node.infoset]!;
      if (a < 0)
        throw new EngineError('games/internal', 'play reached an infoset marked unreachable');
      stack.push({ node: node.children[a]!, prob });
    } else {
      const probs = efg.chanceInfosets[node.infoset]!.probs;
      node.children.forEach((child, a) => {
        const q = probs[a]!;
        if (q.num !== 0n) stack.push({ node: child, prob: prob.mul(Rational.of(q.num, q.den)) });
      });
    }
  }
  return totals;
}
