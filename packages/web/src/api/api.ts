/**
 * The Parley HTTP API (packages/server, docs/api.md) as typed functions, one per route. Every
 * error answer becomes an `ApiError` carrying the server's code, message, hint and diagnostics;
 * a server that cannot be reached becomes code `unreachable`. `fetch` is injectable for tests.
 *
 * A server started with an access token answers 401 `unauthorized` to any call without the
 * right one: `onUnauthorized` hears of it (the app then asks for the token).
 */
import { ApiError, errorOf } from './apiError.ts';
import { followRunEvents } from './followRun.ts';
import type {
  HealthInfo,
  ImportFormat,
  ImportReply,
  RunEngine,
  RunEventHandlers,
  RunFilter,
  RunView,
  ScenarioDetail,
  ScenarioSummary,
  ScenarioVersionInfo,
  ValidateReply,
} from './types.ts';

export { ApiError, errorOf } from './apiError.ts';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiOptions {
  /** Origin of the server; default: the page's own (the server serves the app). */
  base?: string;
  fetch?: Fetch;
  /** Access token for servers started with one. */
  token?: () => string | undefined;
  /**
   * Called when the server refuses a call for want of the right token (401), with the token
   * that call carried — a refusal of an older token can then be told from one of the current.
   */
  onUnauthorized?: (error: ApiError, tokenSent: string | undefined) => void;
}

/** What a call may override. */
interface CallOptions {
  /** Send this token instead of the current one, and keep a refusal to the caller. */
  token?: string;
  /** Answer the body as text, unparsed. */
  raw?: boolean;
}

export type Api = ReturnType<typeof createApi>;

