/**
 * Round trip: random small scenarios → exportGmcr → importGmcr must give the same graph model:
 * the same options per owner, the same feasible states, the same misperceived states, the same
 * coalitions and, for every actor, the same preference between every pair of feasible states.
 * Preferences are scored here with a local lexicographic scorer over `evaluate`, independent of
 * the exporter's own statementRanking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { hasErrors } from '../../diagnostic.ts';
import { feasibleDecimals, stateFromYN } from '../../scenario/feasibleDecimals.ts';
import { parseScenario } from '../../scenario/parseScenario.ts';
import type { Option, Preference, RankingEntry, Scenario } from '../../scenario/schema.ts';
import type { Expr } from '../../statement/ast.ts';
import { compileExpr } from '../../statement/compileExpr.ts';
import { evaluate } from '../../statement/evaluate.ts';
import { formatExpr } from '../../statement/formatExpr.ts';
import { parseStatement } from '../../statement/parseStatement.ts';
import { exprArb } from '../../testing/arbitraries.ts';
import { exportGmcr } from './exportGmcr.ts';
import { importGmcr } from './importGmcr.ts';

const bit = (d: number, k: number) => ((d >> k) & 1) === 1;

/** Parses and compiles statements against a scenario's option order. */
function compiler(s: Scenario) {
  const index = new Map(s.options.map((o, k) => [o.id, k]));
  return (text: string): Expr<number> => {
    const parsed = parseStatement(text);
    if (!parsed.ok) throw new Error(`unparsable statement ${text}`);
    return compileExpr(parsed.expr, index);
  };
}

const textOf = (x: string | { statement?: string; when?: string }) =>
  typeof x === 'string' ? x : (x.statement ?? x.when ?? '');

function feasibleOf(s: Scenario): number[] {
  const compile = compiler(s);
  return feasibleDecimals(
    s.options.length,
    s.infeasible.map((c) => compile(textOf(c))),
  );
}

/** A sort key per state: higher is better; equal keys are ties. */
function scorer(s: Scenario, preference: Preference | undefined): (d: number) => string {
  if (preference?.ranking) {
    const position = new Map<number, number>();
    const groups = preference.ranking.map((e: RankingEntry) => (typeof e === 'string' ? [e] : e));
    groups.forEach((g, i) => g.forEach((yn) => position.set(stateFromYN(yn) as number, i)));
    return (d) => String(1e6 - (position.get(d) as number)).padStart(8, '0');
  }
  const compile = compiler(s);
  const statements = (preference?.statements ?? []).map((x) => compile(textOf(x)));
  return (d) => statements.map((e) => (evaluate(e, (k) => bit(d, k)) ? '1' : '0')).join('');
}

/** Original option index → imported option index, matched by owner and position within owner. */
function optionMap(original: Scenario, imported: Scenario): number[] {
  return original.options.map((o) => {
    const a = original.actors.findIndex((x) => x.id === o.owner);
    const rank = original.options.filter((x) => x.owner === o.owner).indexOf(o);
    const owner = imported.actors[a]?.id;
    return imported.options.findIndex(
      (x, k) =>
        x.owner === owner &&
        imported.options.slice(0, k).filter((y) => y.owner === owner).length === rank,
    );
  });
}

const mapState = (d: number, map: number[]) =>
  map.reduce((sum, to, from) => (bit(d, from) ? sum + 2 ** to : sum), 0);
const sign = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

