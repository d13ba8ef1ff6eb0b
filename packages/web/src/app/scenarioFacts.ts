/** What the app needs to know about a scenario to offer its views. */
import type { Scenario } from '@parley/model';
import type { ViewKind } from '../engine/protocol.ts';

/** Why a view does not apply to a scenario, or null when it does. */
export function viewUnavailable(scenario: Scenario | null, view: ViewKind): string | null {
  if (!scenario) return 'open a scenario that validates';
  const options = scenario.options.length > 0;
  const issues = scenario.issues.length > 0;
  switch (view) {
    case 'gmcr':
    case 'games':
      return options ? null : 'the scenario has no GMCR options';
    case 'forecast':
      return issues ? null : 'the scenario has no issues';
    case 'negotiate': {
      if (!issues) return 'the scenario has no issues';
      const parties = scenario.actors.filter((a) =>
        scenario.issues.some((i) => i.positions[a.id] !== undefined),
      );
      return parties.length >= 2 ? null : 'fewer than two actors take positions';
    }
    case 'compare':
      return (scenario.architectures?.length ?? 0) > 0
        ? null
        : 'the scenario declares no architectures';
  }
}

export interface ArchitectureChoice {
  id: string;
  name: string;
  baseline: boolean;
}

/** The scenario's architectures, baseline first (as @parley/model's listArchitectures). */
export function architecturesOf(scenario: Scenario | null): ArchitectureChoice[] {
  const declared = scenario?.architectures ?? [];
  if (declared.length === 0) return [];
  const baseline = declared.find((a) => a.baseline === true);
  const rest = declared.filter((a) => a !== baseline);
  return [
    baseline
      ? { id: baseline.id, name: baseline.name, baseline: true }
      : { id: 'baseline', name: 'As written', baseline: true },
    ...rest.map((a) => ({ id: a.id, name: a.name, baseline: false })),
  ];
}
