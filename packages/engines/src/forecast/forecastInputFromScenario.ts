/**
 * Builds a forecast input from a validated scenario: one dimension per issue (or the one issue
 * asked for), every actor that takes a position, its capability (1 when the scenario gives
 * none), and the uncertainty ranges written as `Quantity.range`. Issue linkages come from the
 * scenario's `linkages` key (proposed for format v1, see docs/forecast.md) when present.
 */
import { quantityValue, type Quantity, type Scenario } from '@parley/model';
import { EngineError } from '../shared/engineError.ts';
import type { ForecastActor, ForecastInput, ForecastLinkage, Interval } from './types.ts';

/** The proposed scenario key: issues negotiated as one package. */
interface ScenarioLinkage {
  id: string;
  issues: string[];
  kind?: 'package';
  note?: string;
}

const rangeOf = (q: Quantity | undefined): Interval | null =>
  q !== undefined && typeof q !== 'number' && q.range ? [q.range[0], q.range[1]] : null;

/**
 * The forecast input for `issueId`, or for all issues when it is omitted.
 * Throws `forecast/unknown-issue` for an id the scenario does not declare.
 */
export function forecastInputFromScenario(scenario: Scenario, issueId?: string): ForecastInput {
  const issues =
    issueId === undefined ? scenario.issues : scenario.issues.filter((i) => i.id === issueId);
  if (issueId !== undefined && issues.length === 0) {
    throw new EngineError(
      'forecast/unknown-issue',
      `scenario ${scenario.id} has no issue ${issueId}`,
    );
  }
  const warnings: string[] = [];
  const actors: ForecastActor[] = [];
  for (const actor of scenario.actors) {
    const entries = issues.map((issue) => issue.positions[actor.id]);
    if (entries.every((e) => e === undefined)) continue;
    if (actor.capability === undefined) warnings.push(`${actor.name} has no capability: 1 assumed`);
    const capabilityRange = rangeOf(actor.capability);
    const positionRanges = entries.map((e) => rangeOf(e?.position));
    const salienceRanges = entries.map((e) => rangeOf(e?.salience));
    const hasRanges =
      capabilityRange !== null || [...positionRanges, ...salienceRanges].some((r) => r !== null);
    actors.push({
      id: actor.id,
      name: actor.name,
      capability: actor.capability === undefined ? 1 : quantityValue(actor.capability),
      position: entries.map((e) => (e ? quantityValue(e.position) : null)),
      salience: entries.map((e) => (e ? quantityValue(e.salience) : null)),
      ...(hasRanges
        ? {
            ranges: {
              ...(capabilityRange ? { capability: capabilityRange } : {}),
              position: positionRanges,
              salience: salienceRanges,
            },
          }
        : {}),
    });
  }
  const selected = new Set(issues.map((i) => i.id));
  const declared = (scenario as Scenario & { linkages?: ScenarioLinkage[] }).linkages ?? [];
  const linkages: ForecastLinkage[] = declared
    .map((l) => ({ ...l, issues: l.issues.filter((id) => selected.has(id)) }))
    .filter((l) => l.issues.length >= 2);
  return {
    dimensions: issues.map((issue) => ({
      id: issue.id,
      name: issue.name,
      min: issue.scale.min ?? 0,
      max: issue.scale.max ?? 100,
    })),
    actors,
    ...(linkages.length > 0 ? { linkages } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
