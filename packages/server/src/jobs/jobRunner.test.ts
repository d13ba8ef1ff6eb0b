import { describe, expect, it } from 'vitest';
import { JobRunner, type JobExecutor, type JobHandlers } from './jobRunner.ts';
import type { JobOutcome, JobRequest } from './jobTypes.ts';

/** An executor whose jobs finish when the test says so. */
class FakeExecutor implements JobExecutor {
  readonly jobs = new Map<string, (o: JobOutcome) => void>();
  constructor(readonly size: number) {}
  idleCount() {
    return this.size - this.jobs.size;
  }
  run(jobId: string): Promise<JobOutcome> {
    return new Promise((resolve) =>
      this.jobs.set(jobId, (o) => (this.jobs.delete(jobId), resolve(o))),
    );
  }
  abort(jobId: string, outcome: JobOutcome) {
    const finish = this.jobs.get(jobId);
    finish?.(outcome);
    return finish !== undefined;
  }
  finish(jobId: string) {
    this.jobs.get(jobId)!({
      status: 'succeeded',
      result: '{}',
      provenance: { engine: 'x', method: 'x', parameters: {}, warnings: [] },
    });
  }
  close() {
    return Promise.resolve();
  }
}

const request = {} as JobRequest;
const tick = () => new Promise((r) => setTimeout(r, 0));

function recorder() {
  const events: string[] = [];
  const outcomes: JobOutcome[] = [];
  const handlers = (id: string): JobHandlers => ({
    onStart: () => events.push(`${id} started`),
    onProgress: () => {},
    onFinish: (o) => {
      events.push(`${id} ${o.status}`);
      outcomes.push(o);
    },
  });
  return { events, outcomes, handlers };
}

describe('the job runner', () => {
  it('admits workers + maxQueue jobs and refuses the next', () => {
    const runner = new JobRunner(new FakeExecutor(2), { maxQueue: 3, timeoutMs: 10_000 });
    const admitted = Array.from({ length: 6 }, () => runner.reserve());
    expect(admitted).toEqual([true, true, true, true, true, false]);
    runner.release();
    expect(runner.reserve()).toBe(true);
  });

  it('runs jobs in arrival order as workers free up', async () => {
    const executor = new FakeExecutor(1);
    const runner = new JobRunner(executor, { maxQueue: 5, timeoutMs: 10_000 });
    const { events, handlers } = recorder();
    for (const id of ['a', 'b', 'c']) {
      runner.reserve();
      runner.submit(id, request, handlers(id));
    }
    expect(runner.stats()).toMatchObject({ running: 1, queued: 2 });
    executor.finish('a');
    await tick();
    executor.finish('b');
    await tick();
    expect(events).toEqual(['a started', 'a succeeded', 'b started', 'b succeeded', 'c started']);
  });

  it('cancels a queued job without running it, and a running one through the executor', async () => {
    const executor = new FakeExecutor(1);
    const runner = new JobRunner(executor, { maxQueue: 5, timeoutMs: 10_000 });
    const { events, handlers } = recorder();
    for (const id of ['a', 'b']) {
      runner.reserve();
      runner.submit(id, request, handlers(id));
    }
    expect(runner.cancel('b')).toBe(true);
    expect(runner.cancel('a')).toBe(true);
    await tick();
    expect(events).toEqual(['a started', 'b cancelled', 'a cancelled']);
    expect(runner.cancel('nope')).toBe(false);
  });

  it('fails a job that overruns its time limit with code timeout', async () => {
    const runner = new JobRunner(new FakeExecutor(1), { maxQueue: 1, timeoutMs: 20 });
    const { outcomes, handlers } = recorder();
    runner.reserve();
    runner.submit('slow', request, handlers('slow'));
    await new Promise((r) => setTimeout(r, 60));
    expect(outcomes[0]).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
  });

  it('suggests a Retry-After of at least one second that grows with the queue', () => {
    const runner = new JobRunner(new FakeExecutor(1), { maxQueue: 50, timeoutMs: 10_000 });
    const empty = runner.retryAfterSeconds();
    for (let i = 0; i < 20; i++) {
      runner.reserve();
      runner.submit(`j${i}`, request, recorder().handlers(`j${i}`));
    }
    expect(empty).toBeGreaterThanOrEqual(1);
    expect(runner.retryAfterSeconds()).toBeGreaterThan(empty);
  });

  it('fails queued jobs as interrupted when closed', async () => {
    const runner = new JobRunner(new FakeExecutor(1), { maxQueue: 5, timeoutMs: 10_000 });
    const { events, handlers } = recorder();
    for (const id of ['a', 'b']) {
      runner.reserve();
      runner.submit(id, request, handlers(id));
    }
    await runner.close();
    expect(events).toContain('b failed');
    expect(runner.reserve()).toBe(false);
  });
});
