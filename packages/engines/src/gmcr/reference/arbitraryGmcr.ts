/**
 * Random small graph models for property tests: 2–4 decision makers, 3–7 options with random
 * owners and reversibility, random infeasibility and misperception conditions, preferences as
 * prioritized statements (with `if`/`iff`) or explicit rankings with ties, and a random
 * coalition partition.
 */
import fc from 'fast-check';
import type { Expr } from '@parley/model';
import type { DmPreference, GmcrInput, Reversibility } from '../types.ts';
import { holds } from './naive.ts';

export interface RandomGmcr {
  input: GmcrInput;
  coalitions: number[][];
}

const literal = (options: number): fc.Arbitrary<Expr<number>> =>
  fc.tuple(fc.integer({ min: 0, max: options - 1 }), fc.boolean()).map(([option, negated]) => {
    const atom: Expr<number> = { kind: 'option', option };
    return negated ? { kind: 'not', operand: atom } : atom;
  });

/** A conjunction of 2–3 literals: removes or hides a fraction of the states, rarely all. */
const conjunction = (options: number): fc.Arbitrary<Expr<number>> =>
  fc
    .array(literal(options), { minLength: 2, maxLength: 3 })
    .map((operands) => ({ kind: 'and', operands }));

const statement = (options: number): fc.Arbitrary<Expr<number>> => {
  const lit = literal(options);
  const pair = fc.tuple(lit, lit);
  return fc.oneof(
    lit,
    pair.map(([a, b]): Expr<number> => ({ kind: 'and', operands: [a, b] })),
    pair.map(([a, b]): Expr<number> => ({ kind: 'or', operands: [a, b] })),
    pair.map(([a, b]): Expr<number> => ({ kind: 'if', consequent: a, antecedent: b })),
    pair.map(([a, b]): Expr<number> => ({ kind: 'iff', left: a, right: b })),
  );
};

const reversibility: fc.Arbitrary<Reversibility> = fc.constantFrom(
  'both',
  'both',
  'both',
  'forward-only',
  'backward-only',
);

/** A preference spec; rankings are filled in once the feasible states are known. */
type PreferenceSpec =
  { kind: 'statements'; statements: Expr<number>[] } | { kind: 'levels'; levels: number[] };

const preferenceSpec = (options: number): fc.Arbitrary<PreferenceSpec> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .array(statement(options), { minLength: 1, maxLength: 6 })
        .map((statements) => ({ kind: 'statements' as const, statements })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.integer({ min: 0, max: 5 }), { minLength: 2 ** options, maxLength: 2 ** options })
        .map((levels) => ({ kind: 'levels' as const, levels })),
    },
  );

export const arbitraryGmcr: fc.Arbitrary<RandomGmcr> = fc
  .record({ dms: fc.integer({ min: 2, max: 4 }), options: fc.integer({ min: 3, max: 7 }) })
  .chain(({ dms, options }) =>
    fc.record({
      owners: fc.array(fc.integer({ min: 0, max: dms - 1 }), {
        minLength: options,
        maxLength: options,
      }),
      reversibility: fc.array(reversibility, { minLength: options, maxLength: options }),
      statusQuo: fc.array(fc.boolean(), { minLength: options, maxLength: options }),
      infeasible: fc.array(conjunction(options), { maxLength: 2 }),
      misperceived: fc.array(fc.option(conjunction(options), { freq: 3 }), {
        minLength: dms,
        maxLength: dms,
      }),
      preferences: fc.array(preferenceSpec(options), { minLength: dms, maxLength: dms }),
      groups: fc.array(fc.integer({ min: 0, max: dms - 1 }), { minLength: dms, maxLength: dms }),
    }),
  )
  .map((spec) => {
    const optionCount = spec.owners.length;
    const infeasible = spec.infeasible;
    const feasible = Array.from({ length: 2 ** optionCount }, (_, d) => d).filter(
      (d) => !infeasible.some((c) => holds(c, d)),
    );
    const input: GmcrInput = {
      options: spec.owners.map((owner, k) => ({
        id: `o${k}`,
        owner,
        reversibility: spec.reversibility[k]!,
        statusQuo: spec.statusQuo[k]!,
      })),
      decisionMakers: spec.preferences.map((_, i) => ({ id: `dm${i}`, name: `DM${i}` })),
      infeasible,
      preferences: spec.preferences.map((p) => toPreference(p, feasible)),
      misperceived: spec.misperceived.map((c) => (c === null ? [] : [c])),
    };
    return { input, coalitions: partitionOf(spec.groups) };
  });

function toPreference(spec: PreferenceSpec, feasible: number[]): DmPreference {
  if (spec.kind === 'statements') return spec;
  const ranking: number[][] = [];
  for (let level = 5; level >= 0; level--) {
    const group = feasible.filter((d) => spec.levels[d] === level);
    if (group.length > 0) ranking.push(group);
  }
  return { kind: 'ranking', ranking };
}

/** Groups decision makers by label, in order of first appearance. */
function partitionOf(labels: number[]): number[][] {
  const groups = new Map<number, number[]>();
  labels.forEach((label, dm) => groups.set(label, [...(groups.get(label) ?? []), dm]));
  return [...groups.values()];
}
