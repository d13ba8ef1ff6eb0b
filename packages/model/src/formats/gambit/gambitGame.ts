/**
 * Games as read from (and written to) Gambit's file formats (research/gambit.md §1). These are
 * plain data: the engines build their strategic-form game from them and compute the reduced
 * strategic form of trees.
 */
import type { GambitNumber } from './gambitNumber.ts';

/** An outcome: a label and one payoff per player. */
export interface GambitOutcome {
  label: string;
  payoffs: GambitNumber[];
}

/**
 * A strategic-form (table) game, `.nfg`. Both file versions are represented with outcomes: the
 * payoff version gets one unlabelled outcome per profile, as Gambit does internally.
 */
export interface NfgGame {
  kind: 'nfg';
  title: string;
  comment: string;
  players: string[];
  /** strategies[i] = labels of player i's strategies (in file order). */
  strategies: string[][];
  outcomes: GambitOutcome[];
  /**
   * For every pure profile, the 1-based outcome number (0 = the null outcome, all payoffs 0).
   * Profiles are indexed with player 1's strategy varying fastest:
   * index = s1 + n1·(s2 + n2·(s3 + …)) with 0-based strategy numbers.
   */
  profileOutcomes: Int32Array;
  /** Which body the file used (the writer can produce either). */
  version: 'payoff' | 'outcome';
}

export interface EfgChanceInfoset {
  id: number;
  label: string;
  actions: string[];
  probs: GambitNumber[];
}

export interface EfgPlayerInfoset {
  id: number;
  label: string;
  actions: string[];
}

/** A node of a game tree (preorder in the file: each node is followed by its subtrees). */
export type EfgNode =
  | {
      kind: 'chance';
      label: string;
      /** Index into `EfgGame.chanceInfosets`. */
      infoset: number;
      /** 1-based index into `EfgGame.outcomes`, 0 = none. */
      outcome: number;
      children: EfgNode[];
    }
  | {
      kind: 'personal';
      label: string;
      /** 0-based player index. */
      player: number;
      /** Index into `EfgGame.infosets[player]`. */
      infoset: number;
      outcome: number;
      children: EfgNode[];
    }
  | { kind: 'terminal'; label: string; outcome: number };

/** An extensive-form game (`.efg`, version 2). */
export interface EfgGame {
  kind: 'efg';
  title: string;
  comment: string;
  players: string[];
  /** infosets[i] = player i's information sets in order of first appearance (preorder). */
  infosets: EfgPlayerInfoset[][];
  chanceInfosets: EfgChanceInfoset[];
  /** Outcomes in order of first appearance; payoffs at non-terminal nodes add up along a path. */
  outcomes: GambitOutcome[];
  root: EfgNode;
}
