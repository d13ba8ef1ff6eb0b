/**
 * A job worker for tests: runs real engines, except for scenarios whose title asks for a
 * misbehaviour — `__crash__` exits the thread, `__throw__` throws outside the job,
 * `__hang__` never returns, `__oom__` allocates until the heap limit, `__slow__` waits 300 ms
 * first. Pass its URL as `workerUrl`.
 */
import { parentPort } from 'node:worker_threads';
import { handleJob } from '../jobs/jobWorker.ts';
import type { FromWorker, ToWorker } from '../jobs/jobTypes.ts';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: engines are synchronous, so a test job should be too
  }
}

port.on('message', (message: ToWorker) => {
  const input = message.request.input;
  const title = input.kind === 'scenario' ? input.scenario.title : '';
  switch (title) {
    case '__crash__':
      process.exit(7);
      break;
    case '__throw__':
      setTimeout(() => {
        throw new Error('thrown outside any job');
      });
      return;
    case '__hang__':
      for (;;) busyWait(1000);
    case '__oom__': {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1_000_000).fill(1));
    }
    case '__slow__':
      busyWait(300);
  }
  void handleJob(message, post);
});
post({ type: 'ready' });
