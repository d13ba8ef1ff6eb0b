import { describe, expect, it, vi } from 'vitest';
import { EngineHost, encodeView } from '@parley/views';
import { dilemma } from '@parley/views/testing';
import { ApiError } from '../api/api.ts';
import type { RunEngine, RunEventHandlers, RunView } from '../api/types.ts';
import type { GmcrViewData } from './protocol.ts';
import { ServerEngineClient, retryDelay, type RunApi } from './serverEngineClient.ts';

const scenario = dilemma();
const saved = { kind: 'saved', id: 'sc_1', version: 3 } as const;

function runView(id: string, patch: Partial<RunView> = {}): RunView {
  return {
    id,
    engine: 'view' as RunEngine,
    status: 'queued',
    progress: 0,
    phase: null,
    params: {},
    scenarioId: null,
    scenarioVersion: null,
    inputHash: '0123456789abcdef',
    createdAt: '2026-11-28T08:00:00Z',
    startedAt: null,
    finishedAt: null,
    error: null,
    provenance: null,
    links: { self: '', events: '', result: '' },
    ...patch,
  };
}

/** The run routes, recording what they are sent; the test plays the server's part. */
class FakeApi implements RunApi {
  started: { engine: string; input: unknown; params: unknown; extra: unknown }[] = [];
  /** Answers to POST /api/runs, in turn; afterwards every run is accepted. */
  refusals: ApiError[] = [];
  /** Resolves POST /api/runs; null answers at once. */
  gate: Promise<void> | null = null;
  cancelled: string[] = [];
  handlers: RunEventHandlers | null = null;
  streamClosed = false;
  polls: RunView[] = [];
  stored: unknown = null;
  resultsRead: string[] = [];
  /** Answers the next POST /api/runs with this run instead of a new queued one. */
  answer: RunView | null = null;

  startRun = async (
    engine: RunEngine,
    input: unknown,
    params?: Record<string, unknown>,
    extra?: Record<string, unknown>,
  ) => {
    this.started.push({ engine, input, params, extra });
    await this.gate;
    const refusal = this.refusals.shift();
    if (refusal) throw refusal;
    const answer = this.answer;
    this.answer = null;
    return answer ?? runView(`run_${this.started.length}`);
  };
  followRun = (_id: string, handlers: RunEventHandlers) => {
    this.handlers = handlers;
    return () => {
      this.streamClosed = true;
    };
  };
  getRun = async (id: string) => this.polls.shift() ?? runView(id, { status: 'running' });
  runResultText = async (id: string) => {
    this.resultsRead.push(id);
    return typeof this.stored === 'string' ? this.stored : JSON.stringify(this.stored);
  };
  cancelRun = async (id: string) => {
    this.cancelled.push(id);
    return runView(id, { status: 'cancelled' });
  };
}

function setup() {
  const api = new FakeApi();
  const sleeps: number[] = [];
  const client = new ServerEngineClient(api, {
    pollMs: 10,
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      if (signal.aborted) throw new Error('aborted');
    },
  });
  return { api, client, sleeps };
}

const busy = (hint = 'retry in 3 s') => new ApiError(503, 'queue-full', 'the server is busy', hint);

/** The view data the server's view engine computes for the dilemma, as its result JSON. */
const gmcrData = new EngineHost().handle({ kind: 'gmcr', scenario }, () => {})
  .result as GmcrViewData;
const gmcrResultJson = JSON.parse(encodeView(gmcrData)) as unknown;

const accepted = (api: FakeApi) => vi.waitFor(() => expect(api.handlers).not.toBeNull());

