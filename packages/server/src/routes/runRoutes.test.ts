import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_YAML, PD_YAML } from '../testing/fixtures.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';
import { misbehaving, TEST_WORKER_URL } from '../testing/testWorkerUrl.ts';
import { waitForRun } from '../testing/waitForRun.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ workers: 2, maxQueue: 1, workerUrl: TEST_WORKER_URL });
});
afterAll(() => server.dispose());

const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  server.app.inject({ method, url, ...(payload ? { payload } : {}) });

async function start(payload: object) {
  const res = await inject('POST', '/api/runs', payload);
  expect(res.statusCode, res.body).toBe(202);
  return res.json() as { id: string; links: { self: string; result: string } };
}

describe('/api/runs', () => {
  it('runs GMCR on a catalog scenario and stores the result with its provenance', async () => {
    const res = await inject('POST', '/api/runs', {
      engine: 'gmcr',
      scenarioId: 'catalog:prisoners-dilemma',
    });
    expect(res.statusCode).toBe(202);
    const run = res.json();
    expect(res.headers.location).toBe(run.links.self);
    expect(['queued', 'running']).toContain(run.status);
    const done = await waitForRun(server.app, run.id);
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: 1,
      scenarioId: 'catalog:prisoners-dilemma',
      scenarioVersion: 1,
    });
    expect(done.provenance).toMatchObject({
      engine: 'gmcr',
      method: 'nash,gmr,smr,seq,sim',
      inputHash: run.inputHash,
      scenario: { id: 'catalog:prisoners-dilemma', version: 1 },
      parley: '0.1.0',
    });
    const result = await inject('GET', run.links.result);
    expect(result.headers['content-type']).toContain('application/json');
    expect(result.json().equilibria.nash).toEqual([4]);
  });

  it('runs every engine on scenario text', async () => {
    const runs = [];
    for (const engine of ['forecast', 'negotiate', 'compare', 'games'] as const) {
      const run = await start({
        engine,
        text: HARBOUR_YAML,
        ...(engine === 'compare' ? { params: { runs: 5 } } : {}),
      });
      expect((await waitForRun(server.app, run.id)).status).toBe('succeeded');
      runs.push(run);
    }
    const listed = (await inject('GET', '/api/runs?limit=500'))
      .json()
      .runs.map((r: { id: string }) => r.id);
    for (const run of runs) expect(listed).toContain(run.id);
  });

  it('refuses invalid input before queueing: 400 with diagnostics', async () => {
    const text = await inject('POST', '/api/runs', { engine: 'gmcr', text: 'parley: 1\nid: x\n' });
    expect(text.statusCode).toBe(400);
    expect(text.json().error).toBe('invalid-scenario');
    const both = await inject('POST', '/api/runs', {
      engine: 'gmcr',
      text: PD_YAML,
      scenarioId: 'catalog:harbour',
    });
    expect(both.json().diagnostics[0].message).toContain('exactly one input');
    const engine = await inject('POST', '/api/runs', { engine: 'chess', text: PD_YAML });
    expect(engine.statusCode).toBe(400);
    const param = await inject('POST', '/api/runs', {
      engine: 'forecast',
      text: HARBOUR_YAML,
      params: { runz: 5 },
    });
    expect(param.json().diagnostics[0].path).toBe('body.params');
    const runs = await inject('POST', '/api/runs', {
      engine: 'forecast',
      text: HARBOUR_YAML,
      params: { runs: -1 },
    });
    expect(runs.json().diagnostics[0].path).toBe('body.params.runs');
  });

  it('checks parameters against the scenario, with did-you-mean hints', async () => {
    const res = await inject('POST', '/api/runs', {
      engine: 'gmcr',
      scenarioId: 'catalog:harbour',
      params: { architecture: 'caped' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid-params' });
    expect(res.json().diagnostics[0]).toMatchObject({
      path: 'params.architecture',
      hint: 'did you mean `capped`?',
    });
    const noIssues = await inject('POST', '/api/runs', {
      engine: 'forecast',
      scenarioId: 'catalog:prisoners-dilemma',
    });
    expect(noIssues.json().diagnostics[0].code).toBe('no-issues');
    const strategies = await inject('POST', '/api/runs', {
      engine: 'negotiate',
      scenarioId: 'catalog:harbour',
      params: { session: { mechanism: 'mcp', strategies: ['boulware'] } },
    });
    expect(strategies.json().diagnostics[0]).toMatchObject({
      code: 'strategies-need-sao',
      path: 'params.session.strategies',
    });
    const unknown = await inject('POST', '/api/runs', { engine: 'gmcr', scenarioId: 'sc_missing' });
    expect(unknown.statusCode).toBe(404);
  });

  it('records a problem found while running as a failed run with a stable code', async () => {
    const run = await start({ engine: 'gmcr', text: PD_YAML, params: { statusQuo: 9 } });
    const done = await waitForRun(server.app, run.id);
    expect(done).toMatchObject({ status: 'failed', error: { code: 'unknown-state' } });
    const result = await inject('GET', run.links.result);
    expect(result.statusCode).toBe(404);
  });

  it('fails only the run whose worker crashes', async () => {
    const [crash, fine] = await Promise.all([
      start({ engine: 'gmcr', text: misbehaving('__crash__') }),
      start({ engine: 'gmcr', text: PD_YAML }),
    ]);
    expect(await waitForRun(server.app, crash.id)).toMatchObject({
      status: 'failed',
      error: { code: 'worker-crashed' },
    });
    expect((await waitForRun(server.app, fine.id)).status).toBe('succeeded');
    const after = await start({ engine: 'gmcr', text: PD_YAML });
    expect((await waitForRun(server.app, after.id)).status).toBe('succeeded');
  });

  it('answers 503 with Retry-After when workers and queue are full, and recovers after cancelling', async () => {
    const hung = [];
    for (let i = 0; i < 3; i++)
      hung.push(await start({ engine: 'gmcr', text: misbehaving('__hang__') }));
    const refused = await inject('POST', '/api/runs', { engine: 'gmcr', text: PD_YAML });
    expect(refused.statusCode).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.json().error).toBe('queue-full');
    const busy = await inject('GET', hung[0]!.links.result);
    expect(busy.statusCode).toBe(409);
    for (const run of hung) {
      const cancelled = await inject('DELETE', `/api/runs/${run.id}`);
      expect(cancelled.statusCode).toBe(200);
      expect(cancelled.json().status).toBe('cancelled');
    }
    const accepted = await start({ engine: 'gmcr', text: PD_YAML });
    expect((await waitForRun(server.app, accepted.id)).status).toBe('succeeded');
  });

  it('deletes a finished run', async () => {
    const run = await start({ engine: 'gmcr', text: PD_YAML });
    await waitForRun(server.app, run.id);
    expect((await inject('DELETE', `/api/runs/${run.id}`)).statusCode).toBe(204);
    expect((await inject('GET', `/api/runs/${run.id}`)).statusCode).toBe(404);
  });
});
