/**
 * Status quo analysis (Li, Kilgour & Hipel 2005, "Status quo analysis in the graph model for
 * conflict resolution", JORS 56(6):699–707; Xu, Kilgour, Hipel & Kemkes 2010, "Using matrices
 * to link conflict evolution and resolution in a graph model", EJOR 207(1)): which
 * equilibria the conflict can reach from its status quo, and how.
 *
 * A state t is reachable from s0 when some legal sequence of moves leads from s0 to t — legal
 * meaning no effective mover moves twice in a row — and reachable by unilateral improvements
 * when every move in such a sequence is a UI for its mover. For each target the SHORTEST such
 * sequence is returned (breadth-first search over (state, last mover), legalPathSearch.ts).
 *
 * The evolution view merges, for every target reachable by UIs, all its shortest legal UI paths
 * from the status quo into one DAG whose nodes are (state, last mover) pairs — GMCR+'s status
 * quo tree ("Post Analysis") without its depth-5 limit and with repeated subtrees merged.
 */
import type { GmcrAnalysis } from './analyze.ts';
import { prefers } from './moveStructure.ts';
import { CONCEPTS, type Move, type StabilityConcept } from './types.ts';
import { EngineError } from '../shared/engineError.ts';
import {
  pathToNode,
  reachedStates,
  searchLegalPaths,
  type LegalPathSearch,
} from './legalPathSearch.ts';
import { evolutionDag, type StatusQuoEvolution } from './statusQuoEvolution.ts';

export type { StatusQuoEvolution, EvolutionNode, EvolutionEdge } from './statusQuoEvolution.ts';

export interface StatusQuoOptions {
  /** States to test; default: the equilibria of every computed concept. */
  targets?: readonly number[];
  /** Longest sequence considered, in moves; default: unlimited. */
  maxDepth?: number;
  /** Node budget of the evolution DAG (default 200); beyond it the DAG is cut at a depth. */
  maxEvolutionNodes?: number;
  signal?: AbortSignal;
}

/** Reachability of one target from the status quo. */
export interface StatusQuoTarget {
  state: number;
  /** Concepts under which the target is an equilibrium (empty for a user-chosen non-equilibrium). */
  equilibriumUnder: StabilityConcept[];
  reachable: boolean;
  /** A shortest legal sequence of moves to the target ([] for the status quo itself), or null. */
  path: Move[] | null;
  reachableByImprovements: boolean;
  /** A shortest legal sequence of unilateral improvements to the target, or null. */
  improvementPath: Move[] | null;
}

/** Plain JSON. */
export interface StatusQuoResult {
  method: 'status-quo';
  from: number;
  /** The depth limit used, or null when unlimited. */
  maxDepth: number | null;
  targets: StatusQuoTarget[];
  /** Every state reachable by a legal sequence of moves, ascending (includes `from`). */
  reachable: number[];
  /** Every state reachable by a legal sequence of unilateral improvements, ascending. */
  reachableByImprovements: number[];
  evolution: StatusQuoEvolution;
}

/** Reachability of the targets (default: all equilibria) from the state `from`. */
export function statusQuoAnalysis(
  analysis: GmcrAnalysis,
  from: number,
  options: StatusQuoOptions = {},
): StatusQuoResult {
  const n = analysis.model.stateCount;
  checkState(from, n, 'status quo');
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  if (!(maxDepth >= 0))
    throw new EngineError('gmcr/bad-depth', `maxDepth must be ≥ 0, not ${options.maxDepth}`);
  const targetStates = options.targets ? [...new Set(options.targets)] : defaultTargets(analysis);
  for (const t of targetStates) checkState(t, n, 'target');

  const any = searchLegalPaths(analysis.moves, n, from, maxDepth, options.signal);
  const improving = searchLegalPaths(analysis.improvements, n, from, maxDepth, options.signal);
  const equilibria = analysis.concepts.map((c) => [c, new Set(analysis.equilibria[c])] as const);
  const targets = targetStates.map((state): StatusQuoTarget => {
    const path = shortestPath(analysis, any, state);
    const improvementPath = shortestPath(analysis, improving, state);
    return {
      state,
      equilibriumUnder: equilibria.filter(([, states]) => states.has(state)).map(([c]) => c),
      reachable: path !== null,
      path,
      reachableByImprovements: improvementPath !== null,
      improvementPath,
    };
  });
  return {
    method: 'status-quo',
    from,
    maxDepth: Number.isFinite(maxDepth) ? maxDepth : null,
    targets,
    reachable: reachedStates(any),
    reachableByImprovements: reachedStates(improving),
    evolution: evolutionDag(analysis, improving, targetStates, options.maxEvolutionNodes ?? 200),
  };
}

/** The union of the equilibria of every computed concept, ascending. */
function defaultTargets(analysis: GmcrAnalysis): number[] {
  const states = new Set<number>();
  for (const concept of CONCEPTS) for (const s of analysis.equilibria[concept]) states.add(s);
  return [...states].sort((a, b) => a - b);
}

function shortestPath(
  analysis: GmcrAnalysis,
  search: LegalPathSearch,
  state: number,
): Move[] | null {
  const node = search.firstNode[state]!;
  if (node < 0) return null;
  return pathToNode(search, node).map((step) => ({
    ...step,
    improvement: prefers(analysis, step.mover, step.to, step.from),
  }));
}

function checkState(state: number, n: number, what: string): void {
  if (!Number.isInteger(state) || state < 0 || state >= n) {
    throw new EngineError('gmcr/bad-state', `${what} ${state} is not a state index (0…${n - 1})`);
  }
}
