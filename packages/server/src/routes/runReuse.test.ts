import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTexts } from '../runs/runInput.ts';
import { PD_YAML } from '../testing/fixtures.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';
import { misbehaving, TEST_WORKER_URL } from '../testing/testWorkerUrl.ts';
import { waitForRun } from '../testing/waitForRun.ts';
import { VERSION } from '../version.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ workers: 2, maxQueue: 4, workerUrl: TEST_WORKER_URL });
});
afterAll(() => server.dispose());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  server.app.inject({ method, url, ...(payload ? { payload } : {}) });

interface Run {
  id: string;
  status: string;
  links: { self: string; result: string };
}

async function post(payload: object) {
  const res = await inject('POST', '/api/runs', payload);
  return { code: res.statusCode, run: res.json() as Run, reused: res.headers['x-parley-reused'] };
}

/** Starts a run (202) and waits until it is finished. */
async function computed(payload: object): Promise<Run> {
  const { code, run } = await post(payload);
  expect(code).toBe(202);
  await waitForRun(server.app, run.id);
  return run;
}

const runCount = async () =>
  ((await inject('GET', '/api/runs?limit=500')).json() as { runs: unknown[] }).runs.length;

const PD_VIEW = {
  engine: 'view',
  scenarioId: 'catalog:prisoners-dilemma',
  params: { kind: 'gmcr' },
};

