/**
 * A job worker without engines, for pool tests: the job's input text (a `gambit` input) names
 * what to do — `ok` answers `{"ok":true}`, `crash` exits the thread, `throw` throws outside the
 * job, `oom` allocates past the heap limit, `hang` never returns.
 */
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../jobs/jobTypes.ts';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', ({ jobId, request }: ToWorker) => {
  const action = request.input.kind === 'gambit' ? request.input.text : '';
  if (action === 'crash') process.exit(7);
  if (action === 'throw') {
    setTimeout(() => {
      throw new Error('thrown outside any job');
    });
    return;
  }
  if (action === 'oom') {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(1_000_000).fill(1));
  }
  if (action === 'hang') for (;;);
  post({ type: 'progress', jobId, fraction: 0.5, phase: 'half' });
  post({
    type: 'done',
    jobId,
    result: '{"ok":true}',
    provenance: { engine: 'test', method: action, parameters: {}, warnings: [] },
  });
});
post({ type: 'ready' });
