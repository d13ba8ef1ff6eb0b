/**
 * Explanations under limited-move stability L_h (limitedMove.ts; Kilgour, Hipel & Fang 1987):
 * a mover with horizon h moves from s only if the outcome it anticipates — its move, then the
 * others' anticipated responses, h moves in all — is one it strictly prefers to s. Each
 * improvement is "deterred" when the anticipated outcome after it is no better than s; the
 * state can still be unstable through a move that is not itself an improvement (a strategic move
 * made for what follows), which the explanation then names.
 */
import type { GmcrAnalysis } from './analyze.ts';
import type { ExplainedImprovement, Explanation } from './explain.ts';
import { prefers, row } from './moveStructure.ts';
import type { Move } from './types.ts';
import { describeMove, stateName } from './describe.ts';
import {
  anticipatedLine,
  anticipatedResponse,
  limitedMoveTable,
  type LimitedMoveTable,
} from './limitedMove.ts';

const tables = new WeakMap<GmcrAnalysis, Map<number, LimitedMoveTable>>();

/** The table of G_k, k ≤ horizon, with every layer kept; computed once per analysis and horizon. */
function tableFor(analysis: GmcrAnalysis, horizon: number): LimitedMoveTable {
  let byHorizon = tables.get(analysis);
  if (byHorizon === undefined) tables.set(analysis, (byHorizon = new Map()));
  let table = byHorizon.get(horizon);
  if (table === undefined)
    byHorizon.set(horizon, (table = limitedMoveTable(analysis, horizon, { keepLayers: true })));
  return table;
}

export function explainLimited(
  analysis: GmcrAnalysis,
  state: number,
  mover: number,
  horizon: number,
): Explanation {
  const table = tableFor(analysis, horizon);
  const anticipated = table.layers[horizon]!.outcome[mover]![state]!;
  const stable = anticipated === state;
  const improvements = [...row(analysis.improvements[mover]!, state)]
    .sort((a, b) => a - b)
    .map((to): ExplainedImprovement => {
      const response = anticipatedResponse(analysis, table, mover, to, horizon);
      const outcome = response[response.length - 1]?.to ?? to;
      const deterred = !prefers(analysis, mover, outcome, state);
      return { to, deterred, sanction: deterred ? response : null, anticipated: outcome };
    });
  const who = analysis.movers[mover]!.name;
  const here = stateName(state);
  const steps = (moves: readonly Move[]): string =>
    moves.map((m) => `${describeMove(analysis.model, m)} (${stateName(m.to)})`).join(', then ');
  const concept = `L${horizon}`;
  const lines = improvements.map((item) => {
    const start = `${who} could move to ${stateName(item.to)} (${describeMove(analysis.model, { from: state, to: item.to })}; ${who} prefers ${stateName(item.to)} to ${here})`;
    const response = anticipatedResponse(analysis, table, mover, item.to, horizon);
    if (response.length === 0) return `${start}, and expects nobody to respond.`;
    const verdict = item.deterred
      ? `which ${who} does not prefer to ${here}`
      : `which ${who} still prefers to ${here}`;
    return `${start}, and expects that then ${steps(response)}, ending in ${stateName(item.anticipated!)}, ${verdict}.`;
  });
  const result: Explanation = {
    state,
    mover,
    concept: 'limited',
    horizon,
    stable,
    improvements,
    summary: '',
    lines,
  };
  const ahead = `looking ${horizon} move${horizon === 1 ? '' : 's'} ahead`;
  if (stable) {
    result.summary =
      row(analysis.moves[mover]!, state).length === 0
        ? `${capital(here)} is ${concept}-stable for ${who}: ${who} cannot move from it.`
        : `${capital(here)} is ${concept}-stable for ${who}: ${ahead}, ${who} expects none of its moves to end in a state it prefers to ${here}.`;
    return result;
  }
  const line = anticipatedLine(analysis, table, mover, state, horizon);
  const first = line[0]!;
  const tactic = first.improvement ? '' : ' although that move alone is not an improvement';
  result.choice = { line, anticipated };
  result.summary =
    `${capital(here)} is not ${concept}-stable for ${who}: ${ahead}, ${who} would move to ${stateName(first.to)} ` +
    `(${describeMove(analysis.model, first)})${tactic}, expecting ${line.length > 1 ? `that then ${steps(line.slice(1))}` : 'nobody to respond'}, ` +
    `and ${stateName(anticipated)} is better for ${who} than ${here}.`;
  return result;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
