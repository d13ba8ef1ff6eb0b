/**
 * The Parley HTTP API (packages/server, docs/api.md) as typed functions, one per route. Every
 * error answer becomes an `ApiError` carrying the server's code, message, hint and diagnostics;
 * a server that cannot be reached becomes code `unreachable`. `fetch` is injectable for tests.
 */
import type { Diagnostic } from '@parley/model';
import type {
  HealthInfo,
  ImportFormat,
  ImportReply,
  RunEngine,
  RunEventHandlers,
  RunView,
  ScenarioDetail,
  ScenarioSummary,
  ScenarioVersionInfo,
  ValidateReply,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiOptions {
  /** Origin of the server; default: the page's own (the server serves the app). */
  base?: string;
  fetch?: Fetch;
  /** Access token for servers started with one. */
  token?: () => string | undefined;
  /** Server-sent events; default the browser's EventSource. */
  eventSource?: (url: string) => EventSourceLike;
}

export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
  onerror: ((event: Event) => void) | null;
}

export type Api = ReturnType<typeof createApi>;

export function createApi(options: ApiOptions = {}) {
  const base = options.base ?? '';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = options.token?.();
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new ApiError(0, 'unreachable', `the server cannot be reached (${String(error)})`);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (!response.ok) throw errorOf(response.status, text);
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? JSON.parse(text) : text) as T;
  }

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
    startRun: (
      engine: RunEngine,
      input: { scenarioId: string; version?: number } | { text: string },
      params: Record<string, unknown> = {},
    ) => call<RunView>('POST', '/api/runs', { engine, ...input, params }),
    getRun: (runId: string) => call<RunView>('GET', `/api/runs/${id(runId)}`),
    runResult: <T = unknown>(runId: string) => call<T>('GET', `/api/runs/${id(runId)}/result`),
    cancelRun: (runId: string) => call<RunView | undefined>('DELETE', `/api/runs/${id(runId)}`),
    /** Follows a run by server-sent events; returns a function that stops listening. */
    followRun: (runId: string, handlers: RunEventHandlers): (() => void) => {
      const open =
        options.eventSource ??
        ((url: string) => new EventSource(url) as unknown as EventSourceLike);
      const source = open(`${base}/api/runs/${id(runId)}/events`);
      const parse = (e: MessageEvent<string>) => JSON.parse(e.data) as unknown;
      source.addEventListener('status', (e) => handlers.status?.(parse(e) as RunView));
      source.addEventListener('progress', (e) =>
        handlers.progress?.(parse(e) as { progress: number; phase: string | null }),
      );
      source.addEventListener('result', (e) => {
        const { run, result } = parse(e) as { run: RunView; result: unknown };
        source.close();
        handlers.result?.(run, result);
      });
      source.onerror = () => handlers.error?.();
      return () => source.close();
    },
  };
}

/** The server's error body (`{error, message, hint?, diagnostics?}`), or a plain HTTP error. */
export function errorOf(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as {
      error?: string;
      message?: string;
      hint?: string;
      diagnostics?: Diagnostic[];
    };
    if (typeof body.message === 'string') {
      return new ApiError(status, body.error ?? 'error', body.message, body.hint, body.diagnostics);
    }
  } catch {
    // Not JSON: fall through.
  }
  return new ApiError(status, `http-${status}`, `the server answered ${status}`);
}
