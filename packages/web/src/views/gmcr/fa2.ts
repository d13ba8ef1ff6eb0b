/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous graph
 * layout algorithm for handy network visualization", PLoS ONE 9(6): e98679) on flat arrays, as
 * graphology-layout-forceatlas2 runs it internally: one `iterate` call moves every node once.
 * Building the matrices ourselves avoids a graphology graph of every move in the worker.
 */
import { inferSettings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';

/** Floats per node and per edge in graphology's matrices (helpers.js). */
const PPN = 10;
const PPE = 3;

/** graphology-layout-forceatlas2's defaults (defaults.js), which inferSettings adjusts. */
const FA2_DEFAULTS = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

export interface Fa2State {
  nodes: Float32Array;
  edges: Float32Array;
  settings: Record<string, unknown>;
}

/** Matrices for n nodes at `positions` (x, y interleaved) joined by `pairs` (a, b interleaved). */
export function fa2State(n: number, positions: Float32Array, pairs: Int32Array): Fa2State {
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = positions[2 * i]!;
    nodes[j + 1] = positions[2 * i + 1]!;
    nodes[j + 6] = 1; // mass: 1 + weighted degree, added below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const m = pairs.length / 2;
  const edges = new Float32Array(m * PPE);
  for (let e = 0; e < m; e++) {
    const a = pairs[2 * e]! * PPN;
    const b = pairs[2 * e + 1]! * PPN;
    edges[e * PPE] = a;
    edges[e * PPE + 1] = b;
    edges[e * PPE + 2] = 1;
    nodes[a + 6]! += 1;
    nodes[b + 6]! += 1;
  }
  const settings = { ...FA2_DEFAULTS, ...inferSettings(n) };
  return { nodes, edges, settings };
}

export function fa2Step(state: Fa2State, iterations: number): void {
  for (let k = 0; k < iterations; k++) iterate(state.settings, state.nodes, state.edges);
}

/** x, y of every node (interleaved). */
export function fa2Positions(state: Fa2State): Float32Array {
  const n = state.nodes.length / PPN;
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = state.nodes[i * PPN]!;
    out[2 * i + 1] = state.nodes[i * PPN + 1]!;
  }
  return out;
}
