/**
 * Limited-move stability L_h (Kilgour 1985, "Anticipation and stability in two-person
 * noncooperative games"; Kilgour, Hipel & Fang 1987, "The graph model for conflicts", Automatica
 * 23(1):41–55; Fang, Hipel & Kilgour 1993, ch. 4). A mover with horizon h looks h moves ahead,
 * its own first move included, assuming every mover looks as far ahead as the moves left allow:
 *
 *     G_0(i, s) = s
 *     G_h(i, s) = A_{h-1}(i, s1*)  if i strictly prefers it to s,   else s
 *       where s1* ∈ R_i(s) gives i the most preferred anticipated outcome A_{h-1}(i, s1)
 *
 * s is L_h-stable for i iff G_h(i, s) = s. L_1 is Nash stability; non-myopic stability (NM) is
 * the limit h → ∞ where it exists (Kilgour 1985) — L_h need not converge: it can cycle in h
 * (Rêgo, de Oliveira, Vieira & Kilgour 2025, "Classifying limited-move stability cycles in 2×2
 * games", Games 16(5):54), so NM is not offered as a separate concept.
 *
 * With two movers the response to i's move is the other mover's G: A_k(i, s1) = G_k(j, s1).
 * The literature defines L_h for two decision makers; with n movers Parley uses a pessimistic
 * generalisation (the reasons are in docs/gmcr-analysis.md):
 *
 *     A_0(i, s1) = s1
 *     A_k(i, s1) = among the outcomes G_k(j, s1) ≠ s1 of the movers j ≠ i who would move from
 *                  s1, the one i likes least; s1 when nobody would move
 *
 * Tie-breaks, so that G is a function: a mover stays unless it strictly gains; among moves
 * whose outcomes it likes equally it takes the one whose first step it prefers, then the lowest
 * state index; among responders whose outcomes the previous mover likes equally least, the
 * lowest mover index moves. For two movers with strict preferences no tie-break ever applies.
 *
 * G is computed bottom-up in h (memoized per (h, mover, state) as one Int32Array per layer and
 * mover): O(h · (m² · n + moves)) time for m movers and n states.
 */
import type { MoveStructure } from './moveStructure.ts';
import type { Move } from './types.ts';
import type { Csr } from '../shared/csr.ts';
import { EngineError } from '../shared/engineError.ts';
import { throwIfAborted } from '../shared/throwIfAborted.ts';

/** What L_h needs from an analysis: the model's payoffs, the movers and their moves. */
export type LimitedMoveInput = Pick<MoveStructure, 'model' | 'movers' | 'moves'>;

export interface LimitedMoveResult {
  horizon: number;
  /** Per mover, per state: 1 when the state is L_h-stable for the mover. */
  stability: Uint8Array[];
  /** States L_h-stable for every mover, ascending. */
  equilibria: number[];
  /** Per mover, per state: G_h(i, s), the outcome the mover anticipates from s. */
  anticipated: Int32Array[];
}

/** L_h stability of every state for every mover. */
export function limitedMoveStability(
  analysis: LimitedMoveInput,
  horizon: number,
  signal?: AbortSignal,
): LimitedMoveResult {
  const table = limitedMoveTable(analysis, horizon, { keepLayers: false, signal });
  const anticipated = table.layers[table.layers.length - 1]!.outcome;
  const n = analysis.model.stateCount;
  const stability = anticipated.map((g) => Uint8Array.from(g, (t, s) => (t === s ? 1 : 0)));
  const equilibria: number[] = [];
  for (let s = 0; s < n; s++) if (stability.every((row) => row[s] === 1)) equilibria.push(s);
  return { horizon, stability, equilibria, anticipated };
}

/** One horizon's memo: per mover, per state. */
export interface LimitedMoveLayer {
  /** G_k(i, s). */
  outcome: Int32Array[];
  /** The first move i makes from s (s1*), or −1 when it stays. */
  firstMove: Int32Array[];
  /**
   * For A_{k-1}(i, s1), the response this layer's G_k is built on: the mover that responds
   * after i's move to s1, or −1 when none does.
   */
  responder: Int32Array[];
}

/** G_k for k = 0..horizon (only the last layer unless `keepLayers`). */
export interface LimitedMoveTable {
  horizon: number;
  /** layers[k] holds G_k when every layer is kept; otherwise only G_horizon. */
  layers: LimitedMoveLayer[];
}

/** Computes the anticipated outcomes G_k for every horizon k ≤ `horizon`. */
export function limitedMoveTable(
  analysis: LimitedMoveInput,
  horizon: number,
  options: { keepLayers?: boolean; signal?: AbortSignal } = {},
): LimitedMoveTable {
  if (!Number.isInteger(horizon) || horizon < 0) {
    throw new EngineError(
      'gmcr/bad-horizon',
      `the limited-move horizon must be a whole number ≥ 0, not ${horizon}`,
    );
  }
  const n = analysis.model.stateCount;
  const m = analysis.movers.length;
  const prefer = analysis.movers.map((_, i) => preferenceOf(analysis, i));
  const moves = analysis.moves.map(sortedRows);
  const identity = Int32Array.from({ length: n }, (_, s) => s);
  let layer: LimitedMoveLayer = {
    outcome: Array.from({ length: m }, () => identity),
    firstMove: Array.from({ length: m }, () => new Int32Array(n).fill(-1)),
    responder: Array.from({ length: m }, () => new Int32Array(n).fill(-1)),
  };
  const layers = [layer];
  for (let k = 1; k <= horizon; k++) {
    throwIfAborted(options.signal);
    const responses = layer.outcome.map((_, i) => responseLayer(layer, i, prefer[i]!, k - 1));
    layer = nextLayer(responses, moves, prefer, n);
    if (options.keepLayers) layers.push(layer);
    else layers[0] = layer;
  }
  return { horizon, layers };
}

