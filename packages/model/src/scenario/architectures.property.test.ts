/**
 * Properties of applyArchitecture on generated scenarios (2–3 actors, 2–6 options, random
 * conditions, statements and rankings, tracks, vetoes, sequencing and architectures):
 *
 * 1. when a scenario passes validateScenario, every architecture applied to it does too;
 * 2. a fixed option has its fixed value in every feasible state of the result, and a removed
 *    option is gone;
 * 3. fixing options only restricts: the feasible states of the result are exactly the feasible
 *    states of the input that have the fixed values.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Diagnostic } from '../diagnostic.ts';
import { formatExpr } from '../statement/formatExpr.ts';
import { exprArb } from '../testing/arbitraries.ts';
import { applyArchitecture, listArchitectures } from './architectures.ts';
import { compileInfeasible } from './compileScenario.ts';
import { feasibleDecimals, ynFromDecimal } from './feasibleDecimals.ts';
import { ScenarioSchema, type Scenario, type ScenarioInput } from './schema.ts';
import { validateScenario } from './validateScenario.ts';

const errorsOf = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'error');
const feasibleOf = (s: Scenario): number[] =>
  feasibleDecimals(s.options.length, compileInfeasible(s));

/** A statement over the option ids, as text. */
const statementArb = (ids: string[]) =>
  exprArb(fc.constantFrom(...ids), 2).map((e) => formatExpr(e));

const subsetArb = <T>(items: T[], minLength = 0) => fc.subarray(items, { minLength });

interface Base {
  actors: string[];
  options: { id: string; owner: string }[];
}

const baseArb: fc.Arbitrary<Base> = fc
  .record({
    actorCount: fc.integer({ min: 2, max: 3 }),
    optionCount: fc.integer({ min: 2, max: 6 }),
  })
  .chain(({ actorCount, optionCount }) => {
    const actors = Array.from({ length: actorCount }, (_, i) => `a${i}`);
    return fc
      .array(fc.constantFrom(...actors), { minLength: optionCount, maxLength: optionCount })
      .map((owners) => ({ actors, options: owners.map((owner, k) => ({ id: `o${k}`, owner })) }));
  });

/** Changes that do not contradict each other (validation tests contradictions separately). */
const changesArb = (base: Base, trackIds: string[]) => {
  const ids = base.options.map((o) => o.id);
  return fc
    .record({
      fixed: subsetArb(ids),
      values: fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }),
      removed: subsetArb(ids, 0),
      infeasible: fc.array(statementArb(ids), { maxLength: 1 }),
      modified: fc.constantFrom(...trackIds),
      removeTrack: fc.boolean(),
      edit: fc.record({
        addParties: subsetArb(base.actors),
        removeParties: subsetArb(base.actors),
      }),
      add: fc.array(subsetArb(base.actors, 1), { maxLength: 1 }),
      keys: fc.uniqueArray(fc.constantFrom('options', 'infeasible', 'tracks'), { minLength: 1 }),
    })
    .map((g) => {
      const removed = g.removed.filter((id) => !g.fixed.includes(id));
      const other = trackIds.find((id) => id !== g.modified)!;
      const changes: NonNullable<ScenarioInput['architectures']>[number]['changes'] = {};
      if (g.keys.includes('options')) {
        changes.fixOptions = Object.fromEntries(
          g.fixed.map((id) => [id, g.values[ids.indexOf(id)]!]),
        );
        changes.removeOptions = removed;
      }
      if (g.keys.includes('infeasible')) changes.infeasible = g.infeasible;
      if (g.keys.includes('tracks')) {
        changes.tracks = {
          ...(g.removeTrack && { remove: [other] }),
          modify: { [g.modified]: g.edit },
          add: g.add.map((parties) => ({ id: 'added', name: 'Added', parties })),
        };
      }
      return changes;
    });
};

