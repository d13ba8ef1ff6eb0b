/**
 * Following a run through `GET /api/runs/:id/events` (packages/server/src/runs/sse.ts):
 * `status` (the run) first, `progress` ({status, progress, phase}) while it runs, then
 * `result` ({run, result}) — after which the server ends the stream and so do we.
 *
 * The stream is read with `fetch` (see eventStream.ts) so it carries the access token. There is
 * no silent reconnection: a stream that fails or ends before `result` is reported once to
 * `handlers.error`, and the caller decides (GET the run, follow again).
 */
import { ApiError } from './apiError.ts';
import { readEventStream, type ServerSentEvent } from './eventStream.ts';
import type { RunEventHandlers, RunView } from './types.ts';

/** Opens the event stream; rejects with an ApiError for an error answer. */
export type OpenEventStream = (signal: AbortSignal) => Promise<ReadableStream<Uint8Array>>;

/**
 * Delivers the run's events to `handlers` until its result, an error, `signal` aborting or the
 * returned function being called; after any of these no handler is called again.
 */
export function followRunEvents(
  open: OpenEventStream,
  handlers: RunEventHandlers,
  signal?: AbortSignal,
): () => void {
  const controller = new AbortController();
  let over = false;
  const stop = () => {
    over = true;
    controller.abort();
    signal?.removeEventListener('abort', stop);
  };
  const fail = (error: ApiError) => {
    if (over) return;
    stop();
    handlers.error?.(error);
  };

  const deliver = (event: ServerSentEvent) => {
    if (over) return;
    let payload: unknown;
    try {
      payload = JSON.parse(event.data);
    } catch {
      return fail(
        new ApiError(0, 'bad-event', `the server sent a ${event.type} event that is not JSON`),
      );
    }
    if (event.type === 'status') handlers.status?.(payload as RunView);
    else if (event.type === 'progress') {
      handlers.progress?.(payload as { progress: number; phase: string | null });
    } else if (event.type === 'result') {
      const { run, result } = payload as { run: RunView; result: unknown };
      stop();
      handlers.result?.(run, result);
    }
  };

  const read = async () => {
    try {
      const body = await open(controller.signal);
      await readEventStream(body, deliver, controller.signal);
      fail(new ApiError(0, 'stream-ended', 'the run’s event stream ended before its result'));
    } catch (error) {
      fail(
        error instanceof ApiError
          ? error
          : new ApiError(0, 'unreachable', `the run’s events cannot be read (${String(error)})`),
      );
    }
  };

  if (signal?.aborted) stop();
  else {
    signal?.addEventListener('abort', stop, { once: true });
    void read();
  }
  return stop;
}