describe('POST /api/runs with reuse: true', () => {
  it('answers a repeated request with the stored run (200, same id, no new row, result readable)', async () => {
    const first = await post({ ...PD_VIEW, reuse: true });
    expect(first.code, 'nothing stored yet: computed as usual').toBe(202);
    expect(first.reused).toBeUndefined();
    await waitForRun(server.app, first.run.id);
    const before = await runCount();

    const again = await post({ ...PD_VIEW, reuse: true });
    expect(again.code).toBe(200);
    expect(again.reused).toBe(first.run.id);
    expect(again.run).toMatchObject({ id: first.run.id, status: 'succeeded', progress: 1 });
    expect(await runCount()).toBe(before);
    const result = await inject('GET', again.run.links.result);
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('"stability"');
  });

  it('computes again when reuse is omitted, as scripted clients expect', async () => {
    const stored = await computed({ engine: 'gmcr', scenarioId: 'catalog:prisoners-dilemma' });
    const again = await post({ engine: 'gmcr', scenarioId: 'catalog:prisoners-dilemma' });
    expect(again.code).toBe(202);
    expect(again.run.id).not.toBe(stored.id);
    await waitForRun(server.app, again.run.id);
  });

  it('reuses a stored run whose params were written in another key order', async () => {
    const text = `${PD_YAML}# stored order\n`;
    const store = server.runs.store;
    // Schema order is concepts, horizon, coalitions; the row holds the reverse, nested too.
    const params = { coalitions: [['p1', 'p2']], horizon: 2, concepts: ['nash'] };
    await store.insert({
      id: 'run_other_order',
      engine: 'gmcr',
      params,
      scenarioId: null,
      scenarioVersion: null,
      inputHash: hashTexts(text),
    });
    await store.finish('run_other_order', {
      status: 'succeeded',
      result: '{"stored":true}',
      provenance: { parley: VERSION },
    });
    const res = await post({
      engine: 'gmcr',
      text,
      params: { concepts: ['nash'], horizon: 2, coalitions: [['p1', 'p2']] },
      reuse: true,
    });
    expect(res.code, JSON.stringify(res.run)).toBe(200);
    expect(res.reused).toBe('run_other_order');
    expect((await inject('GET', res.run.links.result)).json()).toEqual({ stored: true });
  });

  it('reuses a run whose request listed the params in another order', async () => {
    const text = `${PD_YAML}# key order\n`;
    const stored = await computed({
      engine: 'gmcr',
      text,
      params: { concepts: ['nash', 'gmr'], horizon: 2 },
    });
    const reordered = await post({
      engine: 'gmcr',
      text,
      params: { horizon: 2, concepts: ['nash', 'gmr'] },
      reuse: true,
    });
    expect(reordered.code).toBe(200);
    expect(reordered.run.id).toBe(stored.id);

    const other = await post({
      engine: 'gmcr',
      text,
      params: { horizon: 3, concepts: ['nash', 'gmr'] },
      reuse: true,
    });
    expect(other.code, 'a different horizon is a different run').toBe(202);
    const order = await post({
      engine: 'gmcr',
      text,
      params: { horizon: 2, concepts: ['gmr', 'nash'] },
      reuse: true,
    });
    expect(order.code, 'array order is part of the params').toBe(202);
    await waitForRun(server.app, other.run.id);
    await waitForRun(server.app, order.run.id);
  });

  it('runs a new scenario version afresh', async () => {
    const text = `${PD_YAML}# v1\n`;
    const saved = (await inject('POST', '/api/scenarios', { text })).json();
    const v1 = await computed({ engine: 'gmcr', scenarioId: saved.id, reuse: true });
    await inject('PUT', `/api/scenarios/${saved.id}`, { text: `${PD_YAML}# v2\n` });
    const v2 = await post({ engine: 'gmcr', scenarioId: saved.id, reuse: true });
    expect(v2.code).toBe(202);
    expect(v2.run).toMatchObject({ scenarioVersion: 2 });
    await waitForRun(server.app, v2.run.id);
    const back = await post({ engine: 'gmcr', scenarioId: saved.id, version: 1, reuse: true });
    expect(back.code, 'version 1 is still stored').toBe(200);
    expect(back.run.id).toBe(v1.id);
    const sameText = await post({ engine: 'gmcr', text, reuse: true });
    expect(sameText.run.id, 'the same text sent unsaved has the same input hash').toBe(v1.id);
  });

  it('never reuses a failed or cancelled run', async () => {
    const crashing = { engine: 'gmcr', text: misbehaving('__crash__') };
    const failed = await computed(crashing);
    expect((await waitForRun(server.app, failed.id)).status).toBe('failed');
    const retried = await post({ ...crashing, reuse: true });
    expect(retried.code).toBe(202);
    expect(retried.run.id).not.toBe(failed.id);
    await waitForRun(server.app, retried.run.id);

    const hanging = { engine: 'gmcr', text: misbehaving('__hang__') };
    const { run: hung } = await post(hanging);
    expect((await inject('DELETE', `/api/runs/${hung.id}`)).json().status).toBe('cancelled');
    const again = await post({ ...hanging, reuse: true });
    expect(again.code).toBe(202);
    expect(again.run.id).not.toBe(hung.id);
    await inject('DELETE', `/api/runs/${again.run.id}`);
  });

  it('never reuses a run computed by another Parley version', async () => {
    const text = `${PD_YAML}# older version\n`;
    const store = server.runs.store;
    await store.insert({
      id: 'run_old_version',
      engine: 'gmcr',
      params: {},
      scenarioId: null,
      scenarioVersion: null,
      inputHash: hashTexts(text),
    });
    await store.finish('run_old_version', {
      status: 'succeeded',
      result: '{}',
      provenance: { parley: `${VERSION}-older` },
    });
    const res = await post({ engine: 'gmcr', text, reuse: true });
    expect(res.code).toBe(202);
    await waitForRun(server.app, res.run.id);
    const now = await post({ engine: 'gmcr', text, reuse: true });
    expect(now.run.id, 'the run of this version is reused').toBe(res.run.id);
  });

  it('answers from the store even when the queue is full', async () => {
    const text = `${PD_YAML}# busy\n`;
    const stored = await computed({ engine: 'gmcr', text });
    const hang = { engine: 'gmcr', text: misbehaving('__hang__') };
    const busy: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { code, run } = await post(hang);
      if (code === 202) busy.push(run.id);
    }
    expect((await post(hang)).code, 'the queue is full').toBe(503);
    const reused = await post({ engine: 'gmcr', text, reuse: true });
    expect(reused.code).toBe(200);
    expect(reused.run.id).toBe(stored.id);
    for (const id of busy) await inject('DELETE', `/api/runs/${id}`);
  });
});