export function createApi(options: ApiOptions = {}) {
  const base = options.base ?? '';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));

  const headersFor = (token: string | undefined, accept: string, json: boolean) => {
    const headers: Record<string, string> = { accept };
    if (json) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    return headers;
  };

  /** Turns an error answer into an ApiError, telling `onUnauthorized` of a refused token. */
  const refused = (response: Response, text: string, sent: string | undefined, own: boolean) => {
    const error = errorOf(response.status, text, response.headers.get('retry-after'));
    if (response.status === 401 && !own) options.onUnauthorized?.(error, sent);
    return error;
  };

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    how: CallOptions = {},
  ): Promise<T> {
    const token = how.token ?? options.token?.();
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: headersFor(token, 'application/json', body !== undefined),
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new ApiError(0, 'unreachable', `the server cannot be reached (${String(error)})`);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (!response.ok) throw refused(response, text, token, how.token !== undefined);
    if (how.raw) return text as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? JSON.parse(text) : text) as T;
  }

  /** Opens a text/event-stream with the same headers as every call. */
  const openStream = (path: string) => async (signal: AbortSignal) => {
    const token = options.token?.();
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: 'GET',
        headers: headersFor(token, 'text/event-stream', false),
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      throw new ApiError(0, 'unreachable', `the server cannot be reached (${String(error)})`);
    }
    if (!response.ok) throw refused(response, await response.text(), token, false);
    if (!response.body) throw new ApiError(0, 'no-stream', 'the server sent no event stream');
    return response.body;
  };

  const id = (s: string) => encodeURIComponent(s);

  return {
    health: () => call<HealthInfo>('GET', '/api/health'),
    catalog: async () =>
      (await call<{ scenarios: ScenarioSummary[] }>('GET', '/api/catalog')).scenarios,
    listScenarios: async () =>
      (await call<{ scenarios: ScenarioSummary[] }>('GET', '/api/scenarios')).scenarios,
    getScenario: (scenarioId: string, version?: number) =>
      call<ScenarioDetail>(
        'GET',
        `/api/scenarios/${id(scenarioId)}${version === undefined ? '' : `?version=${version}`}`,
      ),
    createScenario: (text: string, note?: string) =>
      call<ScenarioDetail>('POST', '/api/scenarios', { text, ...(note ? { note } : {}) }),
    /** Saves a new version; 409 `version-conflict` when someone saved after `baseVersion`. */
    updateScenario: (scenarioId: string, text: string, baseVersion?: number, note?: string) =>
      call<ScenarioDetail>('PUT', `/api/scenarios/${id(scenarioId)}`, {
        text,
        ...(baseVersion !== undefined ? { baseVersion } : {}),
        ...(note ? { note } : {}),
      }),
    deleteScenario: (scenarioId: string) =>
      call<void>('DELETE', `/api/scenarios/${id(scenarioId)}`),
    copyScenario: (scenarioId: string, note?: string) =>
      call<ScenarioDetail>('POST', `/api/scenarios/${id(scenarioId)}/copy`, note ? { note } : {}),
    versions: async (scenarioId: string) =>
      (
        await call<{ versions: ScenarioVersionInfo[] }>(
          'GET',
          `/api/scenarios/${id(scenarioId)}/versions`,
        )
      ).versions,
    /** The scenario as a file: `yaml`, `json` or `gmcr`. */
    exportScenario: (scenarioId: string, format: string) =>
      call<string>('GET', `/api/scenarios/${id(scenarioId)}/export?format=${id(format)}`),
    validate: (text: string, file?: string) =>
      call<ValidateReply>('POST', '/api/validate', { text, ...(file ? { file } : {}) }),
    importFile: (format: ImportFormat, text: string, file?: string) =>
      call<ImportReply>('POST', '/api/import', { format, text, ...(file ? { file } : {}) }),
    /**
     * Starts a run (202). `extra` is merged into the request body — e.g. `{ output: 'view' }`
     * for servers that accept it.
     */
    startRun: (
      engine: RunEngine,
      input: { scenarioId: string; version?: number } | { text: string },
      params: Record<string, unknown> = {},
      extra?: { output?: 'json' | 'view' } & Record<string, unknown>,
    ) => call<RunView>('POST', '/api/runs', { engine, ...input, params, ...extra }),
    /** Stored runs, newest first. */
    listRuns: async (filter: RunFilter = {}) => {
      const query = new URLSearchParams();
      if (filter.scenarioId) query.set('scenarioId', filter.scenarioId);
      if (filter.status) query.set('status', filter.status);
      if (filter.limit !== undefined) query.set('limit', String(filter.limit));
      const q = query.toString();
      return (await call<{ runs: RunView[] }>('GET', `/api/runs${q ? `?${q}` : ''}`)).runs;
    },
    getRun: (runId: string) => call<RunView>('GET', `/api/runs/${id(runId)}`),
    runResult: <T = unknown>(runId: string) => call<T>('GET', `/api/runs/${id(runId)}/result`),
    /** The result exactly as stored (JSON text), e.g. to download it. */
    runResultText: (runId: string) =>
      call<string>('GET', `/api/runs/${id(runId)}/result`, undefined, { raw: true }),
    /** Cancels an active run (answers the cancelled run) or deletes a finished one (nothing). */
    cancelRun: (runId: string) => call<RunView | undefined>('DELETE', `/api/runs/${id(runId)}`),
    /** Deletes a finished run and its result (same route as cancelRun). */
    deleteRun: async (runId: string): Promise<void> => {
      await call<RunView | undefined>('DELETE', `/api/runs/${id(runId)}`);
    },
    /**
     * Follows a run by its server-sent events, sent with the access token; returns a function
     * that stops listening (so does aborting `signal`).
     */
    /**
     * Follows a run's events; `withResult: false` asks the server to leave the (possibly large)
     * result out of the last event, for watchers of status only.
     */
    followRun: (
      runId: string,
      handlers: RunEventHandlers,
      how: { signal?: AbortSignal; withResult?: boolean } = {},
    ): (() => void) =>
      followRunEvents(
        openStream(
          `/api/runs/${id(runId)}/events${how.withResult === false ? '?result=false' : ''}`,
        ),
        handlers,
        how.signal,
      ),
    /**
     * Checks a token before using it: resolves when the server accepts it, else rejects with
     * the server's refusal (without calling `onUnauthorized`).
     */
    checkToken: async (token: string): Promise<void> => {
      await call<unknown>('GET', '/api/runs?limit=1', undefined, { token });
    },
  };
}