const NAMES = ['Full', 'Partial', 'Delay', 'Escalate'];
const ACTOR_NAMES = ['USA', 'DPRK', 'ROK'];
const REVERSIBILITY: Option['reversibility'][] = ['both', 'forward-only', 'backward-only'];

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 5 }))
  .chain(([actorCount, optionCount]) => {
    const expr = exprArb(fc.integer({ min: 0, max: optionCount - 1 }), 3);
    const preference = fc.oneof(
      fc.record({
        kind: fc.constant('statements' as const),
        exprs: fc.array(expr, { maxLength: 4 }),
      }),
      fc.record({
        kind: fc.constant('ranking' as const),
        keys: fc.array(fc.integer({ min: 0, max: 3 }), {
          minLength: 2 ** optionCount,
          maxLength: 2 ** optionCount,
        }),
      }),
    );
    return fc.record({
      owners: fc.array(fc.integer({ min: 0, max: actorCount - 1 }), {
        minLength: optionCount,
        maxLength: optionCount,
      }),
      labels: fc.array(fc.constantFrom(...NAMES), {
        minLength: optionCount,
        maxLength: optionCount,
      }),
      reversibility: fc.array(fc.constantFrom(...REVERSIBILITY), {
        minLength: optionCount,
        maxLength: optionCount,
      }),
      infeasible: fc.array(expr, { maxLength: 2 }),
      preferences: fc.array(preference, { minLength: actorCount, maxLength: actorCount }),
      misperceived: fc.array(fc.option(expr, { nil: undefined }), {
        minLength: actorCount,
        maxLength: actorCount,
      }),
      coalition: fc.boolean(),
    });
  })
  .map((draft) => buildScenario(draft))
  .filter((s): s is Scenario => s !== undefined);

interface Draft {
  owners: number[];
  labels: string[];
  reversibility: Option['reversibility'][];
  infeasible: Expr<number>[];
  preferences: (
    { kind: 'statements'; exprs: Expr<number>[] } | { kind: 'ranking'; keys: number[] }
  )[];
  misperceived: (Expr<number> | undefined)[];
  coalition: boolean;
}

function buildScenario(draft: Draft): Scenario | undefined {
  const n = draft.owners.length;
  const name = (k: number) => `o${k}`;
  const actors = draft.preferences.map((_, a) => ({ id: `p${a}`, name: ACTOR_NAMES[a] as string }));
  const feasible = feasibleDecimals(n, draft.infeasible);
  if (feasible.length === 0) return undefined;
  const preferences: Record<string, Preference> = {};
  draft.preferences.forEach((p, a) => {
    const preference: Preference =
      p.kind === 'statements'
        ? { statements: p.exprs.map((e) => formatExpr(e, name)) }
        : { ranking: rankingFromKeys(feasible, p.keys, n) };
    const hidden = draft.misperceived[a];
    // A misperception must leave the actor some feasible state to see.
    if (hidden && feasible.some((d) => !evaluate(hidden, (k) => bit(d, k)))) {
      preference.misperceived = [formatExpr(hidden, name)];
    }
    if (draft.owners.includes(a)) preferences[`p${a}`] = preference;
  });
  const owners = new Set(draft.owners);
  const deciders = actors.filter((_, a) => owners.has(a)).map((x) => x.id);
  const s: Scenario = {
    parley: 1,
    id: 'random',
    title: 'Random',
    asOf: '2018-06-12',
    sources: {},
    actors: actors.filter((_, a) => owners.has(a)),
    issues: [],
    options: draft.owners.map((a, k) => ({
      id: name(k),
      owner: `p${a}`,
      label: draft.labels[k] as string,
      reversibility: draft.reversibility[k] as Option['reversibility'],
      statusQuo: bit(feasible[0] as number, k),
    })),
    infeasible: draft.infeasible.map((e) => formatExpr(e, name)),
    preferences,
  };
  if (draft.coalition && deciders.length > 2)
    s.coalitions = [deciders.slice(0, 2), deciders.slice(2)];
  return s;
}

function rankingFromKeys(feasible: number[], keys: number[], n: number): RankingEntry[] {
  const groups = new Map<number, string[]>();
  for (const d of feasible) {
    const key = keys[d] as number;
    groups.set(key, [
      ...(groups.get(key) ?? []),
      [...Array(n)].map((_, k) => (bit(d, k) ? 'Y' : 'N')).join(''),
    ]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, g]) => (g.length === 1 ? (g[0] as string) : g));
}

function misperceivedSet(
  s: Scenario,
  preference: Preference | undefined,
  feasible: number[],
): number[] {
  const compile = compiler(s);
  const hidden = (preference?.misperceived ?? []).map(compile);
  return feasible.filter((d) => hidden.some((e) => evaluate(e, (k) => bit(d, k))));
}

