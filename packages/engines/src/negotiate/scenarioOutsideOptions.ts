/**
 * What "no agreement" means for each actor, as the scenario writes it (format v1 additions):
 * `issues[].statusQuo` is where an issue stays without an agreement, `actors[].outsideOption`
 * an actor's own BATNA point per issue (issues it leaves out fall back to the status quo), and
 * `actors[].reservation` a reservation utility given directly. These are the inputs of
 * `negotiationDomainFromScenario` (`outsideOptions`, `reservations`).
 */
import { quantityValue, type Scenario } from '@parley/model';

export interface ScenarioOutsideOptions {
  /** Actor id → (issue id → scale value): the status quo overlaid with the actor's own BATNA. */
  outsideOptions: Record<string, Record<string, number>>;
  /** Actor id → reservation utility in [0, 1], for actors that give one directly. */
  reservations: Record<string, number>;
  /** Issue id → status quo, for the issues that have one. */
  statusQuo: Record<string, number>;
}

export function scenarioOutsideOptions(scenario: Scenario): ScenarioOutsideOptions {
  const statusQuo: Record<string, number> = {};
  for (const issue of scenario.issues)
    if (issue.statusQuo !== undefined) statusQuo[issue.id] = quantityValue(issue.statusQuo);
  const outsideOptions: Record<string, Record<string, number>> = {};
  const reservations: Record<string, number> = {};
  for (const actor of scenario.actors) {
    const own = Object.entries(actor.outsideOption ?? {}).map(
      ([issue, q]) => [issue, quantityValue(q)] as const,
    );
    if (own.length > 0 || Object.keys(statusQuo).length > 0)
      outsideOptions[actor.id] = { ...statusQuo, ...Object.fromEntries(own) };
    if (actor.reservation !== undefined) reservations[actor.id] = quantityValue(actor.reservation);
  }
  return { outsideOptions, reservations, statusQuo };
}

/** True when the scenario says anything about "no agreement". */
export const hasOutsideOptions = (o: ScenarioOutsideOptions): boolean =>
  Object.keys(o.outsideOptions).length > 0 || Object.keys(o.reservations).length > 0;
