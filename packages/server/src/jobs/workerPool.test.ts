import { afterAll, describe, expect, it } from 'vitest';
import { TINY_WORKER_URL } from '../testing/testWorkerUrl.ts';
import type { JobRequest } from './jobTypes.ts';
import { WorkerPool } from './workerPool.ts';

/** A job for the tiny worker: its input text says what the worker does. */
const job = (action: 'ok' | 'crash' | 'throw' | 'oom' | 'hang'): JobRequest => ({
  engine: 'games',
  input: { kind: 'gambit', text: action },
  params: {},
});

const problems: string[] = [];
const pool = new WorkerPool({
  url: TINY_WORKER_URL,
  size: 2,
  resourceLimits: { maxOldGenerationSizeMb: 48 },
  onWorkerProblem: (m) => problems.push(m),
});
afterAll(() => pool.close());

const ignore = () => {};

describe('the worker pool', () => {
  it('runs a job in a worker thread, passing on progress and the result as JSON text', async () => {
    const progress: number[] = [];
    const outcome = await pool.run('ok', job('ok'), (f) => progress.push(f));
    expect(outcome).toMatchObject({ status: 'succeeded', result: '{"ok":true}' });
    expect(progress).toEqual([0.5]);
  });

  it('fails only the job whose worker crashes, and replaces the worker', async () => {
    const [crash, fine] = await Promise.all([
      pool.run('crash', job('crash'), ignore),
      pool.run('fine', job('ok'), ignore),
    ]);
    expect(crash).toMatchObject({ status: 'failed', error: { code: 'worker-crashed' } });
    expect(fine.status).toBe('succeeded');
    expect(pool.idleCount()).toBe(2);
    expect((await pool.run('after', job('ok'), ignore)).status).toBe('succeeded');
  });

  it('fails a job whose worker throws outside the job', async () => {
    expect(await pool.run('throw', job('throw'), ignore)).toMatchObject({
      status: 'failed',
      error: { code: 'worker-crashed' },
    });
  });

  it('fails a job that exceeds the worker heap limit, without harming the server', async () => {
    expect(await pool.run('oom', job('oom'), ignore)).toMatchObject({
      status: 'failed',
      error: { code: 'worker-out-of-memory' },
    });
    expect((await pool.run('after-oom', job('ok'), ignore)).status).toBe('succeeded');
  });

  it('stops a hung job by terminating its worker', async () => {
    const run = pool.run('hang', job('hang'), ignore);
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.abort('hang', { status: 'cancelled' })).toBe(true);
    expect(await run).toEqual({ status: 'cancelled' });
    expect(pool.abort('hang', { status: 'cancelled' })).toBe(false);
    expect(problems.some((p) => p.includes('unexpectedly'))).toBe(true);
  });
});
