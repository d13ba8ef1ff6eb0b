/**
 * Sends each request where it should compute: with a Parley server, the analysis views (GMCR,
 * forecast, games, negotiation, comparison) run on the server, where they are stored with
 * provenance and listed on the Runs page; explanations, reports and validation stay in the
 * engine worker (they follow the view on screen and need no record). A view whose scenario
 * cannot be named to the server (scenarioSource.ts returns null) computes locally too.
 */
import type { EngineRunner, ProgressListener, Run } from './engineClient.ts';
import type { EngineCalls, EngineKind, ResultOf, ViewKind } from './protocol.ts';
import type { ScenarioSource } from './scenarioSource.ts';
import type { ServerEngineClient } from './serverEngineClient.ts';

export type Place = 'server' | 'browser';

const SERVER_KINDS: ReadonlySet<EngineKind> = new Set<ViewKind>([
  'gmcr',
  'forecast',
  'games',
  'negotiate',
  'compare',
]);

/** Whether requests of this kind can run on the server. */
export const runsOnServer = (kind: EngineKind): kind is ViewKind => SERVER_KINDS.has(kind);

export class RoutingEngineClient implements EngineRunner {
  constructor(
    private readonly local: EngineRunner,
    private readonly server: Pick<ServerEngineClient, 'run'>,
    /** The input of a server run, read when a request starts. */
    private readonly source: () => ScenarioSource | null,
  ) {}

  /** Where a request of this kind would run now. */
  placeOf(kind: EngineKind): Place {
    return runsOnServer(kind) && this.source() !== null ? 'server' : 'browser';
  }

  run<K extends EngineKind>(
    request: EngineCalls[K]['request'],
    onProgress?: ProgressListener,
  ): Run<ResultOf<K>> {
    const source = runsOnServer(request.kind) ? this.source() : null;
    if (source === null) return this.local.run<K>(request, onProgress);
    const viewRequest = request as EngineCalls[ViewKind]['request'];
    return this.server.run({ ...viewRequest, source }, onProgress) as Run<ResultOf<K>>;
  }
}
