/**
 * Scenario issues → a negotiation domain. Each issue's scale [min, max] is discretised into
 * `steps` equally spaced values (ends included). An actor with positions is a party whose
 * utility is the salience-weighted closeness to its ideal point (a linear spatial utility, as
 * in Bueno de Mesquita's and Stokman's models with a linear loss):
 *
 *     e_ak(x) = 1 − |x − p_ak| / (max_k − min_k)        w_ak = s_ak / Σ_j s_aj
 *     u_a(x)  = Σ_k w_ak · e_ak(x_k)   ∈ [0, 1]
 *
 * over the issues the actor takes a position on (w = 0 elsewhere). Actors without any position
 * are not parties (a warning says so). Reservation values: `reservations` gives them directly
 * (utilities in [0, 1]); `outsideOptions` gives each actor's BATNA as a point on the issues and
 * the reservation value is that point's utility; `statusQuo` is a common outside option.
 * Absent all three, the scenario's own `issues[].statusQuo`, `actors[].outsideOption` and
 * `actors[].reservation` are used (scenarioOutsideOptions.ts); absent those too, 0.
 */
import { quantityValue, type Scenario } from '@parley/model';
import { EngineError } from '../shared/engineError.ts';
import { scenarioOutsideOptions } from './scenarioOutsideOptions.ts';
import type { NegotiationDomain, NegotiationParty } from './types.ts';

export interface ScenarioDomainOptions {
  /** Values per issue (default 5: the Korean scenario's 7 issues give 78,125 outcomes). */
  steps?: number;
  /** Issue ids to include (default: all issues). */
  issues?: string[];
  /** Actor ids to include (default: every actor with at least one position). */
  actors?: string[];
  /** Actor id → reservation value in [0, 1]. */
  reservations?: Record<string, number>;
  /** Actor id → (issue id → scale value): the actor's outside option as a point. */
  outsideOptions?: Record<string, Record<string, number>>;
  /** Issue id → scale value: a common outside option (the status quo) for every actor. */
  statusQuo?: Record<string, number>;
}

export const DEFAULT_SCENARIO_STEPS = 5;

/** Builds the domain. Throws EngineError for options that name unknown actors or issues. */
export function negotiationDomainFromScenario(
  scenario: Scenario,
  options: ScenarioDomainOptions = {},
): NegotiationDomain {
  const steps = options.steps ?? DEFAULT_SCENARIO_STEPS;
  if (!options.reservations && !options.outsideOptions && !options.statusQuo) {
    const { outsideOptions, reservations } = scenarioOutsideOptions(scenario);
    options = { ...options, outsideOptions, reservations };
  }
  if (!Number.isInteger(steps) || steps < 2)
    throw new EngineError('negotiate/bad-steps', 'steps must be an integer ≥ 2');
  const issues = pick(scenario.issues, options.issues, 'issue');
  const warnings: string[] = [];
  const grid = issues.map((issue) => {
    const { min, max } = issue.scale;
    return Array.from({ length: steps }, (_, j) =>
      j === steps - 1 ? max : min + ((max - min) * j) / (steps - 1),
    );
  });
  const candidates = options.actors
    ? pick(scenario.actors, options.actors, 'actor')
    : scenario.actors;
  const parties: NegotiationParty[] = [];
  for (const actor of candidates) {
    const saliences = issues.map((issue) => {
      const p = issue.positions[actor.id];
      return p ? quantityValue(p.salience) : 0;
    });
    const total = saliences.reduce((a, b) => a + b, 0);
    if (!issues.some((issue) => issue.positions[actor.id]) || total <= 0) {
      warnings.push(
        `${actor.id} takes no position (or only zero salience) on these issues and is not a party`,
      );
      continue;
    }
    const evaluations = issues.map((issue, k) => {
      const p = issue.positions[actor.id];
      if (!p) return grid[k]!.map(() => 0);
      return grid[k]!.map((x) =>
        closeness(x, quantityValue(p.position), issue.scale.min, issue.scale.max),
      );
    });
    const party: NegotiationParty = {
      id: actor.id,
      name: actor.name,
      weights: saliences.map((s) => s / total),
      evaluations,
      reservation: 0,
      discount: 1,
    };
    party.reservation = reservationOf(party, actor.id, issues, options, warnings);
    parties.push(party);
  }
  return {
    name: scenario.id,
    issues: issues.map((issue, k) => ({
      id: issue.id,
      name: issue.name,
      kind: 'continuous',
      values: grid[k]!,
    })),
    parties,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** 1 − |x − p| / (max − min), the linear closeness of x to the ideal point p. */
function closeness(x: number, p: number, min: number, max: number): number {
  return max === min ? 1 : 1 - Math.abs(x - p) / (max - min);
}

function reservationOf(
  party: NegotiationParty,
  actor: string,
  issues: Scenario['issues'],
  options: ScenarioDomainOptions,
  warnings: string[],
): number {
  const direct = options.reservations?.[actor];
  if (direct !== undefined) return direct;
  const point = options.outsideOptions?.[actor] ?? options.statusQuo;
  if (!point) return 0;
  let u = 0;
  issues.forEach((issue, k) => {
    const x = point[issue.id];
    if (x === undefined) {
      warnings.push(
        `the outside option of ${actor} gives no value for ${issue.id}; it counts as worth 0 there`,
      );
      return;
    }
    const p = issue.positions[actor];
    if (p)
      u +=
        party.weights[k]! *
        closeness(x, quantityValue(p.position), issue.scale.min, issue.scale.max);
  });
  return u;
}

function pick<T extends { id: string }>(
  all: readonly T[],
  ids: readonly string[] | undefined,
  what: string,
): T[] {
  if (!ids) return [...all];
  return ids.map((id) => {
    const found = all.find((x) => x.id === id);
    if (!found) throw new EngineError('negotiate/unknown-id', `no ${what} ${id} in the scenario`);
    return found;
  });
}
