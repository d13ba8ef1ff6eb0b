/**
 * One issue's part of a forecasting result. The engine forecasts all issues of a scenario in one
 * result (linked issues must be modelled together); readers and the CLI's per-issue JSON want
 * them one at a time. The part keeps the engine's result shape (docs/forecast.md), with one
 * dimension, and is what forecasting the issue alone gives when it is linked to nothing.
 */
import type { forecast } from '@parley/engines';

type Result = forecast.ForecastResult;
type Turn = forecast.ForecastTurn;

/** The result's keys in the documented order (the engine builds them in another). */
export function orderForecastResult(r: Result): Result {
  return {
    model: r.model,
    dimensions: r.dimensions,
    actors: r.actors,
    turns: r.turns,
    final: r.final,
    forecast: r.forecast,
    ...(r.distribution ? { distribution: r.distribution } : {}),
    provenance: r.provenance,
  };
}

/**
 * The part of `result` about dimension `d`: the actors taking part in it, their positions on it,
 * the audit records and bargains of its unit, its Monte Carlo distribution and convergence. The
 * engine pads short units to the longest unit's number of turns by repeating their last
 * positions; the part is cut back to its own unit's rounds + 1 turns.
 */
export function forecastIssueResult(result: Result, d: number): Result {
  const name = result.dimensions[d];
  if (name === undefined) throw new RangeError(`the result has no dimension ${d}`);
  if (result.dimensions.length === 1) return orderForecastResult(result);
  const convergence = result.provenance.convergence.filter((c) => c.dimensions.includes(name));
  const rounds = Math.max(0, ...convergence.map((c) => c.rounds));
  const length = Math.max(1, Math.min(result.turns.length, rounds + 1));
  const first = result.turns[0]!;
  const actors = result.actors.filter((a) => (first.positions[a]?.[d] ?? null) !== null);
  const turns = result.turns.slice(0, length).map((t) => issueTurn(t, d, name, actors));
  const distribution = result.distribution?.[d];
  return orderForecastResult({
    model: result.model,
    dimensions: [name],
    actors,
    turns,
    final: turns[turns.length - 1]!.positions,
    forecast: [result.forecast[d] ?? null],
    ...(distribution ? { distribution: [distribution] } : {}),
    provenance: { ...result.provenance, convergence },
  });
}

function issueTurn(t: Turn, d: number, name: string, actors: readonly string[]): Turn {
  const turn: Turn = {
    positions: Object.fromEntries(actors.map((a) => [a, [t.positions[a]?.[d] ?? null]])),
  };
  if (t.median) turn.median = [t.median[d] ?? null];
  if (t.mean) turn.mean = [t.mean[d] ?? null];
  const audit = t.audit?.filter((r) => r.dimensions.includes(name));
  if (audit) turn.audit = audit;
  const bargains = t.bargains?.filter((b) => b.dimensions.includes(name));
  if (bargains) turn.bargains = bargains;
  return turn;
}
