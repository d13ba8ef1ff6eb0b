import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_YAML, PD_YAML } from '../testing/fixtures.ts';
import { readSse } from '../testing/readSse.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';
import { misbehaving, TEST_WORKER_URL } from '../testing/testWorkerUrl.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await testServer({ workers: 1, workerUrl: TEST_WORKER_URL });
  base = await server.listen();
});
afterAll(() => server.dispose());

async function start(body: object): Promise<string> {
  const res = await fetch(`${base}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { id: string }).id;
}

describe('run events over server-sent events, on a real socket', () => {
  it('streams status, progress and the result, then ends', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const id = await start({
      engine: 'forecast',
      text: HARBOUR_YAML,
      params: { models: ['bdm'], runs: 500, seed: 2 },
    });
    const res = await fetch(`${base}/api/runs/${id}/events`);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const events = await readSse(res);
    expect(events[0]!.event).toBe('status');
    expect(events.filter((e) => e.event === 'progress').length).toBeGreaterThan(0);
    const last = events.at(-1)!;
    expect(last.event).toBe('result');
    const { run, result } = JSON.parse(last.data);
    expect(run).toMatchObject({ id, status: 'succeeded' });
    expect(result.issues[0].results[0].model).toBe('bdm');
    expect(result.issues[0].results[0].distribution).toBeDefined();
  });

  it('sends status and result at once for a run that has finished', async () => {
    const id = await start({ engine: 'gmcr', text: PD_YAML });
    await readSse(await fetch(`${base}/api/runs/${id}/events`));
    const events = await readSse(await fetch(`${base}/api/runs/${id}/events`));
    expect(events.map((e) => e.event)).toEqual(['status', 'result']);
    expect(JSON.parse(events[1]!.data).result.equilibria.nash).toEqual([4]);
  });

  it('leaves the result out when asked (result=false): for watchers of status only', async () => {
    const id = await start({ engine: 'gmcr', text: PD_YAML });
    await readSse(await fetch(`${base}/api/runs/${id}/events`));
    const events = await readSse(await fetch(`${base}/api/runs/${id}/events?result=false`));
    expect(events.map((e) => e.event)).toEqual(['status', 'result']);
    expect(JSON.parse(events[1]!.data)).toMatchObject({
      run: { id, status: 'succeeded' },
      result: null,
    });
  });

  it('ends with a result event carrying the cancellation when the run is cancelled', async () => {
    const id = await start({ engine: 'gmcr', text: misbehaving('__hang__') });
    const stream = fetch(`${base}/api/runs/${id}/events`).then((r) => readSse(r));
    await new Promise((r) => setTimeout(r, 200));
    const cancel = await fetch(`${base}/api/runs/${id}`, { method: 'DELETE' });
    expect(cancel.status).toBe(200);
    const last = (await stream).at(-1)!;
    expect(last.event).toBe('result');
    expect(JSON.parse(last.data)).toMatchObject({ run: { status: 'cancelled' }, result: null });
  });

  it('answers 404 for the events of an unknown run', async () => {
    const res = await fetch(`${base}/api/runs/run_unknown/events`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe('not-found');
  });
});
