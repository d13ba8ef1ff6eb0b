import { describe, expect, it } from 'vitest';
import { ApiError, createApi, type EventSourceLike } from './api.ts';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(status: number, body: unknown, calls: Call[] = []) {
  return async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

describe('the API client', () => {
  it('unwraps the scenario list the server answers with', async () => {
    const api = createApi({ fetch: fakeFetch(200, { scenarios: [{ id: 'sc_1' }] }) });
    await expect(api.listScenarios()).resolves.toEqual([{ id: 'sc_1' }]);
  });

  it('sends the access token and the base version of an update', async () => {
    const calls: Call[] = [];
    const api = createApi({ fetch: fakeFetch(200, {}, calls), token: () => 'secret-token-1234' });
    await api.updateScenario('sc_1', 'text', 3, 'note');
    expect(calls[0]!.url).toBe('/api/scenarios/sc_1');
    expect(calls[0]!.init?.method).toBe('PUT');
    expect((calls[0]!.init?.headers as Record<string, string>).authorization).toBe(
      'Bearer secret-token-1234',
    );
    expect(JSON.parse(calls[0]!.init?.body as string)).toEqual({
      text: 'text',
      baseVersion: 3,
      note: 'note',
    });
  });

  it('turns an error answer into an ApiError with the diagnostics', async () => {
    const body = {
      error: 'invalid-scenario',
      message: 'the scenario has errors',
      diagnostics: [
        {
          code: 'unknown-key',
          severity: 'error',
          path: 'actors[0].x',
          line: 4,
          col: 5,
          message: 'unknown key',
        },
      ],
    };
    const api = createApi({ fetch: fakeFetch(400, body) });
    const error = await api.createScenario('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid-scenario',
      diagnostics: [{ line: 4 }],
    });
  });

  it('says the server cannot be reached rather than throwing a network error', async () => {
    const api = createApi({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(api.health()).rejects.toMatchObject({ code: 'unreachable', status: 0 });
  });

  it('escapes ids in paths', async () => {
    const calls: Call[] = [];
    await createApi({ fetch: fakeFetch(200, {}, calls) }).getScenario('catalog:korea 2018', 2);
    expect(calls[0]!.url).toBe('/api/scenarios/catalog%3Akorea%202018?version=2');
  });

  it('follows a run by server-sent events until its result', () => {
    const listeners = new Map<string, (e: MessageEvent<string>) => void>();
    let closed = false;
    const source: EventSourceLike = {
      addEventListener: (type, listener) => listeners.set(type, listener),
      close: () => {
        closed = true;
      },
      onerror: null,
    };
    const seen: unknown[] = [];
    createApi({ eventSource: () => source }).followRun('run_1', {
      progress: (p) => seen.push(p.progress),
      result: (run, result) => seen.push(run.status, result),
    });
    listeners.get('progress')!({ data: '{"progress":0.5,"phase":"x"}' } as MessageEvent<string>);
    listeners.get('result')!({
      data: '{"run":{"status":"succeeded"},"result":{"ok":1}}',
    } as MessageEvent<string>);
    expect(seen).toEqual([0.5, 'succeeded', { ok: 1 }]);
    expect(closed).toBe(true);
  });
});
