/**
 * `parley games solve FILE --eliminate [--mixed]`: iterated elimination of strictly dominated
 * strategies (engines games/solvers/dominance.ts; Pearce 1984, Fudenberg & Tirole 1991 §2.1),
 * printed step by step, and the reduced game's equilibria mapped back to the full strategy sets
 * (probability 0 on every eliminated strategy).
 */
import { games, Rational } from '@parley/engines';

/** The player's label as printed: `player 1 "Row"`, or `player 1` when the label is the number. */
function playerLabel(game: games.StrategicGame, i: number): string {
  const name = game.players[i] ?? '';
  return name === '' || name === String(i + 1) ? `player ${i + 1}` : `player ${i + 1} "${name}"`;
}

/** A strategy label, or its 1-based number when the file gives none. */
function strategyLabel(game: games.StrategicGame, i: number, s: number): string {
  const name = game.strategies[i]![s] ?? '';
  return name === '' ? `strategy ${s + 1}` : `"${name}"`;
}

/** The dominating strategy: one pure strategy, or the mixture with exact probabilities. */
function dominatorText(game: games.StrategicGame, step: games.DominanceStep): string {
  const support = step.by.flatMap((p, t) => (p.isZero() ? [] : [{ p, t }]));
  const pure = support.length === 1 && support[0]!.p.eq(Rational.ONE);
  if (pure) return strategyLabel(game, step.player, support[0]!.t);
  const terms = support.map(({ p, t }) => `${p.toString()} ${strategyLabel(game, step.player, t)}`);
  return `the mixture ${terms.join(' + ')}`;
}

/**
 * The elimination sequence, one line per removed strategy in the order the engine removed them:
 * each step is strict dominance in the game left by the steps before it. Then the survivors.
 */
export function formatDominance(
  game: games.StrategicGame,
  result: games.DominanceResult,
  mixed: boolean,
): string {
  const kind = mixed ? 'pure or mixed strategies' : 'pure strategies';
  const lines = [`Iterated elimination of strategies strictly dominated by ${kind}:`];
  if (result.steps.length === 0) lines.push('  no strategy is strictly dominated');
  result.steps.forEach((step, k) => {
    lines.push(
      `  step ${k + 1}: ${playerLabel(game, step.player)} drops ${strategyLabel(game, step.player, step.strategy)}, strictly dominated by ${dominatorText(game, step)}`,
    );
  });
  const kept = result.kept.map(
    (list, i) =>
      `${playerLabel(game, i)}: ${list.map((s) => strategyLabel(game, i, s)).join(', ')}`,
  );
  lines.push(`Remaining: ${kept.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

/** The steps as JSON: 0-based indices plus labels, probabilities as exact fraction strings. */
export function dominanceJson(game: games.StrategicGame, result: games.DominanceResult) {
  return {
    steps: result.steps.map((step) => ({
      player: step.player,
      strategy: step.strategy,
      label: game.strategies[step.player]![step.strategy] ?? '',
      by: step.by.map((p) => p.toString()),
    })),
    kept: result.kept,
  };
}

/** Player i's strategy of the reduced game over the full strategy set: 0 where eliminated. */
function growRow<T>(
  full: games.StrategicGame,
  kept: number[][],
  i: number,
  row: T[],
  zero: T,
): T[] {
  const out = full.strategies[i]!.map(() => zero);
  kept[i]!.forEach((s, k) => (out[s] = row[k]!));
  return out;
}

/**
 * The solution of the reduced game restated for the full game. Strict dominance never removes a
 * strategy played in an equilibrium, so every equilibrium of the reduced game is one of the full
 * game with the same payoffs; payoffs and regret are recomputed against the full strategy sets (an
 * approximate solver's regret can grow there).
 */
export function expandSolution(
  full: games.StrategicGame,
  kept: number[][],
  solution: games.GameSolution,
): games.GameSolution {
  const grow = (p: games.MixedProfile) =>
    p.map((row, i) => growRow(full, kept, i, row, Rational.ZERO));
  const regrown = (p: games.MixedProfile) => {
    const profile = grow(p);
    return {
      profile,
      payoffs: games.expectedPayoffs(full, profile),
      regret: games.maxRegret(full, profile),
    };
  };
  const out: games.GameSolution = {
    ...solution,
    strategies: full.strategies.map((s) => [...s]),
    equilibria: solution.equilibria.map((eq) => regrown(eq.profile)),
  };
  if (solution.convexSets) {
    out.convexSets = solution.convexSets.map((set) => ({
      rows: set.rows.map((r) => growRow(full, kept, 0, r, Rational.ZERO)),
      cols: set.cols.map((c) => growRow(full, kept, 1, c, Rational.ZERO)),
    }));
  }
  if (solution.branch) {
    out.branch = solution.branch.map((point) => ({
      ...point,
      profile: point.profile.map((row, i) => growRow(full, kept, i, row, 0)),
    }));
  }
  return out;
}
