/**
 * Naive limited-move stability L_h, by plain recursion without memoization, straight from the
 * definition (Kilgour, Hipel & Fang 1987, "The graph model for conflicts", Automatica
 * 23(1):41–55) and Parley's n-mover generalisation (docs/gmcr-analysis.md):
 *
 *     G_0(i, s) = s
 *     A_0(i, s1) = s1
 *     A_k(i, s1) = the outcome, worst for i, among { G_k(j, s1) : j ≠ i, G_k(j, s1) ≠ s1 },
 *                  or s1 if no other mover would move (ties: lowest mover index)
 *     G_h(i, s)  = A_{h-1}(i, s1*) if i strictly prefers it to s, else s, where s1* ∈ R_i(s)
 *                  gives i the best A_{h-1}(i, s1) (ties: the more preferred s1, then the
 *                  lowest state index)
 *
 * s is L_h-stable for i iff G_h(i, s) = s. Exponential; for property tests on small models only.
 */
import type { NaiveGraph } from './naiveGraph.ts';

/** G_h(i, s) by direct recursion. */
export function anticipatedNaive(graph: NaiveGraph, h: number, mover: number, s: number): number {
  if (h === 0) return s;
  let bestOutcome = -1;
  let bestMove = -1;
  const targets = [...graph.moves(mover, s)].sort((a, b) => a - b);
  for (const s1 of targets) {
    const outcome = responseNaive(graph, h - 1, mover, s1);
    if (!graph.prefers(mover, outcome, s)) continue;
    if (bestMove === -1 || beats(graph, mover, outcome, s1, bestOutcome, bestMove)) {
      bestOutcome = outcome;
      bestMove = s1;
    }
  }
  return bestMove === -1 ? s : bestOutcome;
}

/** A_k(i, s1): what i expects after moving to s1 with k moves left for the others. */
export function responseNaive(graph: NaiveGraph, k: number, lastMover: number, s1: number): number {
  if (k === 0) return s1;
  let worst = -1;
  for (let j = 0; j < graph.moverCount; j++) {
    if (j === lastMover) continue;
    const outcome = anticipatedNaive(graph, k, j, s1);
    if (outcome === s1) continue;
    if (worst === -1 || graph.prefers(lastMover, worst, outcome)) worst = outcome;
  }
  return worst === -1 ? s1 : worst;
}

function beats(
  graph: NaiveGraph,
  mover: number,
  outcome: number,
  s1: number,
  bestOutcome: number,
  bestMove: number,
): boolean {
  if (graph.prefers(mover, outcome, bestOutcome)) return true;
  if (graph.prefers(mover, bestOutcome, outcome)) return false;
  return graph.prefers(mover, s1, bestMove);
}

/** L_h stability per mover and state (1 = stable), by the naive recursion. */
export function limitedMoveNaive(graph: NaiveGraph, horizon: number): number[][] {
  const stability: number[][] = [];
  for (let mover = 0; mover < graph.moverCount; mover++) {
    const row: number[] = [];
    for (let s = 0; s < graph.stateCount; s++)
      row.push(anticipatedNaive(graph, horizon, mover, s) === s ? 1 : 0);
    stability.push(row);
  }
  return stability;
}