describe('the server engine client', () => {
  it('runs the saved version by id when the scenario analysed is exactly that version', async () => {
    const { api, client } = setup();
    void client.run<'forecast'>({ kind: 'forecast', scenario, runs: 200, seed: 7, source: saved });
    await accepted(api);
    expect(api.started).toEqual([
      {
        engine: 'view',
        input: { scenarioId: 'sc_1', version: 3 },
        params: { kind: 'forecast', runs: 200, seed: 7 },
        extra: { reuse: true },
      },
    ]);
  });

  it('sends the text when the scenario analysed is not a saved version', async () => {
    const { api, client } = setup();
    const source = { kind: 'text', text: 'parley: 1\n' } as const;
    void client.run<'gmcr'>({ kind: 'gmcr', scenario, architecture: 'dual', source });
    await accepted(api);
    expect(api.started[0]!.input).toEqual({ text: 'parley: 1\n' });
    expect(api.started[0]!.params).toEqual({ kind: 'gmcr', architecture: 'dual' });
  });

  it('decodes the result event into view data, typed arrays included', async () => {
    const { api, client } = setup();
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved });
    await accepted(api);
    expect(run.serverRun?.()).toBe('run_1');
    api.handlers!.result!(runView('run_1', { status: 'succeeded', progress: 1 }), gmcrResultJson);
    const data = await run.promise;
    expect(data.decimals).toBeInstanceOf(Uint32Array);
    expect(data).toEqual(gmcrData);
    expect(api.streamClosed).toBe(true);
  });

  it("reports 'queued' while the run waits, then the server's phases", async () => {
    const { api, client } = setup();
    const seen: [number, string][] = [];
    const run = client.run<'compare'>({ kind: 'compare', scenario, source: saved }, (f, p) =>
      seen.push([f, p]),
    );
    await accepted(api);
    api.handlers!.status!(runView('run_1'));
    api.handlers!.progress!({ progress: 0.4, phase: 'oct2018' });
    api.handlers!.result!(runView('run_1', { status: 'succeeded' }), { architectures: [] });
    await expect(run.promise).resolves.toEqual({ architectures: [] });
    expect(seen).toEqual([
      [0, 'queued'],
      [0, 'queued'],
      [0.4, 'oct2018'],
    ]);
  });

  it('tries again after Retry-After while the queue is full, showing "queued: server busy"', async () => {
    const { api, client, sleeps } = setup();
    api.refusals = [busy(), busy('retry in 5 s')];
    const phases: string[] = [];
    const run = client.run<'games'>({ kind: 'games', scenario, source: saved }, (_f, p) =>
      phases.push(p),
    );
    await accepted(api);
    expect(api.started).toHaveLength(3);
    expect(sleeps).toEqual([3000, 5000]);
    expect(phases.slice(0, 2)).toEqual([
      'queued: server busy (try 2 of 5 in 3 s)',
      'queued: server busy (try 3 of 5 in 5 s)',
    ]);
    api.handlers!.result!(runView('run_3', { status: 'succeeded' }), { options: [] });
    await expect(run.promise).resolves.toEqual({ options: [] });
  });

  it('fails with the server hint once the queue stays full after the last try', async () => {
    const { api, client } = setup();
    api.refusals = Array.from({ length: 5 }, () => busy());
    const run = client.run<'games'>({ kind: 'games', scenario, source: saved });
    await expect(run.promise).rejects.toMatchObject({ code: 'queue-full', hint: 'retry in 3 s' });
    expect(api.started).toHaveLength(5);
  });

  it('deletes the run on cancel and rejects with cancelled', async () => {
    const { api, client } = setup();
    const run = client.run<'forecast'>({ kind: 'forecast', scenario, source: saved });
    await accepted(api);
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ code: 'cancelled' });
    await vi.waitFor(() => expect(api.cancelled).toEqual(['run_1']));
    expect(api.streamClosed).toBe(true);
  });

  it('deletes a run cancelled before the server accepted it, as soon as it is accepted', async () => {
    const { api, client } = setup();
    let open = () => {};
    api.gate = new Promise<void>((resolve) => (open = () => resolve()));
    const run = client.run<'forecast'>({ kind: 'forecast', scenario, source: saved });
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(api.cancelled).toEqual([]);
    open();
    await vi.waitFor(() => expect(api.cancelled).toEqual(['run_1']));
    expect(api.handlers).toBeNull();
  });

  it('does not delete a run that has already finished', async () => {
    const { api, client } = setup();
    const run = client.run<'compare'>({ kind: 'compare', scenario, source: saved });
    await accepted(api);
    api.handlers!.result!(runView('run_1', { status: 'succeeded' }), {});
    await run.promise;
    run.cancel();
    expect(api.cancelled).toEqual([]);
  });

  it('polls the run when the event stream drops, then fetches its result', async () => {
    const { api, client, sleeps } = setup();
    api.polls = [
      runView('run_1', { status: 'running', progress: 0.5, phase: 'bdm' }),
      runView('run_1', { status: 'succeeded', progress: 1 }),
    ];
    api.stored = gmcrResultJson;
    const seen: string[] = [];
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved }, (f, p) =>
      seen.push(`${f} ${p}`),
    );
    await accepted(api);
    api.handlers!.error!(new ApiError(0, 'stream-ended', 'the stream ended before its result'));
    await expect(run.promise).resolves.toEqual(gmcrData);
    expect(api.streamClosed).toBe(true);
    expect(sleeps).toEqual([10, 10]);
    expect(seen).toEqual(['0 queued', '0.5 bdm', '1 running']);
  });

  it("rejects with the run's own error when it failed on the server", async () => {
    const { api, client } = setup();
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved });
    await accepted(api);
    const error = { code: 'gmcr/too-many-options', message: 'too many options', hint: 'fix some' };
    api.handlers!.result!(runView('run_1', { status: 'failed', error }), null);
    await expect(run.promise).rejects.toMatchObject(error);
  });

  it('reports a refused input with its first diagnostic and where it is', async () => {
    const { api, client } = setup();
    api.refusals = [
      new ApiError(400, 'invalid-scenario', 'the scenario text has errors', undefined, [
        { code: 'x', severity: 'error', path: 'actors', message: 'bad actor', line: 4, col: 3 },
      ]),
    ];
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved });
    await expect(run.promise).rejects.toMatchObject({
      code: 'invalid-scenario',
      message: 'the scenario text has errors: bad actor (line 4:3)',
    });
  });
});