function checkRoundTrip(original: Scenario): void {
  const exported = exportGmcr(original);
  expect(hasErrors(exported.diagnostics)).toBe(false);
  const result = importGmcr(exported.text, { file: 'round-trip.gmcr', asOf: original.asOf });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  // GMCR+ has no status quo: the importer picks one (with a warning) when "nothing taken" is infeasible.
  expect(result.diagnostics.filter((d) => d.code !== 'gmcr-status-quo')).toEqual([]);
  const imported = result.value;
  expect(imported.actors.map((a) => a.name)).toEqual(original.actors.map((a) => a.name));
  const map = optionMap(original, imported);
  original.options.forEach((o, k) => {
    const twin = imported.options[map[k] as number];
    expect([twin?.label, twin?.reversibility]).toEqual([o.label, o.reversibility]);
  });
  const feasible = feasibleOf(original);
  expect(feasibleOf(imported)).toEqual(feasible.map((d) => mapState(d, map)).sort((a, b) => a - b));
  original.actors.forEach((actor, a) => {
    const twin = imported.actors[a]?.id as string;
    const before = scorer(original, original.preferences[actor.id]);
    const after = scorer(imported, imported.preferences[twin]);
    for (const s of feasible) {
      for (const t of feasible) {
        expect(sign(after(mapState(s, map)), after(mapState(t, map)))).toBe(
          sign(before(s), before(t)),
        );
      }
    }
    const hiddenBefore = misperceivedSet(original, original.preferences[actor.id], feasible).map(
      (d) => mapState(d, map),
    );
    const hiddenAfter = misperceivedSet(imported, imported.preferences[twin], feasibleOf(imported));
    expect(hiddenAfter).toEqual(hiddenBefore.sort((x, y) => x - y));
  });
  const partition = (s: Scenario) =>
    s.coalitions
      ?.map((bloc) => bloc.map((id) => s.actors.findIndex((x) => x.id === id)).sort())
      .sort();
  expect(partition(imported)).toEqual(partition(original));
}

describe('GMCR+ round trip (exportGmcr → importGmcr)', () => {
  it('generates scenarios that exercise every feature (coverage of the generator)', () => {
    const sample = fc.sample(scenarioArb, { seed: 20180612, numRuns: 150 });
    const count = (f: (s: Scenario) => boolean) => sample.filter(f).length;
    const prefs = (s: Scenario) => Object.values(s.preferences);
    const codes = (s: Scenario) => exportGmcr(s).diagnostics.map((d) => d.code);
    const coverage = {
      ranking: count((s) => prefs(s).some((p) => p.ranking) && prefs(s).every((p) => p.ranking)),
      mixed: count((s) => codes(s).includes('gmcr-export-mixed-preferences')),
      statements: count((s) => prefs(s).every((p) => p.statements)),
      misperceived: count((s) => prefs(s).some((p) => p.misperceived)),
      infeasible: count((s) => s.infeasible.length > 0),
      coalitions: count((s) => s.coalitions !== undefined),
      regrouped: count((s) => codes(s).includes('gmcr-export-option-order')),
    };
    for (const n of Object.values(coverage)) expect(n).toBeGreaterThanOrEqual(10);
  });

  it('preserves options, feasibility, misperceptions, coalitions and every pairwise preference', () => {
    fc.assert(fc.property(scenarioArb, checkRoundTrip), { seed: 20180612, numRuns: 150 });
  });

  it('imports scenarios that pass parseScenario’s validation', () => {
    fc.assert(
      fc.property(scenarioArb, (original) => {
        const result = importGmcr(exportGmcr(original).text, { asOf: '2018-06-12' });
        if (!result.ok) return false;
        const reparsed = parseScenario(stringify(result.value), { file: 'imported.yaml' });
        expect(reparsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        return reparsed.ok;
      }),
      { seed: 31, numRuns: 60 },
    );
  });
});