/** A scenario input, with a feasible status quo chosen from the generated conditions. */
const scenarioArb: fc.Arbitrary<ScenarioInput> = baseArb.chain((base) => {
  const ids = base.options.map((o) => o.id);
  const owners = [...new Set(base.options.map((o) => o.owner))];
  const trackIds = ['t0', 't1'];
  return fc
    .record({
      infeasible: fc.array(statementArb(ids), { maxLength: 2 }),
      statements: fc.tuple(
        ...owners.map(() => fc.array(statementArb(ids), { minLength: 1, maxLength: 3 })),
      ),
      rankingKeys: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 64, maxLength: 64 }),
      useRanking: fc.boolean(),
      parties: fc.tuple(subsetArb(base.actors, 1), subsetArb(base.actors, 1)),
      vetoOptions: subsetArb(ids, 1),
      sequenced: fc.boolean(),
      architectures: fc.array(changesArb(base, trackIds), { minLength: 1, maxLength: 2 }),
    })
    .map((g) => {
      const input: ScenarioInput = {
        parley: 1,
        id: 'generated',
        title: 'Generated',
        asOf: '2018',
        actors: base.actors.map((id) => ({ id, name: id })),
        issues: [
          {
            id: 'i0',
            name: 'Issue',
            scale: { low: 'low', high: 'high' },
            positions: Object.fromEntries(
              base.actors.map((a, i) => [a, { position: 10 * i, salience: 50 }]),
            ),
          },
        ],
        options: base.options.map((o) => ({ ...o, label: o.id })),
        infeasible: g.infeasible,
        preferences: Object.fromEntries(
          owners.map((a, i) => [a, { statements: g.statements[i]! }]),
        ),
        tracks: trackIds.map((id, i) => ({
          id,
          name: id,
          parties: g.parties[i]!,
          issues: i === 0 ? ['i0'] : [],
        })),
        vetoes: [
          { id: 'v0', name: 'Veto', holders: [base.actors[0]!], scope: { options: g.vetoOptions } },
        ],
        sequencing: g.sequenced
          ? { kind: 'sequenced', order: [...trackIds].reverse() }
          : { kind: 'parallel' },
        architectures: g.architectures.map((changes, i) => ({
          id: `arch${i}`,
          name: `Arch ${i}`,
          changes,
        })),
      };
      const parsed = ScenarioSchema.parse(input);
      const feasible = feasibleOf(parsed);
      if (feasible.length === 0) return input;
      const sq = feasible[g.rankingKeys[0]! % feasible.length]!;
      input.options!.forEach((o, k) => (o.statusQuo = ((sq >>> k) & 1) === 1));
      if (g.useRanking) {
        // The first owner ranks the feasible states by generated keys; equal keys tie.
        const groups = new Map<number, string[]>();
        feasible.forEach((d, j) => {
          const key = g.rankingKeys[j % 64]!;
          groups.set(key, [...(groups.get(key) ?? []), ynFromDecimal(d, ids.length)]);
        });
        input.preferences![owners[0]!] = {
          ranking: [...groups.keys()].sort().map((k) => groups.get(k)!),
        };
      }
      return input;
    });
});

describe('applyArchitecture on generated scenarios', () => {
  it('keeps a valid scenario valid, with fixed options fixed and removed options gone', () => {
    const applied = { any: 0, fixing: 0, removing: 0 };
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const scenario = ScenarioSchema.parse(input);
        if (errorsOf(validateScenario(scenario)).length > 0) return;
        for (const architecture of listArchitectures(scenario)) {
          const result = applyArchitecture(scenario, architecture.id);
          expect(ScenarioSchema.safeParse(result).success).toBe(true);
          expect(errorsOf(validateScenario(result))).toEqual([]);
          const removed = architecture.changes.removeOptions ?? [];
          expect(result.options.filter((o) => removed.includes(o.id))).toEqual([]);
          const index = new Map(result.options.map((o, k) => [o.id, k]));
          for (const [id, value] of Object.entries(architecture.changes.fixOptions ?? {})) {
            const k = index.get(id)!;
            for (const d of feasibleOf(result)) expect(((d >>> k) & 1) === 1).toBe(value);
          }
          if (architecture.baseline === true) continue;
          applied.any++;
          if (Object.keys(architecture.changes.fixOptions ?? {}).length > 0) applied.fixing++;
          if (removed.length > 0) applied.removing++;
        }
      }),
      { seed: 4072017, numRuns: 1000 },
    );
    // Not vacuous: many generated architectures pass validation and are applied.
    expect(applied.any).toBeGreaterThan(250);
    expect(applied.fixing).toBeGreaterThan(100);
    expect(applied.removing).toBeGreaterThan(50);
  });

  it('restricts the feasible states to those with the fixed values, and no others', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (input, values) => {
          delete input.architectures;
          const scenario = ScenarioSchema.parse(input);
          if (errorsOf(validateScenario(scenario)).length > 0) return;
          const fixOptions = { o0: values[0]!, o1: values[1]! };
          const withFix = ScenarioSchema.parse({
            ...input,
            architectures: [{ id: 'fix', name: 'Fix', changes: { fixOptions } }],
          });
          const result = applyArchitecture(withFix, 'fix');
          const expected = feasibleOf(scenario).filter(
            (d) => ((d & 1) === 1) === fixOptions.o0 && ((d & 2) === 2) === fixOptions.o1,
          );
          expect(feasibleOf(result)).toEqual(expected);
        },
      ),
      { seed: 13022007, numRuns: 300 },
    );
  });
});