describe('a run the server has already computed', () => {
  const storedRun = runView('run_old', {
    status: 'succeeded',
    progress: 1,
    createdAt: '2026-11-28T08:11:58Z',
    finishedAt: '2026-11-28T08:12:03Z',
  });

  it('asks the server to reuse a stored run, and recomputes when told not to', async () => {
    const { api, client } = setup();
    void client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved });
    void client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved, reuse: false });
    await vi.waitFor(() => expect(api.started).toHaveLength(2));
    expect(api.started.map((s) => s.extra)).toEqual([{ reuse: true }, { reuse: false }]);
    expect(api.started[1]!.params, 'reuse is not a view parameter').toEqual({ kind: 'gmcr' });
  });

  it('reads the stored result at once, without following events (answer 200)', async () => {
    const { api, client } = setup();
    api.answer = storedRun;
    api.stored = encodeView(gmcrData);
    const seen: string[] = [];
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved }, (f, p) =>
      seen.push(`${f} ${p}`),
    );
    const data = await run.promise;
    expect(data).toEqual(gmcrData);
    expect(data.decimals).toBeInstanceOf(Uint32Array);
    expect(api.handlers, 'no event stream opened').toBeNull();
    expect(api.resultsRead).toEqual(['run_old']);
    expect(run.serverRun?.()).toBe('run_old');
    expect(run.reusedFrom?.()).toBe('2026-11-28T08:12:03Z');
    expect(seen).toEqual(['1 reading the stored result']);
  });

  it('never deletes the stored run it reused, even when cancelled', async () => {
    const { api, client } = setup();
    api.answer = storedRun;
    let release = () => {};
    const reading = new Promise<void>((resolve) => (release = resolve));
    api.runResultText = async (id: string) => {
      api.resultsRead.push(id);
      await reading;
      return encodeView(gmcrData);
    };
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved });
    await vi.waitFor(() => expect(api.resultsRead).toEqual(['run_old']));
    run.cancel();
    release();
    await expect(run.promise).rejects.toMatchObject({ code: 'cancelled' });
    expect(api.cancelled).toEqual([]);
  });

  it('says nothing was reused for a run computed now', async () => {
    const { api, client } = setup();
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved });
    await accepted(api);
    api.handlers!.result!(runView('run_1', { status: 'succeeded', progress: 1 }), gmcrResultJson);
    await run.promise;
    expect(run.reusedFrom?.()).toBeNull();
  });
});

describe('the wait before trying a full server again', () => {
  it("follows Retry-After from the server's hint, within 30 s", () => {
    expect(retryDelay(busy('retry in 2 s'), 0)).toBe(2000);
    expect(retryDelay(busy('retry in 90 s'), 0)).toBe(30_000);
  });

  it('doubles from one second when the server says nothing', () => {
    expect([0, 1, 2].map((i) => retryDelay(busy(''), i))).toEqual([1000, 2000, 4000]);
  });
});

describe('a server that cannot be reached', () => {
  it('fails at once with the way out: computing in this browser', async () => {
    const { api, client } = setup();
    api.refusals = [new ApiError(0, 'unreachable', 'the server cannot be reached')];
    const run = client.run<'gmcr'>({ kind: 'gmcr', scenario, source: saved });
    await expect(run.promise).rejects.toMatchObject({
      code: 'unreachable',
      hint: 'tick “compute in this browser” to run it here',
    });
    expect(api.started).toHaveLength(1);
  });
});
