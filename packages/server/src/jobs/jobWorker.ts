/**
 * Worker-thread side of the job pool: receives one job at a time, runs its engine, posts
 * throttled progress and then the result as JSON text (or the error). Engines are synchronous,
 * so a job is cancelled by terminating the thread, never by a message.
 */
import type { FromWorker, ToWorker } from './jobTypes.ts';
import { jobErrorOf, runEngine } from './engines/runEngine.ts';

/** At most this often (ms) a progress message goes to the main thread. */
const PROGRESS_INTERVAL = 100;

export function handleJob(message: ToWorker, post: (m: FromWorker) => void): void {
  const { jobId, request } = message;
  let last = 0;
  const progress = (fraction: number, phase: string) => {
    const t = performance.now();
    if (t - last < PROGRESS_INTERVAL) return;
    last = t;
    post({ type: 'progress', jobId, fraction: Math.max(0, Math.min(1, fraction)), phase });
  };
  try {
    const { result, provenance } = runEngine(request, progress);
    post({ type: 'done', jobId, result: JSON.stringify(result), provenance });
  } catch (error) {
    post({ type: 'failed', jobId, error: jobErrorOf(error) });
  }
}
