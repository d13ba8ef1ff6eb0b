/**
 * Helpers of the server reliability scripts (server-load.ts, server-faults.ts): start
 * `parley-server` as a child process on 127.0.0.1 and a free port, read its memory, follow a
 * run's server-sent events, and summarise latencies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resident memory of the server process (main thread and workers), MB; NaN off Linux. */
  rssMb(): number;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the server from source (tsx) and waits until it listens. */
export async function startServer(args: string[], timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'packages/server/src/main.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--quiet',
      '--catalog',
      join(root, 'catalog'),
      ...args,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${err}`)),
      timeoutMs,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(err);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${err}`));
    });
  });
  return {
    child,
    url,
    rssMb() {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb === undefined ? Number.NaN : Number(kb) / 1024;
      } catch {
        return Number.NaN;
      }
    },
    stop(signal = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
}

/** Reads a run's event stream to its `result` event; returns that event's data. */
export async function waitForResultEvent(
  url: string,
): Promise<{ run: { status: string }; result: unknown }> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} → ${res.status}`);
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    const at = buffer.indexOf('event: result\n');
    if (at >= 0) {
      const end = buffer.indexOf('\n\n', at);
      if (end >= 0) {
        const data = buffer
          .slice(at, end)
          .split('\n')
          .find((l) => l.startsWith('data: '))!
          .slice(6);
        return JSON.parse(data) as { run: { status: string }; result: unknown };
      }
    }
  }
  throw new Error(`${url} ended without a result event`);
}

/** The q-quantile (0–1) of a sample, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const ms = (x: number) => Math.round(x);
export const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
