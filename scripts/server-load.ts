/**
 * Load test of the HTTP server (docs/reliability.md, "Load"): the server runs as a child process
 * on 127.0.0.1 (never another address), with a mix of real analyses of catalog scenarios.
 *
 *   npx tsx scripts/server-load.ts [--clients 200] [--workers 2] [--max-queue 32]
 *
 * 1. Burst: 200 clients POST /api/runs at once and do not retry. Expected: some 202, the rest
 *    503 with Retry-After, no other status; every accepted run succeeds and its result can be
 *    read back (no lost result).
 * 2. Retrying clients: 200 clients each keep retrying after Retry-After until accepted, then
 *    follow their run over server-sent events to the result. Expected: all 200 complete.
 *
 * Throughout, /api/health is probed every 50 ms (the server stays responsive while workers are
 * busy) and the server's resident memory is sampled (it stays bounded). Prints a JSON summary;
 * exits 1 if an expectation fails or the whole test takes more than 10 minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ms,
  quantile,
  sleep,
  startServer,
  waitForResultEvent,
  type ServerProcess,
} from './serverProcess.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    workers: { type: 'string', default: '2' },
    'max-queue': { type: 'string', default: '32' },
  },
});
const CLIENTS = Number(values.clients);
const DEADLINE = Date.now() + 10 * 60_000;
setTimeout(() => {
  console.error('server-load: over the 10-minute limit');
  process.exit(1);
}, DEADLINE - Date.now()).unref();

/** The analyses the clients ask for, in rotation. */
const MIX = [
  { engine: 'gmcr', scenarioId: 'catalog:korean-peninsula-2018' },
  { engine: 'forecast', scenarioId: 'catalog:korean-peninsula-2018' },
  { engine: 'gmcr', scenarioId: 'catalog:elmira-groundwater-1991' },
  { engine: 'negotiate', scenarioId: 'catalog:korean-peninsula-2018', params: { steps: 4 } },
  { engine: 'games', scenarioId: 'catalog:cuban-missile-crisis-1962' },
];

const failures: string[] = [];
const statuses = new Map<number, number>();
const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

async function post(server: ServerProcess, body: object) {
  const t = performance.now();
  const res = await fetch(`${server.url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const latency = performance.now() - t;
  count(res.status);
  const json = (await res.json()) as { id?: string; links?: { events: string } };
  return {
    status: res.status,
    latency,
    retryAfter: Number(res.headers.get('retry-after') ?? 1),
    json,
  };
}

async function verify(server: ServerProcess, id: string): Promise<void> {
  const run = (await (await fetch(`${server.url}/api/runs/${id}`)).json()) as {
    status: string;
    error?: unknown;
  };
  if (run.status !== 'succeeded')
    return void failures.push(`run ${id} ended ${run.status} ${JSON.stringify(run.error)}`);
  const result = await fetch(`${server.url}/api/runs/${id}/result`);
  const text = await result.text();
  if (result.status !== 200 || text.length < 2)
    failures.push(`run ${id}: result ${result.status}, ${text.length} bytes`);
}

function monitor(server: ServerProcess) {
  const health: number[] = [];
  const rss: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const t = performance.now();
      const res = await fetch(`${server.url}/api/health`);
      await res.arrayBuffer();
      health.push(performance.now() - t);
      rss.push(server.rssMb());
      await sleep(50);
    }
  })();
  return {
    async stop() {
      running = false;
      await probe;
      return {
        healthP50: ms(quantile(health, 0.5)),
        healthP99: ms(quantile(health, 0.99)),
        rssMaxMb: ms(Math.max(...rss)),
      };
    },
  };
}

async function burst(server: ServerProcess) {
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: CLIENTS }, (_, i) => post(server, MIX[i % MIX.length]!)),
  );
  const accepted = answers.filter((a) => a.status === 202);
  const refused = answers.filter((a) => a.status === 503);
  if (accepted.length + refused.length !== CLIENTS)
    failures.push('burst: a status other than 202/503');
  if (refused.some((a) => !(a.retryAfter >= 1))) failures.push('burst: a 503 without Retry-After');
  await Promise.all(
    accepted.map((a) => waitForResultEvent(`${server.url}${a.json.links!.events}`)),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(accepted.map((a) => verify(server, a.json.id!)));
  const latency = answers.map((a) => a.latency);
  return {
    requests: CLIENTS,
    accepted: accepted.length,
    refused503: refused.length,
    postP50Ms: ms(quantile(latency, 0.5)),
    postP99Ms: ms(quantile(latency, 0.99)),
    seconds: Number(seconds.toFixed(1)),
  };
}

async function retrying(server: ServerProcess) {
  const started = performance.now();
  let retries = 0;
  const endToEnd = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      const t = performance.now();
      for (;;) {
        const answer = await post(server, MIX[i % MIX.length]!);
        if (answer.status === 202) {
          const event = await waitForResultEvent(`${server.url}${answer.json.links!.events}`);
          if (event.run.status !== 'succeeded')
            failures.push(`retrying: run ${answer.json.id} ${event.run.status}`);
          await verify(server, answer.json.id!);
          return performance.now() - t;
        }
        if (answer.status !== 503) {
          failures.push(`retrying: status ${answer.status}`);
          return Number.NaN;
        }
        retries += 1;
        // Honour Retry-After, with jitter so the clients do not return in lockstep.
        await sleep(Math.min(answer.retryAfter, 5) * 1000 * (0.5 + Math.random()));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    clients: CLIENTS,
    completed: endToEnd.filter((x) => Number.isFinite(x)).length,
    retries503: retries,
    seconds: Number(seconds.toFixed(1)),
    runsPerSecond: Number((CLIENTS / seconds).toFixed(2)),
    endToEndP50Ms: ms(quantile(endToEnd, 0.5)),
    endToEndP99Ms: ms(quantile(endToEnd, 0.99)),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'parley-load-'));
const server = await startServer([
  '--data',
  join(dir, 'data'),
  '--workers',
  values.workers!,
  '--max-queue',
  values['max-queue']!,
]);
try {
  await sleep(1500); // let the workers load the engines
  const idleRssMb = ms(server.rssMb());
  const m1 = monitor(server);
  const a = await burst(server);
  const burstLoad = await m1.stop();
  const m2 = monitor(server);
  const b = await retrying(server);
  const retryLoad = await m2.stop();
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    workers: Number(values.workers),
    maxQueue: Number(values['max-queue']),
    idleRssMb,
    burst: { ...a, ...burstLoad },
    retrying: { ...b, ...retryLoad },
    finalRssMb: ms(server.rssMb()),
    statuses: Object.fromEntries(statuses),
    serverAlive: server.child.exitCode === null,
    failures,
  };
  console.log(JSON.stringify(summary, null, 2));
  if ([...statuses.keys()].some((s) => s !== 202 && s !== 503))
    failures.push('unexpected status codes');
  if (failures.length > 0 || !summary.serverAlive) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
