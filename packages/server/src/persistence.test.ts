import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type ParleyServer } from './createServer.ts';
import { DATABASE_FILE } from './db/openDatabase.ts';
import { PD_YAML } from './testing/fixtures.ts';
import { tempDir, testCatalog } from './testing/testServer.ts';
import { misbehaving, TEST_WORKER_URL } from './testing/testWorkerUrl.ts';
import { waitForRun } from './testing/waitForRun.ts';

const dir = tempDir();
const options = {
  dataDir: join(dir, 'data'),
  catalogDir: testCatalog(dir),
  port: 0,
  workers: 1,
  workerUrl: TEST_WORKER_URL,
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const call = (s: ParleyServer, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  s.app.inject({ method, url, ...(payload ? { payload } : {}) });

describe('persistence across restarts', () => {
  it('keeps scenarios, their versions and run results; marks unfinished runs interrupted', async () => {
    const first = await createServer(options);
    const saved = (await call(first, 'POST', '/api/scenarios', { text: PD_YAML })).json();
    await call(first, 'PUT', `/api/scenarios/${saved.id}`, { text: `${PD_YAML}# edited\n` });
    const run = (
      await call(first, 'POST', '/api/runs', { engine: 'gmcr', scenarioId: saved.id })
    ).json();
    await waitForRun(first.app, run.id);
    const hung = (
      await call(first, 'POST', '/api/runs', { engine: 'gmcr', text: misbehaving('__hang__') })
    ).json();
    await first.close();

    const second = await createServer(options);
    try {
      const scenario = (await call(second, 'GET', `/api/scenarios/${saved.id}`)).json();
      expect(scenario).toMatchObject({ version: 2, text: `${PD_YAML}# edited\n` });
      const versions = (await call(second, 'GET', `/api/scenarios/${saved.id}/versions`)).json()
        .versions;
      expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      const stored = (await call(second, 'GET', `/api/runs/${run.id}`)).json();
      expect(stored).toMatchObject({
        status: 'succeeded',
        scenarioId: saved.id,
        scenarioVersion: 2,
      });
      expect(
        (await call(second, 'GET', `/api/runs/${run.id}/result`)).json().equilibria.nash,
      ).toEqual([4]);
      const interrupted = (await call(second, 'GET', `/api/runs/${hung.id}`)).json();
      expect(interrupted).toMatchObject({ status: 'failed', error: { code: 'interrupted' } });
    } finally {
      await second.close();
    }
  });

  it('reuses a run stored before the restart', async () => {
    const request = { engine: 'gmcr', text: `${PD_YAML}# reuse\n`, reuse: true };
    const first = await createServer(options);
    const computed = await call(first, 'POST', '/api/runs', request);
    expect(computed.statusCode).toBe(202);
    await waitForRun(first.app, computed.json().id);
    await first.close();

    const second = await createServer(options);
    try {
      const reused = await call(second, 'POST', '/api/runs', request);
      expect(reused.statusCode).toBe(200);
      expect(reused.headers['x-parley-reused']).toBe(computed.json().id);
      const result = await call(second, 'GET', `/api/runs/${computed.json().id}/result`);
      expect(result.json().equilibria.nash).toEqual([4]);
    } finally {
      await second.close();
    }
  });

  it('finds reusable runs through the runs_reuse index, newest first without a sort', () => {
    const db = new Database(join(options.dataDir, DATABASE_FILE), { readonly: true });
    try {
      const plan = db
        .prepare(
          `explain query plan select id, params, provenance from runs
           where engine = ? and input_hash = ? and status = ? order by seq desc limit 100`,
        )
        .all('gmcr', 'x', 'succeeded') as { detail: string }[];
      const details = plan.map((p) => p.detail).join('; ');
      expect(details).toContain('runs_reuse');
      expect(details).not.toContain('TEMP B-TREE');
    } finally {
      db.close();
    }
  });

  it('keeps the database in WAL mode with the migration recorded', () => {
    const db = new Database(join(options.dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const names = db.prepare('select name from kysely_migration').all() as { name: string }[];
      expect(names.map((n) => n.name)).toEqual(['0001-initial', '0002-runs-reuse']);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
