/** Entry of a job worker thread (see jobWorker.ts). */
import { parentPort } from 'node:worker_threads';
import { handleJob } from './jobWorker.ts';
import type { FromWorker, ToWorker } from './jobTypes.ts';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
port.on('message', (message: ToWorker) => handleJob(message, post));
post({ type: 'ready' });
