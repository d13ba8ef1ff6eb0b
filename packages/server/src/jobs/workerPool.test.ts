import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '@parley/model';
import { PD_YAML } from '../testing/fixtures.ts';
import { misbehaving, TEST_WORKER_URL } from '../testing/testWorkerUrl.ts';
import type { JobRequest } from './jobTypes.ts';
import { WorkerPool } from './workerPool.ts';

const request = (text: string): JobRequest => {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return { engine: 'gmcr', input: { kind: 'scenario', scenario: parsed.value as Scenario }, params: {} };
};

const problems: string[] = [];
const pool = new WorkerPool({
  url: TEST_WORKER_URL,
  size: 2,
  resourceLimits: { maxOldGenerationSizeMb: 64 },
  onWorkerProblem: (m) => problems.push(m),
});
afterAll(() => pool.close());

const ignore = () => {};

describe('the worker pool', () => {
  it('runs a job in a worker thread and returns its result as JSON text', async () => {
    const outcome = await pool.run('ok', request(PD_YAML), ignore);
    expect(outcome.status).toBe('succeeded');
    if (outcome.status === 'succeeded') expect(JSON.parse(outcome.result).equilibria.nash).toEqual([4]);
  });

  it('fails only the job whose worker crashes, and replaces the worker', async () => {
    const [crash, fine] = await Promise.all([
      pool.run('crash', request(misbehaving('__crash__')), ignore),
      pool.run('fine', request(PD_YAML), ignore),
    ]);
    expect(crash).toMatchObject({ status: 'failed', error: { code: 'worker-crashed' } });
    expect(fine.status).toBe('succeeded');
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.idleCount()).toBe(2);
    expect((await pool.run('after', request(PD_YAML), ignore)).status).toBe('succeeded');
  });

  it('fails a job whose worker throws outside the job', async () => {
    const outcome = await pool.run('throw', request(misbehaving('__throw__')), ignore);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'worker-crashed' } });
  });

  it('fails a job that exceeds the worker heap limit, without harming the server', async () => {
    const outcome = await pool.run('oom', request(misbehaving('__oom__')), ignore);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'worker-out-of-memory' } });
  });

  it('stops a hung job by terminating its worker', async () => {
    const run = pool.run('hang', request(misbehaving('__hang__')), ignore);
    await new Promise((r) => setTimeout(r, 100));
    expect(pool.abort('hang', { status: 'cancelled' })).toBe(true);
    expect(await run).toEqual({ status: 'cancelled' });
    expect(pool.abort('hang', { status: 'cancelled' })).toBe(false);
    expect(problems.some((p) => p.includes('unexpectedly'))).toBe(true);
  });
});
