/**
 * The engine runner views use instead of the worker's client: with the Parley server as the
 * library backend (and unless the user chose to compute in this browser), the analysis views
 * run on the server (routingEngineClient.ts); otherwise everything runs in the engine worker.
 * The runner is stable while backend and choice stay the same, so runs restart only when one
 * changes; the scenario's input is read when a run starts.
 */
import { useMemo } from 'react';
import { api } from '../app/useBackend.ts';
import { useWorkbench } from '../app/workbench.ts';
import { useComputeLocally } from './computePreference.ts';
import type { EngineRunner } from './engineClient.ts';
import { RoutingEngineClient } from './routingEngineClient.ts';
import { scenarioSource } from './scenarioSource.ts';
import { ServerEngineClient } from './serverEngineClient.ts';
import { useLatest } from './useEngineRun.ts';
import { engines } from './workers.ts';

let server: ServerEngineClient | null = null;
const serverClient = () => (server ??= new ServerEngineClient(api));

export interface EngineChoice {
  local: EngineRunner;
  server: () => Pick<ServerEngineClient, 'run'>;
}

const DEFAULT_CHOICE: EngineChoice = { local: engines, server: serverClient };

/** `choice` replaces the worker and the server client (tests). */
export function useEngines(choice: EngineChoice = DEFAULT_CHOICE): EngineRunner {
  const { backend, workspace } = useWorkbench();
  const [computeLocally] = useComputeLocally();
  const latest = useLatest(workspace);
  const onServer = backend?.kind === 'server' && !computeLocally;
  return useMemo(
    () =>
      onServer
        ? new RoutingEngineClient(choice.local, choice.server(), () =>
            scenarioSource(latest.current),
          )
        : choice.local,
    [onServer, latest, choice],
  );
}
