/** Entry of a job worker thread (see jobWorker.ts): ready once the engines are loaded. */
import { parentPort } from 'node:worker_threads';
import { handleJob, loadEngines } from './jobWorker.ts';
import type { FromWorker, ToWorker } from './jobTypes.ts';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
port.on('message', (message: ToWorker) => void handleJob(message, post));
void loadEngines().then(() => post({ type: 'ready' }));
