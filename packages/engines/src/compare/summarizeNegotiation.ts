/**
 * Turns the session tallies of one architecture into its `ArchitectureNegotiation` JSON: per
 * table the rates, means and distinct agreements; per issue how often and where it was settled;
 * per actor the mean settlement utility, its reservation and its gain (settlementValue.ts).
 */
import type { Scenario } from '@parley/model';
import type { ArchitectureNegotiation, IssueOutcome, UnitOutcome } from './compareTypes.ts';
import type { UnitPlan } from './negotiationUnits.ts';
import type { SettlementModel } from './settlementValue.ts';
import { statusQuoOf } from './simulateArchitecture.ts';
import { unitValues, type UnitContext } from './unitContext.ts';
import { mechanismAt, type CompareMechanism } from './unitSession.ts';

export function summarizeNegotiation(
  scenario: Scenario,
  plan: UnitPlan,
  contexts: readonly UnitContext[],
  settlement: SettlementModel,
  totals: {
    utilitySums: readonly number[];
    counts: { full: number; any: number; blocked: number };
    runs: number;
    mechanism: CompareMechanism;
  },
): ArchitectureNegotiation {
  const { utilitySums, counts, runs, mechanism } = totals;
  const rate = (n: number): number => (runs === 0 ? 0 : n / runs);
  const units = contexts.map((ctx) => unitOutcome(ctx, rate, mechanism));
  const agreed = contexts.reduce((s, c) => s + c.tally.agreed, 0);
  const rounds = contexts.reduce((s, c) => s + c.tally.rounds, 0);
  const nashCount = contexts.reduce((s, c) => s + c.tally.nashCount, 0);
  const nash = contexts.reduce((s, c) => s + c.tally.nashDistance, 0);
  const seated = new Set(contexts.flatMap((c) => c.unit.parties));
  return {
    runs,
    units,
    skipped: plan.skipped,
    fullAgreement: rate(counts.full),
    anyAgreement: rate(counts.any),
    blocked: rate(counts.blocked),
    meanRounds: agreed === 0 ? null : rounds / agreed,
    meanNashDistance: nashCount === 0 ? null : nash / nashCount,
    issues: scenario.issues.map((issue) => issueOutcome(scenario, issue, contexts, runs)),
    actors: settlement.actors.map((id, a) => {
      const utility = runs === 0 ? settlement.reservation[a]! : utilitySums[a]! / runs;
      return {
        id,
        name: scenario.actors.find((x) => x.id === id)!.name,
        utility,
        reservation: settlement.reservation[a]!,
        gain: utility - settlement.reservation[a]!,
        seated: seated.has(id),
      };
    }),
  };
}

function unitOutcome(
  ctx: UnitContext,
  rate: (n: number) => number,
  mechanism: CompareMechanism,
): UnitOutcome {
  const { unit, tally, prepared } = ctx;
  const parties = prepared.domain.parties;
  return {
    id: unit.id,
    name: unit.name,
    tracks: unit.tracks,
    step: unit.step,
    issues: unit.issues,
    parties: unit.parties,
    mediator: unit.mediator ?? null,
    mechanism: mechanismAt(unit, mechanism),
    rule: unit.rule.text,
    required: unit.rule.required,
    steps: prepared.domain.issues[0]!.values.length,
    reservation: ctx.reservation,
    zopa: ctx.zopa,
    nash:
      ctx.nashOutcome >= 0
        ? { outcome: unitValues(ctx, ctx.nashOutcome), utilities: ctx.nash! }
        : null,
    convened: rate(tally.convened),
    agreement: rate(tally.agreed),
    blocked: rate(tally.blocked),
    implemented: rate(tally.implemented),
    meanRounds: tally.agreed === 0 ? null : tally.rounds / tally.agreed,
    meanNashDistance: tally.nashCount === 0 ? null : tally.nashDistance / tally.nashCount,
    meanParetoDistance: tally.convened === 0 ? null : tally.paretoDistance / tally.convened,
    meanAgreement: meanValues(ctx, tally.agreements),
    blockers: [...tally.blockers.entries()]
      .sort(([a], [b]) => a - b)
      .map(([i, n]) => ({ actor: parties[i]!.id, rate: rate(n) })),
    agreements: [...tally.agreements.entries()]
      .sort(([a, m], [b, n]) => n - m || a - b)
      .map(([x, count]) => ({
        outcome: unitValues(ctx, x),
        utilities: ctx.seatedUtilities.map((u) => u[x]!),
        count,
      })),
  };
}

function issueOutcome(
  scenario: Scenario,
  issue: Scenario['issues'][number],
  contexts: readonly UnitContext[],
  runs: number,
): IssueOutcome {
  const statusQuo = statusQuoOf(scenario, issue.id);
  const ctx = contexts.find((c) => c.unit.issues.includes(issue.id));
  const base = { id: issue.id, name: issue.name, statusQuo };
  if (!ctx || runs === 0)
    return {
      ...base,
      unit: ctx?.unit.id ?? null,
      settled: 0,
      meanSettled: null,
      expected: statusQuo,
    };
  const k = ctx.unit.issues.indexOf(issue.id);
  const n = ctx.tally.implemented;
  const meanSettled = meanValues(ctx, ctx.tally.carriedOut)[k]!;
  const sum = (meanSettled ?? 0) * n;
  const expected =
    statusQuo === null ? (n === runs ? meanSettled : null) : (sum + statusQuo * (runs - n)) / runs;
  return { ...base, unit: ctx.unit.id, settled: n / runs, meanSettled, expected };
}

/** Mean value per issue over the outcomes counted in `counts`, or nulls when there are none. */
function meanValues(ctx: UnitContext, counts: ReadonlyMap<number, number>): (number | null)[] {
  const sums = ctx.unit.issues.map(() => 0);
  let n = 0;
  for (const [x, count] of counts) {
    unitValues(ctx, x).forEach((v, k) => (sums[k]! += v * count));
    n += count;
  }
  return sums.map((s) => (n === 0 ? null : s / n));
}
