/**
 * The negotiation part of an architecture comparison (docs/compare.md, "Negotiation"): seeded
 * repetitions of every table, in sequencing order, with implementation vetoes applied.
 *
 * Per run r: every actor draws one strategy from the mix (stream r of the seed, in scenario
 * actor order) and plays it at every table it sits at. Tables meet step by step: under
 * `sequenced`, a later step meets only if every table of the earlier steps reached an agreement
 * that was carried out; `parallel` and `linked` tracks are one step. An agreement is carried out
 * unless a veto holder blocks it (implementationVeto.ts). Session seeds depend on (seed, run,
 * table id) only, and strategy draws on (seed, run), so the same run of the same table sees the
 * same random numbers under every architecture (common random numbers): differences between
 * architectures are not differences in luck.
 */
import { quantityValue, type Scenario } from '@parley/model';
import type { StrategySpec } from '../negotiate/strategies/negotiator.ts';
import { distance, sessionMetrics } from '../negotiate/tournament/sessionMetrics.ts';
import { createRng } from '../shared/rng.ts';
import { throwIfAborted } from '../shared/throwIfAborted.ts';
import type { ArchitectureNegotiation } from './compareTypes.ts';
import { blockingParties } from './implementationVeto.ts';
import type { UnitPlan } from './negotiationUnits.ts';
import { settlementModel, settlementUtility } from './settlementValue.ts';
import { summarizeNegotiation } from './summarizeNegotiation.ts';
import { unitContext, type UnitContext } from './unitContext.ts';
import { runUnitSession, type CompareMechanism } from './unitSession.ts';

export interface SimulationOptions {
  runs: number;
  seed: number;
  rounds: number;
  strategies: readonly StrategySpec[];
  mechanism: CompareMechanism;
  signal?: AbortSignal;
  /** Called after each run. */
  onRun?: () => void;
}

export function simulateArchitecture(
  scenario: Scenario,
  plan: UnitPlan,
  options: SimulationOptions,
): ArchitectureNegotiation {
  const contexts = plan.units.map((unit) => unitContext(scenario, unit));
  const prepared = contexts.map((c) => c.prepared);
  const settlement = settlementModel(scenario, plan.units, prepared);
  const utilitySums = settlement.actors.map(() => 0);
  const runs = { full: 0, any: 0, blocked: 0 };
  for (let r = 0; r < options.runs; r++) {
    throwIfAborted(options.signal);
    const implemented = runOnce(scenario, contexts, options, r, runs);
    settlement.actors.forEach((_, a) => {
      utilitySums[a]! += settlementUtility(settlement, prepared, a, implemented);
    });
    options.onRun?.();
  }
  return summarizeNegotiation(scenario, plan, contexts, settlement, {
    utilitySums,
    counts: runs,
    runs: options.runs,
    mechanism: options.mechanism,
  });
}

/** One run of every table; returns the implemented outcome per table (−1: none). */
function runOnce(
  scenario: Scenario,
  contexts: UnitContext[],
  options: SimulationOptions,
  run: number,
  runs: { full: number; any: number; blocked: number },
): number[] {
  const strategyOf = strategyDraw(scenario, options.strategies, options.seed, run);
  const implemented = contexts.map(() => -1);
  let failedStep = Number.POSITIVE_INFINITY;
  let any = false;
  let blocked = false;
  contexts.forEach((ctx, u) => {
    if (ctx.unit.step > failedStep) return;
    const result = runUnitSession({
      scenario,
      unit: ctx.unit,
      prepared: ctx.prepared,
      mechanism: options.mechanism,
      rounds: options.rounds,
      strategyOf,
      seed: sessionSeed(options.seed, run, ctx.unit.id),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const x = result.agreement ?? -1;
    const tally = ctx.tally;
    tally.convened++;
    const point = x >= 0 ? ctx.seatedUtilities.map((s) => s[x]!) : ctx.reservation;
    const metrics = sessionMetrics(point, ctx.frontier, ctx.nash);
    tally.paretoDistance += metrics.paretoDistance;
    if (ctx.nash) {
      tally.nashDistance += distance(point, ctx.nash);
      tally.nashCount++;
    }
    if (x < 0) {
      failedStep = Math.min(failedStep, ctx.unit.step);
      return;
    }
    any = true;
    tally.agreed++;
    tally.rounds += result.rounds;
    tally.agreements.set(x, (tally.agreements.get(x) ?? 0) + 1);
    const blockers = blockingParties(ctx.prepared, ctx.vetoHolders, x);
    if (blockers.length > 0) {
      blocked = true;
      tally.blocked++;
      for (const b of blockers) tally.blockers.set(b, (tally.blockers.get(b) ?? 0) + 1);
      failedStep = Math.min(failedStep, ctx.unit.step);
      return;
    }
    tally.implemented++;
    tally.carriedOut.set(x, (tally.carriedOut.get(x) ?? 0) + 1);
    implemented[u] = x;
  });
  if (contexts.length > 0 && implemented.every((x) => x >= 0)) runs.full++;
  if (any) runs.any++;
  if (blocked) runs.blocked++;
  return implemented;
}

/** Each actor's strategy for run `run`: one draw per actor, in scenario order. */
export function strategyDraw(
  scenario: Scenario,
  strategies: readonly StrategySpec[],
  seed: number,
  run: number,
): (actor: string) => StrategySpec {
  const rng = createRng(seed, run);
  const drawn = new Map(
    scenario.actors.map((a) => [a.id, strategies[Math.floor(rng.next() * strategies.length)]!]),
  );
  return (actor) => drawn.get(actor)!;
}

/** A 32-bit session seed from (seed, run, table id). */
export function sessionSeed(seed: number, run: number, unitId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < unitId.length; i++) h = Math.imul(h ^ unitId.charCodeAt(i), 0x01000193);
  return Math.floor(createRng(seed ^ h, run).next() * 2 ** 32) | 0;
}

/** The status quo of an issue, or null. */
export const statusQuoOf = (scenario: Scenario, issueId: string): number | null => {
  const q = scenario.issues.find((i) => i.id === issueId)?.statusQuo;
  return q === undefined ? null : quantityValue(q);
};
