import { describe, expect, it } from 'vitest';
import { AbortedError, games } from '@parley/engines';
import { runSolver, WORKER_FROM_PROFILES } from './gamesRun.ts';

/** An n×n coordination game: both get 1 when they pick the same strategy, else 0. */
function coordination(n: number): games.StrategicGame {
  const diagonal = Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => (r === c ? 1 : 0)),
  );
  return games.bimatrixGame(diagonal, diagonal);
}

describe('runSolver on a worker thread', () => {
  const game = coordination(16);

  it('is used from 256 profiles on, and returns exact equilibria equal to the in-process ones', async () => {
    expect(games.profileCount(game)).toBeGreaterThanOrEqual(WORKER_FROM_PROFILES);
    const onWorker = await runSolver(game, 'enumpure', {}, {});
    const inProcess = await runSolver(game, 'enumpure', {}, { inProcess: true });
    // The 16 pure equilibria (i, i); Rationals survive the trip (toString, arithmetic).
    expect(onWorker.equilibria).toHaveLength(16);
    expect(games.formatGambit(onWorker, {})).toBe(games.formatGambit(inProcess, {}));
    expect(onWorker.equilibria[0]!.regret.isZero()).toBe(true);
  });

  it('stops lcp through the shared abort flag once progress arrives, with AbortedError', async () => {
    const controller = new AbortController();
    let reports = 0;
    const run = runSolver(
      game,
      'lcp',
      {},
      {
        signal: controller.signal,
        onProgress: (p) => {
          reports++;
          expect(p.phase).toBe('Lemke–Howson paths');
          controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(reports).toBeGreaterThanOrEqual(1);
  });
});
