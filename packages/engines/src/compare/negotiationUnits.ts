/**
 * The negotiating tables of a scenario as the simulation runs them ("units"): each track with
 * issues is one table; the tracks of a linked package are negotiated together as one table over
 * the union of their issues and parties, so that parties can trade across the package — and the
 * package's rule asks for the consent every one of its tables would ask for (tableRule.ts).
 *
 * A unit's domain (negotiationDomainFromScenario) holds every actor with a position on its
 * issues, seated or not: outsiders are valued too, for implementation vetoes and for each
 * actor's gain from the settlement. Seated are the tracks' parties that take a position there.
 *
 * Grid: each scale gets `steps` values; by default the finest of 11 (0, 10, …, 100) that keeps
 * the table's outcome space within 20,000 outcomes — 11 values for up to four issues.
 */
import { sequencingSteps, trackPackages, tracksOf, type Scenario, type Track } from '@parley/model';
import { negotiationDomainFromScenario } from '../negotiate/negotiationDomainFromScenario.ts';
import type { NegotiationDomain } from '../negotiate/types.ts';
import { unitRule, type UnitRule } from './tableRule.ts';

export const DEFAULT_MAX_STEPS = 11;
export const DEFAULT_MAX_OUTCOMES = 20_000;

export interface UnitOptions {
  /** Values per issue scale; default: adaptive (see above). */
  steps?: number;
}

export interface NegotiationUnit {
  /** The track id, or the package's track ids joined by `+`. */
  id: string;
  name: string;
  tracks: string[];
  /** Index of the sequencing step the unit belongs to (0 for parallel and linked tracks). */
  step: number;
  issues: string[];
  /** Seated parties, in the order the tracks list them. */
  parties: string[];
  mediator?: string;
  rule: UnitRule;
  domain: NegotiationDomain;
}

export interface UnitPlan {
  units: NegotiationUnit[];
  /** Tracks not simulated, and why. */
  skipped: { track: string; reason: string }[];
  warnings: string[];
}

/** The default number of values per scale for a table with `issues` issues. */
export function adaptiveSteps(issues: number): number {
  let steps = DEFAULT_MAX_STEPS;
  while (steps > 2 && steps ** issues > DEFAULT_MAX_OUTCOMES) steps--;
  return steps;
}

export function negotiationUnits(scenario: Scenario, options: UnitOptions = {}): UnitPlan {
  const tracks = new Map(tracksOf(scenario).map((t) => [t.id, t]));
  const steps = sequencingSteps(scenario);
  const stepOf = (id: string): number =>
    Math.max(
      0,
      steps.findIndex((s) => s.includes(id)),
    );
  const plan: UnitPlan = { units: [], skipped: [], warnings: [] };
  for (const ids of trackPackages(scenario)) {
    const group = ids.map((id) => tracks.get(id)!).filter(Boolean);
    const unit = buildUnit(scenario, group, stepOf(ids[0]!), options, plan);
    if (unit) plan.units.push(unit);
  }
  plan.units.sort((a, b) => a.step - b.step);
  return plan;
}

function buildUnit(
  scenario: Scenario,
  group: Track[],
  step: number,
  options: UnitOptions,
  plan: UnitPlan,
): NegotiationUnit | undefined {
  const id = group.map((t) => t.id).join('+');
  const issues = group.flatMap((t) => t.issues);
  if (issues.length === 0) {
    group.forEach((t) => plan.skipped.push({ track: t.id, reason: 'negotiates no issue' }));
    return undefined;
  }
  const positioned = scenario.actors
    .map((a) => a.id)
    .filter((a) => scenario.issues.some((i) => issues.includes(i.id) && i.positions[a]));
  const listed = [...new Set(group.flatMap((t) => t.parties))];
  const parties = listed.filter((p) => positioned.includes(p));
  for (const p of listed.filter((q) => !positioned.includes(q)))
    plan.warnings.push(`${p} sits at ${id} but takes no position on its issues: not simulated`);
  if (parties.length < 2) {
    const reason = `fewer than two parties take positions on its issues`;
    group.forEach((t) => plan.skipped.push({ track: t.id, reason }));
    return undefined;
  }
  const rule = unitRule(group, parties);
  plan.warnings.push(...rule.warnings);
  const domain = negotiationDomainFromScenario(scenario, {
    steps: options.steps ?? adaptiveSteps(issues.length),
    issues,
    actors: positioned,
  });
  plan.warnings.push(...(domain.warnings ?? []).map((w) => `${id}: ${w}`));
  const mediator = group.find((t) => t.mediator !== undefined)?.mediator;
  return {
    id,
    name: group.map((t) => t.name).join(' + '),
    tracks: group.map((t) => t.id),
    step,
    issues,
    parties,
    ...(mediator !== undefined ? { mediator } : {}),
    rule,
    domain,
  };
}
