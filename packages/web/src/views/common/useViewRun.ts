/**
 * Runs a view's analysis on the scenario the view shows: builds the request (scenario, the
 * route's architecture, the view's parameters), sends it where it should compute
 * (useEngines: the server when there is one, else the engine worker) and follows it. A change
 * of scenario, architecture or parameters starts a new run.
 */
import type { EngineCalls, ResultOf, ViewKind } from '../../engine/protocol.ts';
import { useEngineRun, type RunState } from '../../engine/useEngineRun.ts';
import { useEngines } from '../../engine/useEngines.ts';
import type { ViewScenario } from './useViewScenario.ts';

/** What a view adds to its request besides the scenario and the architecture. */
export type ViewParams<K extends ViewKind> = Omit<
  EngineCalls[K]['request'],
  'kind' | 'scenario' | 'architecture'
>;

export function useViewRun<K extends ViewKind>(
  view: ViewScenario,
  kind: K,
  params: ViewParams<K>,
  /** False for views that cover every architecture (the comparison). */
  { perArchitecture = true }: { perArchitecture?: boolean } = {},
): RunState<ResultOf<K>> {
  const { scenario, architecture } = view;
  const request =
    scenario && !view.unavailable
      ? ({
          kind,
          scenario,
          ...params,
          ...(perArchitecture && architecture ? { architecture } : {}),
        } as EngineCalls[K]['request'])
      : null;
  const key = `${perArchitecture ? view.key : view.scenarioKey}|${JSON.stringify(params)}`;
  return useEngineRun<K>(useEngines(), request, key);
}
