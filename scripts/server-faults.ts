/**
 * Fault test of the HTTP server (docs/reliability.md, "Faults"): the server runs as a child
 * process on 127.0.0.1 and is killed with SIGKILL — no chance to flush or clean up — while
 * clients are saving scenarios, and while analyses are running. After each kill:
 *
 * - the database passes `PRAGMA integrity_check`;
 * - on restart, every save the server had acknowledged (201/200) is there, byte for byte, at
 *   its version;
 * - runs that were queued or running are reported `failed` with code `interrupted`, and new
 *   runs succeed.
 *
 *   npx tsx scripts/server-faults.ts [--cycles 5] [--writers 8]
 *
 * Prints a JSON summary; exits 1 if an expectation fails or it takes more than 10 minutes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { sleep, startServer, type ServerProcess } from './serverProcess.ts';

const { values } = parseArgs({
  options: { cycles: { type: 'string', default: '5' }, writers: { type: 'string', default: '8' } },
});
const CYCLES = Number(values.cycles);
const WRITERS = Number(values.writers);
setTimeout(() => {
  console.error('server-faults: over the 10-minute limit');
  process.exit(1);
}, 10 * 60_000).unref();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KOREA = readFileSync(join(root, 'catalog/korean-peninsula-2018.yaml'), 'utf8');
const SMALL = `parley: 1
id: pd
title: Prisoner's Dilemma
asOf: '1950'
actors:
  - { id: p1, name: Prisoner 1 }
  - { id: p2, name: Prisoner 2 }
options:
  - { id: c1, owner: p1, label: Prisoner 1 confesses }
  - { id: c2, owner: p2, label: Prisoner 2 confesses }
preferences:
  p1: { ranking: [YN, NN, YY, NY] }
  p2: { ranking: [NY, NN, YY, YN] }
`;

const dir = mkdtempSync(join(tmpdir(), 'parley-faults-'));
const dataDir = join(dir, 'data');
const failures: string[] = [];
/** Every acknowledged save: scenario id, version, the exact text. */
const acked: { id: string; version: number; text: string }[] = [];
let unacknowledged = 0;
let serial = 0;

const start = () => startServer(['--data', dataDir, '--workers', '1', '--max-queue', '8']);

async function send(server: ServerProcess, method: string, path: string, body?: object) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Saves until the server dies: creates a scenario, then keeps saving new versions of it. */
async function writer(server: ServerProcess, w: number): Promise<void> {
  let id: string | undefined;
  for (;;) {
    const base = w % 2 === 0 ? SMALL : KOREA;
    const text = `${base}# save ${++serial} by writer ${w}\n`;
    try {
      const res =
        id === undefined
          ? await send(server, 'POST', '/api/scenarios', { text })
          : await send(server, 'PUT', `/api/scenarios/${id}`, { text });
      if (res.status !== 200 && res.status !== 201) {
        failures.push(`save answered ${res.status}`);
        return;
      }
      id = res.json.id as string;
      acked.push({ id, version: res.json.version as number, text });
    } catch {
      unacknowledged += 1; // the connection died with the server: not acknowledged
      return;
    }
  }
}

function integrity(): string {
  const db = new Database(join(dataDir, 'parley.db'));
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

async function verifySaves(server: ServerProcess): Promise<void> {
  for (const save of acked) {
    const res = await send(server, 'GET', `/api/scenarios/${save.id}?version=${save.version}`);
    if (res.status !== 200 || res.json.text !== save.text) {
      failures.push(
        `acknowledged save ${save.id} v${save.version} is ${res.status === 200 ? 'different' : `missing (${res.status})`}`,
      );
    }
  }
}

async function killDuringSaves(): Promise<number> {
  const server = await start();
  const before = acked.length;
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(server, w));
  await sleep(1000 + Math.random() * 2000);
  server.child.kill('SIGKILL');
  await Promise.all(writers);
  await server.stop();
  return acked.length - before;
}

async function killDuringRuns(): Promise<string[]> {
  const server = await start();
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await send(server, 'POST', '/api/runs', {
      engine: 'compare',
      scenarioId: 'catalog:korean-peninsula-2018',
      params: { runs: 2000 },
    });
    if (res.status !== 202) failures.push(`run answered ${res.status}`);
    else ids.push(res.json.id as string);
  }
  for (let t = 0; t < 200; t++) {
    const run = await send(server, 'GET', `/api/runs/${ids[0]}`);
    if (run.json.status === 'running') break;
    await sleep(50);
  }
  await sleep(200);
  server.child.kill('SIGKILL');
  await server.stop();
  return ids;
}

async function afterRestart(runIds: string[]): Promise<void> {
  const integrityCheck = integrity();
  if (integrityCheck !== 'ok') failures.push(`integrity_check: ${integrityCheck}`);
  const server = await start();
  try {
    await verifySaves(server);
    for (const id of runIds) {
      const run = await send(server, 'GET', `/api/runs/${id}`);
      const error = run.json.error as { code?: string } | null;
      if (run.json.status !== 'failed' || error?.code !== 'interrupted') {
        failures.push(
          `run ${id} after restart: ${String(run.json.status)} ${JSON.stringify(error)}`,
        );
      }
    }
    const fresh = await send(server, 'POST', '/api/runs', { engine: 'gmcr', text: SMALL });
    for (let t = 0; t < 400; t++) {
      const run = await send(server, 'GET', `/api/runs/${fresh.json.id as string}`);
      if (run.json.status === 'succeeded') return;
      if (run.json.status === 'failed') break;
      await sleep(50);
    }
    failures.push('a run after the restart did not succeed');
  } finally {
    await server.stop();
  }
}

const cycles: { savesAcknowledged: number; runsInterrupted: number }[] = [];
try {
  for (let c = 0; c < CYCLES; c++) {
    const saves = await killDuringSaves();
    await afterRestart([]);
    const runs = await killDuringRuns();
    await afterRestart(runs);
    cycles.push({ savesAcknowledged: saves, runsInterrupted: runs.length });
  }
} finally {
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    cycles: CYCLES,
    kills: CYCLES * 2,
    writers: WRITERS,
    acknowledgedSaves: acked.length,
    acknowledgedSavesFoundAfterRestart:
      acked.length - failures.filter((f) => f.startsWith('acknowledged')).length,
    savesCutOffByTheKill: unacknowledged,
    perCycle: cycles,
    failures: failures.slice(0, 20),
  };
  console.log(JSON.stringify(summary, null, 2));
  rmSync(dir, { recursive: true, force: true });
  if (failures.length > 0) process.exitCode = 1;
}
