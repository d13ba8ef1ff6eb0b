import { describe, expect, it } from 'vitest';
import { EngineClient, EngineRunError, type WorkerLike } from './engineClient.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** A worker that records what it is sent and answers when the test says so. */
class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

function clientWithWorkers() {
  const workers: FakeWorker[] = [];
  const client = new EngineClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const validate = { kind: 'validate', text: 'x' } as const;

describe('the engine client', () => {
  it('starts its worker on the first request and resolves with the answer', async () => {
    const { client, workers } = clientWithWorkers();
    expect(workers).toHaveLength(0);
    const run = client.run<'validate'>(validate);
    const id = workers[0]!.sent[0]!.id;
    workers[0]!.answer({ id, type: 'done', result: { diagnostics: [], scenario: null } });
    await expect(run.promise).resolves.toEqual({ diagnostics: [], scenario: null });
  });

  it('passes progress to the caller', () => {
    const { client, workers } = clientWithWorkers();
    const seen: number[] = [];
    client.run<'validate'>(validate, (f) => seen.push(f));
    const id = workers[0]!.sent[0]!.id;
    workers[0]!.answer({ id, type: 'progress', fraction: 0.5, phase: 'half' });
    expect(seen).toEqual([0.5]);
  });

  it('rejects with the engine failure, code and hint kept', async () => {
    const { client, workers } = clientWithWorkers();
    const run = client.run<'validate'>(validate);
    workers[0]!.answer({
      id: 1,
      type: 'error',
      error: { code: 'x/y', message: 'bad', hint: 'do z' },
    });
    await expect(run.promise).rejects.toMatchObject({ code: 'x/y', message: 'bad', hint: 'do z' });
  });

  it('cancels by replacing the worker and re-sends the requests still waiting', async () => {
    const { client, workers } = clientWithWorkers();
    const first = client.run<'validate'>(validate);
    client.run<'validate'>({ kind: 'validate', text: 'second' });
    first.cancel();
    await expect(first.promise).rejects.toBeInstanceOf(EngineRunError);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent.map((m) => (m.request as { text: string }).text)).toEqual(['second']);
  });

  it('rejects every waiting request when the worker crashes', async () => {
    const { client, workers } = clientWithWorkers();
    const run = client.run<'validate'>(validate);
    workers[0]!.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
    await expect(run.promise).rejects.toMatchObject({ code: 'worker-crashed' });
  });
});
