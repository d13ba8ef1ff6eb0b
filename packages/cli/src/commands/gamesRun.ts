/**
 * Runs a games solver so that Ctrl-C can stop it. Small games are solved in-process (a worker
 * thread costs more to start than they take); larger ones on a worker thread
 * (pool/gamesWorker.ts), because the solvers are synchronous and a busy main thread never sees
 * SIGINT. Either way the engine is stopped through its AbortSignal and throws AbortedError.
 */
import { AbortedError, games, Rational } from '@parley/engines';
import { ABORT, DONE, SLOTS, TOTAL, type GamesTask } from '../pool/gamesWorker.ts';
import { WorkerPool, WorkerTaskError } from '../pool/workerPool.ts';

/** Games with at least this many pure profiles are solved on a worker thread. */
export const WORKER_FROM_PROFILES = 256;
/** How often the main thread reads the worker's progress counters. */
const POLL_MS = 100;
/** How long a solver that reports no progress (enummixed) gets to notice Ctrl-C before it is killed. */
const GRACE_MS = 1000;

export interface RunHooks {
  signal?: AbortSignal;
  onProgress?: (progress: games.Progress) => void;
  /** Solve in-process whatever the game's size (tests). */
  inProcess?: boolean;
}

/** The worker module: TypeScript beside the pool from source, the built file in dist. */
export function gamesWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../pool/gamesWorker.ts', import.meta.url)
    : new URL('./games-worker.js', import.meta.url);
}

/** Rationals come back from a worker as plain `{ num, den }` objects (structured clone). */
export function reviveRationals<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => reviveRationals(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.num === 'bigint' && typeof o.den === 'bigint') {
    return Rational.of(o.num, o.den) as T;
  }
  return Object.fromEntries(keys.map((k) => [k, reviveRationals(o[k])])) as T;
}

/** solveGame with cancellation and progress, in-process or on a worker thread. */
export async function runSolver(
  game: games.StrategicGame,
  method: games.GameMethod,
  options: games.SolveGameOptions,
  hooks: RunHooks,
): Promise<games.GameSolution> {
  const { signal, onProgress } = hooks;
  if (hooks.inProcess === true || games.profileCount(game) < WORKER_FROM_PROFILES) {
    return games.solveGame(game, method, options, {
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
  }
  return solveOnWorker(game, method, options, hooks);
}

async function solveOnWorker(
  game: games.StrategicGame,
  method: games.GameMethod,
  options: games.SolveGameOptions,
  { signal, onProgress }: RunHooks,
): Promise<games.GameSolution> {
  signal?.throwIfAborted();
  const shared = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
  const flags = new Int32Array(shared);
  const pool = new WorkerPool({ url: gamesWorkerUrl(), size: 1 });
  let kill: ReturnType<typeof setTimeout> | undefined;
  const abort = () => {
    Atomics.store(flags, ABORT, 1);
    kill = setTimeout(() => void pool.close(new AbortedError(signal?.reason)), GRACE_MS);
  };
  signal?.addEventListener('abort', abort, { once: true });
  let seen = 0;
  const poll = setInterval(() => {
    const done = Atomics.load(flags, DONE);
    const total = Atomics.load(flags, TOTAL);
    if (done === seen) return;
    seen = done;
    onProgress?.({ phase: PHASES[method], done, ...(total >= 0 ? { total } : {}) });
  }, POLL_MS);
  const task: GamesTask = {
    game: { ...game, payoffs: game.payoffs.map((u) => u.map((v) => v.toString())) },
    method,
    options,
    shared,
  };
  try {
    return reviveRationals(await pool.run<games.GameSolution>(task));
  } catch (e) {
    if (e instanceof WorkerTaskError && e.code === 'aborted')
      throw new AbortedError(signal?.reason);
    throw e;
  } finally {
    clearInterval(poll);
    clearTimeout(kill);
    signal?.removeEventListener('abort', abort);
    await pool.close();
  }
}
/** Aborts the solve on Ctrl-C while it runs, instead of killing the process. */
export async function cancellableOnSigint(
  run: (signal: AbortSignal) => Promise<number>,
): Promise<number> {
  const controller = new AbortController();
  const abort = () => controller.abort(new Error('cancelled with Ctrl-C'));
  process.once('SIGINT', abort);
  try {
    return await run(controller.signal);
  } finally {
    process.off('SIGINT', abort);
  }
}

/** The phase each solver reports (the worker shares only the counts). */
const PHASES: Record<games.GameMethod, string> = {
  enumpure: 'best replies',
  enummixed: 'vertices',
  lcp: 'Lemke–Howson paths',
  lp: 'simplex pivots',
  simpdiv: 'grid refinements',
  logit: 'logit branch',
};
