/**
 * The engine worker: every engine runs here, off the page's thread. Requests are answered one
 * at a time, in order; the page cancels a request by terminating the worker (engines are
 * synchronous, so nothing else can interrupt them) and starting a new one.
 */
import './zodConfig.ts';
import { EngineHost, failureOf } from '@parley/views';
import type { FromWorker, ToWorker } from './protocol.ts';
import { workerScope } from './workerScope.ts';

const host = new EngineHost();
const scope = workerScope();

scope.onmessage = (event) => {
  const { id, request } = event.data as ToWorker;
  const post = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
    scope.postMessage(message, transfer);
  let last = 0;
  const progress = (fraction: number, phase: string) => {
    // At most ~20 progress messages a second: posting is not free.
    const now = performance.now();
    if (now - last < 50 && fraction < 1) return;
    last = now;
    post({ id, type: 'progress', fraction, phase });
  };
  try {
    const { result, transfer } = host.handle(request, progress);
    post({ id, type: 'done', result }, transfer);
  } catch (error) {
    post({ id, type: 'error', error: failureOf(error) });
  }
};
