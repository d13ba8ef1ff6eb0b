/**
 * The numeric core of a forecast input: typed arrays the models read in their hot loops, and the
 * split of the dimensions into modelled units (single issues, or linked packages that are
 * bargained over jointly). Monte Carlo refills the arrays per draw and reuses the units.
 */
import { EngineError } from '../shared/engineError.ts';
import type { ForecastInput } from './types.ts';

/** Numbers of a forecast input; absent positions/saliences are NaN. Arrays are actor-major. */
export interface ForecastProblem {
  nActors: number;
  nDims: number;
  capability: Float64Array;
  /** position[a * nDims + d] in scale units. */
  position: Float64Array;
  /** salience[a * nDims + d] on 0–100. */
  salience: Float64Array;
  /** Scale ends per dimension. */
  min: Float64Array;
  max: Float64Array;
}

/** A set of dimensions modelled together and the actors that take part in all of them. */
export interface ForecastUnit {
  dims: number[];
  actors: number[];
}

/** Copies the numbers of `input` into typed arrays. */
export function problemFromInput(input: ForecastInput): ForecastProblem {
  const nActors = input.actors.length;
  const nDims = input.dimensions.length;
  const position = new Float64Array(nActors * nDims).fill(Number.NaN);
  const salience = new Float64Array(nActors * nDims).fill(Number.NaN);
  const capability = new Float64Array(nActors);
  input.actors.forEach((actor, a) => {
    capability[a] = actor.capability;
    for (let d = 0; d < nDims; d++) {
      const x = actor.position[d];
      const s = actor.salience[d];
      if (x !== null && x !== undefined && s !== null && s !== undefined) {
        position[a * nDims + d] = x;
        salience[a * nDims + d] = s;
      }
    }
  });
  return {
    nActors,
    nDims,
    capability,
    position,
    salience,
    min: Float64Array.from(input.dimensions, (d) => d.min),
    max: Float64Array.from(input.dimensions, (d) => d.max),
  };
}

/**
 * Groups dimensions into units: each linkage (merged when linkages share a dimension) is one
 * unit, every other dimension its own unit; `joint` puts all dimensions in one unit. An actor
 * takes part in a unit when it has a position on every dimension of it.
 */
export function planUnits(
  input: ForecastInput,
  joint = false,
): { units: ForecastUnit[]; warnings: string[] } {
  const nDims = input.dimensions.length;
  const index = new Map(input.dimensions.map((d, i) => [d.id, i]));
  const parent = Array.from({ length: nDims }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const linkages = joint
    ? [{ id: 'joint', issues: input.dimensions.map((d) => d.id) }]
    : (input.linkages ?? []);
  for (const link of linkages) {
    const members = link.issues.map((id) => {
      const i = index.get(id);
      if (i === undefined) {
        throw new EngineError(
          'forecast/unknown-linked-issue',
          `linkage ${link.id}: no issue ${id}`,
        );
      }
      return i;
    });
    for (const m of members.slice(1)) parent[root(m)] = root(members[0]!);
  }
  const groups = new Map<number, number[]>();
  for (let d = 0; d < nDims; d++) {
    const r = root(d);
    groups.set(r, [...(groups.get(r) ?? []), d]);
  }
  const warnings: string[] = [];
  const units = [...groups.values()].map((dims) => {
    const actors: number[] = [];
    input.actors.forEach((actor, a) => {
      const present = dims.map((d) => actor.position[d] != null && actor.salience[d] != null);
      if (present.every(Boolean)) actors.push(a);
      else if (dims.length > 1 && present.some(Boolean)) {
        const names = dims.map((d) => input.dimensions[d]!.name).join(', ');
        warnings.push(`${actor.name} lacks a position on part of the package [${names}]: left out`);
      }
    });
    return { dims, actors };
  });
  return { units, warnings };
}
