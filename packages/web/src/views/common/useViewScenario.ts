/** The scenario a view runs on: the last text that validated, with the route's architecture. */
import type { Scenario } from '@parley/model';
import type { ViewKind } from '../../engine/protocol.ts';
import { viewUnavailable } from '../../app/scenarioFacts.ts';
import { useWorkbench } from '../../app/workbench.ts';

export interface ViewScenario {
  scenario: Scenario | null;
  /** Changes whenever the scenario or the architecture does. */
  key: string;
  scenarioKey: string;
  architecture: string | undefined;
  /** Why the view cannot run, or null. */
  unavailable: string | null;
  /** The text on screen has errors: the view shows the last version that validated. */
  stale: boolean;
  loading: boolean;
}

export function useViewScenario(view: ViewKind): ViewScenario {
  const { workspace, route } = useWorkbench();
  const architecture = route.name === 'scenario' ? route.architecture : undefined;
  const scenario = workspace.scenario;
  return {
    scenario,
    scenarioKey: workspace.scenarioKey,
    key: `${workspace.scenarioKey}|${architecture ?? ''}`,
    architecture,
    unavailable: scenario ? viewUnavailable(scenario, view) : null,
    stale: !workspace.valid && !workspace.validating && scenario !== null,
    loading: scenario === null && (workspace.loading || workspace.validating || !workspace.open),
  };
}
