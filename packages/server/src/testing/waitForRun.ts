/** Polls a run until it leaves queued/running (tests only). */
import type { FastifyInstance } from 'fastify';

export async function waitForRun(
  app: FastifyInstance,
  id: string,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const run = (await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json() as Record<
      string,
      unknown
    >;
    if (run.status !== 'queued' && run.status !== 'running') return run;
    if (Date.now() > end)
      throw new Error(`run ${id} still ${String(run.status)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
