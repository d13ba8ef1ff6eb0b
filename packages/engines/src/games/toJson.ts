/**
 * A solver result as plain JSON: exact numbers as strings (`"1/3"`), so nothing is lost and any
 * language can parse them back exactly.
 *
 *     { players, strategies, method, exact,
 *       equilibria: [{ profile: [["1/2","1/2"], …], payoffs: ["3/2", …], regret: "0" }],
 *       convexSets?, value?, branch?, warnings }
 */
import type { Rational } from '../shared/rational.ts';
import type { GameSolution } from './solution.ts';

export interface GameSolutionJson {
  players: string[];
  strategies: string[][];
  method: string;
  exact: boolean;
  equilibria: { profile: string[][]; payoffs: string[]; regret: string }[];
  convexSets?: { rows: string[][]; cols: string[][] }[];
  value?: string[];
  branch?: { lambda: number; profile: number[][] }[];
  warnings: string[];
}

const strings = (v: readonly Rational[]) => v.map((x) => x.toString());

export function toJson(solution: GameSolution): GameSolutionJson {
  const json: GameSolutionJson = {
    players: solution.players,
    strategies: solution.strategies,
    method: solution.method,
    exact: solution.exact,
    equilibria: solution.equilibria.map((eq) => ({
      profile: eq.profile.map(strings),
      payoffs: strings(eq.payoffs),
      regret: eq.regret.toString(),
    })),
    warnings: solution.warnings,
  };
  if (solution.convexSets) {
    json.convexSets = solution.convexSets.map((s) => ({
      rows: s.rows.map(strings),
      cols: s.cols.map(strings),
    }));
  }
  if (solution.value) json.value = strings(solution.value);
  if (solution.branch) json.branch = solution.branch;
  return json;
}
