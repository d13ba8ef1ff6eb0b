/** Messages of the layout worker (layout.worker.ts). */
export interface LayoutRequest {
  n: number;
  /** Start positions, x and y interleaved. */
  positions: Float32Array;
  /** Node pairs pulled together, a and b interleaved. */
  pairs: Int32Array;
  iterations: number;
  /** Iterations between two position updates. */
  batch: number;
}

export interface LayoutUpdate {
  positions: Float32Array;
  done: number;
  iterations: number;
}

/** Iterations for a graph of n nodes: enough to settle, a few seconds at most. */
export function layoutIterations(n: number, pairs: number): number {
  const work = n + pairs;
  if (work < 5_000) return 300;
  if (work < 50_000) return 150;
  return 60;
}
