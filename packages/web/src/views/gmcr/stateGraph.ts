/**
 * What the state graph draws: every feasible state as a node, and a chosen set of moves as
 * arrows coloured by their mover — every move, only the unilateral improvements, or only the
 * moves of the paths from the status quo to the equilibria (and from the selected state).
 * Initial node positions are a projection of the option hypercube: option k pulls the state
 * towards angle πk/n when it is taken, so states that differ in few options start close.
 */
import type { GmcrViewData } from '../../engine/protocol.ts';

export type EdgeMode = 'paths' | 'improvements' | 'all';

/** Larger models start with only the path moves drawn. */
export const DEFAULT_FULL_EDGES_MAX_STATES = 1500;

export const defaultEdgeMode = (data: GmcrViewData): EdgeMode =>
  data.stateCount <= DEFAULT_FULL_EDGES_MAX_STATES ? 'improvements' : 'paths';

/** Moves on the shortest paths from the status quo, as `from * n + to` keys. */
export function pathMoveKeys(data: GmcrViewData): Set<number> {
  const keys = new Set<number>();
  for (const t of data.targets)
    for (const m of t.path ?? []) keys.add(m.from * data.stateCount + m.to);
  return keys;
}

/**
 * Indices into data.edges of the moves to draw: those of the mode whose mover is shown, plus
 * every move out of the selected state.
 */
export function visibleEdges(
  data: GmcrViewData,
  mode: EdgeMode,
  moversShown: readonly boolean[],
  selected: number | null,
  paths: Set<number> = pathMoveKeys(data),
): Int32Array {
  const edges = data.edges;
  if (!edges) return new Int32Array(0);
  const out: number[] = [];
  const n = data.stateCount;
  for (let e = 0; e < edges.from.length; e++) {
    if (!moversShown[edges.mover[e]!]) continue;
    const from = edges.from[e]!;
    const keep =
      from === selected ||
      mode === 'all' ||
      (mode === 'improvements' && edges.improvement[e] === 1) ||
      paths.has(from * n + edges.to[e]!);
    if (keep) out.push(e);
  }
  return Int32Array.from(out);
}

/** A small deterministic jitter in [−0.5, 0.5), so states projected to one point separate. */
function jitter(x: number): number {
  let h = Math.imul(x ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32 - 0.5;
}

/** x, y of every state (interleaved), from the option projection. */
export function projectedPositions(data: GmcrViewData): Float32Array {
  const n = Math.max(1, data.options.length);
  const dirs = data.options.map((_, k) => [
    Math.cos((Math.PI * k) / n),
    Math.sin((Math.PI * k) / n),
  ]);
  const out = new Float32Array(data.stateCount * 2);
  data.decimals.forEach((d, s) => {
    let x = 0;
    let y = 0;
    dirs.forEach(([dx, dy], k) => {
      if ((d >>> k) & 1) {
        x += dx!;
        y += dy!;
      }
    });
    out[2 * s] = 10 * x + jitter(d);
    out[2 * s + 1] = 10 * y + jitter(d + 7919);
  });
  return out;
}

/** The undirected pairs the layout pulls together: improvements, each pair once. */
export function layoutPairs(data: GmcrViewData): Int32Array {
  const edges = data.edges;
  if (!edges) return new Int32Array(0);
  const seen = new Set<number>();
  const out: number[] = [];
  const n = data.stateCount;
  for (let e = 0; e < edges.from.length; e++) {
    if (edges.improvement[e] !== 1) continue;
    const a = Math.min(edges.from[e]!, edges.to[e]!);
    const b = Math.max(edges.from[e]!, edges.to[e]!);
    const key = a * n + b;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a, b);
  }
  return Int32Array.from(out);
}
