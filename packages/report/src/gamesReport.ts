/**
 * The game-view part of the report model: the scenario's graph model read as a one-shot
 * strategic-form game over its core options (engines/compare/gameView.ts), its pure equilibria
 * beside the GMCR equilibria of the same states, mixed equilibria and the logit QRE path. Plain
 * JSON, like every section (see report.ts).
 */
export type GameConcept = 'nash' | 'gmr' | 'smr' | 'seq' | 'sim';

/** One pure profile as the report shows it. */
export interface GameOutcome {
  /** One strategy label per player. */
  strategies: string[];
  /** The state's id in the full graph model (1-based); null when the profile is infeasible. */
  stateId: number | null;
  /** One payoff per player, exact (`"3"`). */
  payoffs: string[];
  statusQuo: boolean;
  /** A pure Nash equilibrium of the game. */
  gameNash: boolean;
  /** Concepts under which the state is an equilibrium of the graph model over the same options. */
  subModel: GameConcept[];
  /** Concepts under which the state is an equilibrium of the full graph model. */
  fullModel: GameConcept[];
}

export interface GameMixedEquilibrium {
  /** Per player: its strategies played with positive probability, e.g. `— 3/4`. */
  mixes: { player: string; support: { strategy: string; probability: string }[] }[];
  payoffs: string[];
  /** True when every player plays one strategy. */
  pure: boolean;
  /** Exact maximum regret (`"0"` for an exact equilibrium). */
  regret: string;
}

export interface GamesSection {
  kind: 'games';
  id: string;
  title: string;
  /** The options the players choose, in model order; `short` is how strategy labels name it. */
  options: { id: string; short: string; label: string; owner: string }[];
  /** How they were chosen, in words. */
  selection: string;
  /** How many other options stay at their status quo. */
  fixed: number;
  payoff: 'rank' | 'score';
  players: { name: string; strategies: string[] }[];
  profileCount: number;
  infeasibleProfiles: number;
  /** What an infeasible profile pays, per player. */
  infeasiblePayoffs: string[];
  /** Two players: row player's payoff and column player's payoff per cell, `cells[row][col]`. */
  matrix?: { cells: [string, string][][]; nash: [number, number][]; statusQuo?: [number, number] };
  /** The status quo and every profile that is an equilibrium under some concept. */
  outcomes: GameOutcome[];
  /** Plain-language reasons why the game and the graph model disagree, one per state. */
  differences: string[];
  /** Further differences not written out. */
  omittedDifferences: number;
  /** Mixed equilibria: every extreme one (enummixed, two players) or one (simpdiv). */
  mixed?: { method: 'enummixed' | 'simpdiv'; equilibria: GameMixedEquilibrium[] };
  /** The principal logit QRE branch. */
  qre?: {
    /** λ of the columns of `rows` (the last column is the limit). */
    lambdas: number[];
    rows: { player: string; strategy: string; probabilities: number[] }[];
    /** The limit, exact, as `NE` lines show it. */
    limit: GameMixedEquilibrium;
    /** λ where the trace stopped. */
    finalLambda: number;
    /** The branch on an even grid λ = 0, step, 2·step, … (for charts): probabilities per player. */
    path: {
      step: number;
      players: { player: string; series: { strategy: string; values: number[] }[] }[];
    };
  };
  /** What was skipped for size, and solver notes. */
  notes: string[];
}
