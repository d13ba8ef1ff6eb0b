/**
 * Worker-thread side of the job pool: receives one job at a time, runs its engine, posts
 * throttled progress and then the result as JSON text (or the error). Engines are synchronous,
 * so a job is cancelled by terminating the thread, never by a message.
 *
 * The engines load on first use (`loadEngines`); the real worker calls it at start-up so the
 * first job does not wait, a test double only when it runs a real job.
 */
import type { FromWorker, ToWorker } from './jobTypes.ts';

/** At most this often (ms) a progress message goes to the main thread. */
const PROGRESS_INTERVAL = 100;

let engines: Promise<typeof import('./engines/runEngine.ts')> | undefined;

export function loadEngines(): Promise<typeof import('./engines/runEngine.ts')> {
  engines ??= import('./engines/runEngine.ts');
  return engines;
}

export async function handleJob(message: ToWorker, post: (m: FromWorker) => void): Promise<void> {
  const { jobId, request } = message;
  const { runEngine, jobErrorOf } = await loadEngines();
  let last = 0;
  const progress = (fraction: number, phase: string) => {
    const t = performance.now();
    if (t - last < PROGRESS_INTERVAL) return;
    last = t;
    post({ type: 'progress', jobId, fraction: Math.max(0, Math.min(1, fraction)), phase });
  };
  try {
    const { result, text, provenance } = runEngine(request, progress);
    post({ type: 'done', jobId, result: text ?? JSON.stringify(result), provenance });
  } catch (error) {
    post({ type: 'failed', jobId, error: jobErrorOf(error) });
  }
}
