import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from './api.ts';
import type { RunStreamError } from './types.ts';

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

  it('merges extra fields such as output into the body of a new run', async () => {
    const calls: Call[] = [];
    const api = createApi({ fetch: fakeFetch(202, { id: 'run_1' }, calls) });
    await api.startRun(
      'gmcr',
      { scenarioId: 'catalog:chicken' },
      { concepts: ['nash'] },
      {
        output: 'view',
      },
    );
    expect(JSON.parse(calls[0]!.init?.body as string)).toEqual({
      engine: 'gmcr',
      scenarioId: 'catalog:chicken',
      params: { concepts: ['nash'] },
      output: 'view',
    });
  });

  it('lists runs with the filter in the query', async () => {
    const calls: Call[] = [];
    const api = createApi({ fetch: fakeFetch(200, { runs: [{ id: 'run_1' }] }, calls) });
    await expect(
      api.listRuns({ scenarioId: 'catalog:korea', status: 'failed', limit: 20 }),
    ).resolves.toEqual([{ id: 'run_1' }]);
    expect(calls[0]!.url).toBe('/api/runs?scenarioId=catalog%3Akorea&status=failed&limit=20');
    await api.listRuns();
    expect(calls[1]!.url).toBe('/api/runs');
  });

  it('answers a stored result as the text the server sent', async () => {
    const api = createApi({ fetch: fakeFetch(200, { b: 1, a: [2] }) });
    await expect(api.runResultText('run_1')).resolves.toBe('{"b":1,"a":[2]}');
  });

  it('tells onUnauthorized of a 401, with the token the call carried', async () => {
    const refusals: [string, string | undefined][] = [];
    const api = createApi({
      fetch: fakeFetch(401, {
        error: 'unauthorized',
        message: 'this server needs an access token',
      }),
      token: () => 'old-token-0123456789',
      onUnauthorized: (error, sent) => refusals.push([error.code, sent]),
    });
    await expect(api.listScenarios()).rejects.toMatchObject({ status: 401 });
    expect(refusals).toEqual([['unauthorized', 'old-token-0123456789']]);
  });

  it('checks a candidate token without raising the alarm', async () => {
    const calls: Call[] = [];
    const refusals: unknown[] = [];
    const api = createApi({
      fetch: fakeFetch(
        401,
        { error: 'unauthorized', message: 'this server needs an access token' },
        calls,
      ),
      onUnauthorized: (error) => refusals.push(error),
    });
    await expect(api.checkToken('candidate-token-0123')).rejects.toMatchObject({
      message: 'this server needs an access token',
    });
    expect((calls[0]!.init?.headers as Record<string, string>).authorization).toBe(
      'Bearer candidate-token-0123',
    );
    expect(refusals).toEqual([]);
  });
});

/** A fetch answering one event stream whose chunks the test pushes. */
function streamingFetch(calls: Call[] = []) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
  });
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
  return {
    fetch,
    push: (text: string) => {
      // Once the reader cancels the stream, nothing more can arrive.
      try {
        controller.enqueue(new TextEncoder().encode(text));
      } catch {
        /* cancelled */
      }
    },
    close: () => controller.close(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('following a run', () => {
  it('asks the server to leave the result out when told to (withResult: false)', async () => {
    const calls: Call[] = [];
    const stream = streamingFetch(calls);
    createApi({ fetch: stream.fetch }).followRun('run_1', {}, { withResult: false });
    createApi({ fetch: stream.fetch }).followRun('run_2', {});
    await settle();
    expect(calls.map((c) => c.url)).toEqual([
      '/api/runs/run_1/events?result=false',
      '/api/runs/run_2/events',
    ]);
  });

  it('sends the access token and delivers status, progress and result', async () => {
    const calls: Call[] = [];
    const stream = streamingFetch(calls);
    const api = createApi({ fetch: stream.fetch, token: () => 'secret-token-1234' });
    const seen: unknown[] = [];
    api.followRun('run 1', {
      status: (run) => seen.push(run.status),
      progress: (p) => seen.push(p.progress, p.phase),
      result: (run, result) => seen.push(run.status, result),
      error: (e) => seen.push(e.code),
    });
    // As packages/server/src/runs/sse.ts writes them, cut mid-line and mid-CRLF.
    stream.push('id: 1\nevent: status\ndata: {"status":"running"}\n\n: ping\n\nid: 2\nevent: prog');
    stream.push('ress\ndata: {"progress":0.5,"phase":"stability"}\r');
    stream.push(
      '\n\r\nid: 3\nevent: result\ndata: {"run":{"status":"succeeded"},"result":{"ok":1}}\n\n',
    );
    await settle();
    expect(calls[0]!.url).toBe('/api/runs/run%201/events');
    const headers = calls[0]!.init?.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer secret-token-1234');
    expect(headers.accept).toBe('text/event-stream');
    expect(seen).toEqual(['running', 0.5, 'stability', 'succeeded', { ok: 1 }]);
  });

  it('stops delivering once stopped, and aborts the request', async () => {
    const calls: Call[] = [];
    const stream = streamingFetch(calls);
    const seen: number[] = [];
    const stop = createApi({ fetch: stream.fetch }).followRun('run_1', {
      progress: (p) => seen.push(p.progress),
      error: () => seen.push(-1),
    });
    stream.push('event: progress\ndata: {"progress":0.25,"phase":null}\n\n');
    await settle();
    stop();
    stream.push('event: progress\ndata: {"progress":0.75,"phase":null}\n\n');
    await settle();
    expect(seen).toEqual([0.25]);
    expect(calls[0]!.init?.signal?.aborted).toBe(true);
  });

  it('stops when the caller’s AbortSignal aborts', async () => {
    const stream = streamingFetch();
    const controller = new AbortController();
    const seen: number[] = [];
    createApi({ fetch: stream.fetch }).followRun(
      'run_1',
      { progress: (p) => seen.push(p.progress) },
      { signal: controller.signal },
    );
    controller.abort();
    stream.push('event: progress\ndata: {"progress":0.5,"phase":null}\n\n');
    await settle();
    expect(seen).toEqual([]);
  });

  it('reports a refused token to the handler and to onUnauthorized', async () => {
    const errors: RunStreamError[] = [];
    let alarms = 0;
    const api = createApi({
      fetch: fakeFetch(401, {
        error: 'unauthorized',
        message: 'this server needs an access token',
      }),
      onUnauthorized: () => alarms++,
    });
    api.followRun('run_1', { error: (e) => errors.push(e) });
    await settle();
    expect(errors).toMatchObject([{ status: 401, code: 'unauthorized' }]);
    expect(alarms).toBe(1);
  });

  it('reports a stream that ends before the result, once', async () => {
    const stream = streamingFetch();
    const errors: string[] = [];
    createApi({ fetch: stream.fetch }).followRun('run_1', { error: (e) => errors.push(e.code) });
    stream.push('event: status\ndata: {"status":"running"}\n\n');
    stream.close();
    await settle();
    expect(errors).toEqual(['stream-ended']);
  });

  it('reports an unreachable server', async () => {
    const errors: string[] = [];
    createApi({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    }).followRun('run_1', { error: (e) => errors.push(e.code) });
    await settle();
    expect(errors).toEqual(['unreachable']);
  });
});
