/**
 * The validation worker: parses the editor's text as the user types, with only the model
 * loaded, so validation never waits behind a long analysis in the engine worker.
 */
import './zodConfig.ts';
import { failureOf, validateText } from '@parley/views/validation';
import type { FromWorker, ToWorker } from './protocol.ts';
import { workerScope } from './workerScope.ts';

const scope = workerScope();

scope.onmessage = (event) => {
  const { id, request } = event.data as ToWorker;
  let message: FromWorker;
  try {
    if (request.kind !== 'validate')
      throw new Error(`the validation worker cannot ${request.kind}`);
    message = { id, type: 'done', result: validateText(request.text, request.file) };
  } catch (error) {
    message = { id, type: 'error', error: failureOf(error) };
  }
  scope.postMessage(message);
};
