/**
 * A run's events as server-sent events (text/event-stream, WHATWG HTML §9.2):
 *
 *     event: status     data: the run as GET /api/runs/:id returns it (sent first)
 *     event: progress   data: {status, progress, phase}
 *     event: result     data: {run, result}  — result is the stored JSON, or null when the
 *                        run failed or was cancelled (see run.error) or the client asked
 *                        not to have it (`withResult: false`); the stream then ends
 *
 * Comments (`: ping`) every 15 s keep proxies from closing an idle stream. Subscribing comes
 * before reading the stored state, so an outcome cannot fall between the two. A slow reader
 * misses progress events (never the result) rather than growing the server's buffers.
 */
import type { FastifyReply } from 'fastify';
import type { RunEvent, RunService, RunView } from './runService.ts';

const HEARTBEAT_MS = 15_000;
/** Above this many buffered bytes, progress events are dropped for that client. */
const MAX_BUFFERED = 1 << 20;

export async function streamRunEvents(
  runs: RunService,
  id: string,
  reply: FastifyReply,
  headers: Record<string, string>,
  { withResult = true }: { withResult?: boolean } = {},
): Promise<void> {
  const res = reply.raw;
  let seq = 0;
  let ended = false;
  const send = (event: string, data: string) => {
    if (!ended) res.write(`id: ${++seq}\nevent: ${event}\ndata: ${data}\n\n`);
  };
  let unsubscribe = () => {};
  const heartbeat = setInterval(() => !ended && res.write(': ping\n\n'), HEARTBEAT_MS);
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  const finish = async (run: RunView) => {
    if (ended) return;
    const result =
      withResult && run.status === 'succeeded' ? await runs.store.result(run.id) : undefined;
    send('result', `{"run":${JSON.stringify(run)},"result":${result ?? 'null'}}`);
    end();
  };
  const pending: RunEvent[] = [];
  let ready = false;
  const onEvent = (event: RunEvent) => {
    if (!ready) return void pending.push(event);
    if (event.type === 'finished') void finish(event.run);
    else if (res.writableLength < MAX_BUFFERED) {
      const { type: _type, ...progress } = event;
      send('progress', JSON.stringify(progress));
    }
  };
  unsubscribe = runs.subscribe(id, onEvent);
  res.on('close', end);

  reply.hijack();
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const run = (await runs.get(id))!;
  send('status', JSON.stringify(run));
  if (run.status !== 'queued' && run.status !== 'running') return finish(run);
  ready = true;
  for (const event of pending.splice(0)) onEvent(event);
}