/** A_k(i, ·) from G_k, with the responder chosen at each state. */
function responseLayer(
  layer: LimitedMoveLayer,
  i: number,
  prefer: Preference,
  k: number,
): { outcome: Int32Array; responder: Int32Array } {
  const n = layer.outcome[0]?.length ?? 0;
  const outcome = new Int32Array(n);
  const responder = new Int32Array(n).fill(-1);
  for (let s1 = 0; s1 < n; s1++) {
    let worst = s1;
    if (k > 0) {
      for (let j = 0; j < layer.outcome.length; j++) {
        const g = j === i ? s1 : layer.outcome[j]![s1]!;
        if (g === s1) continue;
        if (responder[s1] === -1 || prefer(worst, g)) {
          worst = g;
          responder[s1] = j;
        }
      }
    }
    outcome[s1] = worst;
  }
  return { outcome, responder };
}

/** G_{k+1} from the responses A_k. */
function nextLayer(
  responses: readonly { outcome: Int32Array; responder: Int32Array }[],
  moves: readonly Csr[],
  prefer: readonly Preference[],
  n: number,
): LimitedMoveLayer {
  const outcome: Int32Array[] = [];
  const firstMove: Int32Array[] = [];
  responses.forEach(({ outcome: response }, i) => {
    const { offsets, targets } = moves[i]!;
    const better = prefer[i]!;
    const g = new Int32Array(n);
    const first = new Int32Array(n).fill(-1);
    for (let s = 0; s < n; s++) {
      let bestOutcome = s;
      let bestMove = -1;
      for (let e = offsets[s]!; e < offsets[s + 1]!; e++) {
        const s1 = targets[e]!;
        const a = response[s1]!;
        if (!better(a, s)) continue;
        if (bestMove === -1 || beats(better, a, s1, bestOutcome, bestMove)) {
          bestOutcome = a;
          bestMove = s1;
        }
      }
      g[s] = bestOutcome;
      first[s] = bestMove;
    }
    outcome.push(g);
    firstMove.push(first);
  });
  return { outcome, firstMove, responder: responses.map((r) => r.responder) };
}

/** The tie-break order among a mover's candidate moves (rows are sorted ascending). */
function beats(
  better: Preference,
  a: number,
  s1: number,
  bestOutcome: number,
  bestMove: number,
): boolean {
  if (better(a, bestOutcome)) return true;
  if (better(bestOutcome, a)) return false;
  return better(s1, bestMove);
}

/**
 * The line of play mover i anticipates from s with horizon k: i's first move, then each
 * anticipated response, ending in G_k(i, s). Empty when i stays. Needs every layer kept.
 */
export function anticipatedLine(
  analysis: LimitedMoveInput,
  table: LimitedMoveTable,
  mover: number,
  s: number,
  k = table.horizon,
): Move[] {
  const prefer = analysis.movers.map((_, i) => preferenceOf(analysis, i));
  const line: Move[] = [];
  let who = mover;
  let at = s;
  for (let left = k; left > 0; left--) {
    const layer = table.layers[left];
    if (layer === undefined)
      throw new EngineError(
        'gmcr/layers-dropped',
        'anticipatedLine needs a table with every layer kept',
      );
    const to = layer.firstMove[who]![at]!;
    if (to < 0) break;
    line.push({ from: at, to, mover: who, improvement: prefer[who]!(to, at) });
    at = to;
    const next = layer.responder[who]![at]!;
    if (next < 0) break;
    who = next;
  }
  return line;
}

/**
 * The line of play i anticipates after moving from s to s1 with horizon k: the responses that
 * follow i's first move (empty when nobody responds). Needs every layer kept.
 */
export function anticipatedResponse(
  analysis: LimitedMoveInput,
  table: LimitedMoveTable,
  mover: number,
  s1: number,
  k = table.horizon,
): Move[] {
  if (k <= 1) return [];
  const responder = table.layers[k]?.responder[mover]?.[s1];
  if (responder === undefined)
    throw new EngineError('gmcr/layers-dropped', 'anticipatedResponse needs every layer kept');
  return responder < 0 ? [] : anticipatedLine(analysis, table, responder, s1, k - 1);
}

/** a ≻_i b for one mover. */
type Preference = (a: number, b: number) => boolean;

/** The mover's strict preference, specialised for single decision makers (the hot case). */
function preferenceOf(analysis: LimitedMoveInput, mover: number): Preference {
  const payoffs = analysis.movers[mover]!.members.map((dm) => analysis.model.payoffs[dm]!);
  if (payoffs.length === 1) {
    const p = payoffs[0]!;
    return (a, b) => p[a]! > p[b]!;
  }
  return (a, b) => payoffs.every((p) => p[a]! > p[b]!);
}

/** A copy of a move graph with every row sorted ascending, so tie-breaks see moves in state order. */
function sortedRows(graph: Csr): Csr {
  const targets = graph.targets.slice();
  const n = graph.offsets.length - 1;
  for (let s = 0; s < n; s++) targets.subarray(graph.offsets[s], graph.offsets[s + 1]).sort();
  return { offsets: graph.offsets, targets };
}
