/**
 * Stability analysis of a graph model (Fang, Hipel & Kilgour 1993, ch. 3; Kilgour & Hipel 2005):
 * for every effective mover (a decision maker, or a coalition of a given partition) and every
 * state, whether the state is Nash, GMR, SMR, SEQ and SIM stable for it; a state stable for
 * every mover under a concept is an equilibrium under that concept.
 *
 * The concepts live in stability/<concept>.ts, each with its definition. Coalitions follow
 * moveStructure.ts (joint moves; improvement = every member gains; sanction = some member does
 * not gain).
 */
import type { GmcrModel } from './model.ts';
import { CONCEPTS, type Mover, type StabilityConcept } from './types.ts';
import { buildMoveStructure, row, type MoveStructure } from './moveStructure.ts';
import type { Csr } from '../shared/csr.ts';
import { throwIfAborted } from '../shared/throwIfAborted.ts';
import { nashStability } from './stability/nash.ts';
import { gmrStability } from './stability/gmr.ts';
import { smrStability } from './stability/smr.ts';
import { seqStability } from './stability/seq.ts';
import { simStability } from './stability/sim.ts';

export { prefers, isSanction } from './moveStructure.ts';
export { findSanction } from './findSanction.ts';

export interface AnalyzeOptions {
  /** A partition of the decision-maker indices; default: every decision maker alone. */
  coalitions?: readonly (readonly number[])[];
  /** Concepts to compute; default: all of CONCEPTS. */
  concepts?: readonly StabilityConcept[];
  signal?: AbortSignal;
  /** Called with the fraction done, 0 … 1. */
  onProgress?: (fraction: number) => void;
}

export interface GmcrAnalysis extends MoveStructure {
  readonly movers: readonly Mover[];
  /** Per mover: R_i (CSR, `offsets`/`targets` in state indices). */
  readonly moves: readonly Csr[];
  /** Per mover: R⁺_i, the unilateral improvements. */
  readonly improvements: readonly Csr[];
  /** The concepts computed (the others have empty entries below). */
  readonly concepts: readonly StabilityConcept[];
  /** stability[concept][mover][state] = 1 when stable. */
  readonly stability: Record<StabilityConcept, Uint8Array[]>;
  /** State indices stable for every mover, ascending. */
  readonly equilibria: Record<StabilityConcept, number[]>;
}

type StabilityFunction = (
  structure: MoveStructure,
  focal: number,
  signal?: AbortSignal,
) => Uint8Array;

const STABILITY: Record<StabilityConcept, StabilityFunction> = {
  nash: nashStability,
  gmr: gmrStability,
  smr: smrStability,
  seq: seqStability,
  sim: simStability,
};

export function analyze(model: GmcrModel, options: AnalyzeOptions = {}): GmcrAnalysis {
  const { signal, onProgress } = options;
  const concepts = CONCEPTS.filter((c) => (options.concepts ?? CONCEPTS).includes(c));
  throwIfAborted(signal);
  const structure = buildMoveStructure(model, options.coalitions);
  const units = concepts.length * structure.movers.length + 1;
  let done = 1;
  onProgress?.(done / units);
  const stability = emptyRecord<Uint8Array[]>(() => []);
  const equilibria = emptyRecord<number[]>(() => []);
  for (const concept of concepts) {
    stability[concept] = structure.movers.map((_, focal) => {
      throwIfAborted(signal);
      const stable = STABILITY[concept](structure, focal, signal);
      onProgress?.(++done / units);
      return stable;
    });
    equilibria[concept] = equilibriaOf(stability[concept], model.stateCount);
  }
  return { ...structure, concepts, stability, equilibria };
}

/** R_i(state) of a mover, as state indices. */
export function movesFrom(analysis: MoveStructure, mover: number, state: number): number[] {
  return Array.from(row(analysis.moves[mover]!, state));
}

/** R⁺_i(state) of a mover: the moves every member strictly prefers. */
export function improvementsFrom(analysis: MoveStructure, mover: number, state: number): number[] {
  return Array.from(row(analysis.improvements[mover]!, state));
}

function equilibriaOf(perMover: readonly Uint8Array[], stateCount: number): number[] {
  const states: number[] = [];
  for (let s = 0; s < stateCount; s++)
    if (perMover.every((stable) => stable[s] === 1)) states.push(s);
  return states;
}

function emptyRecord<T>(make: () => T): Record<StabilityConcept, T> {
  return Object.fromEntries(CONCEPTS.map((c) => [c, make()])) as Record<StabilityConcept, T>;
}
