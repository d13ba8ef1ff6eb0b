import { describe, expect, it } from 'vitest';
import { twoIssueScenario } from '../../../engines/src/forecast/fixtures/twoIssueScenario.ts';
import { forecastInputFromScenario, monteCarlo } from '../../../engines/src/forecast/index.ts';
import { monteCarloOnPool } from './monteCarloOnPool.ts';

const input = forecastInputFromScenario(twoIssueScenario());
const options = { model: 'bdm' as const, runs: 120, chunkSize: 20, seed: 7 };

describe('Monte Carlo on the worker pool', () => {
  it('gives byte-identical results on 1, 2 and 3 workers, equal to the single-thread engine', async () => {
    const [one, two, three] = await Promise.all(
      [1, 2, 3].map((workers) => monteCarloOnPool(input, options, { workers, inThreadBelowMs: 0 })),
    );
    const text = JSON.stringify(one);
    expect(JSON.stringify(two)).toBe(text);
    expect(JSON.stringify(three)).toBe(text);
    expect(JSON.stringify(monteCarlo(input, options))).toBe(text);
    expect(one!.distribution).toHaveLength(2);
  });

  it('reports progress once per chunk', async () => {
    const seen: number[] = [];
    await monteCarloOnPool(
      input,
      { ...options, onProgress: (p) => seen.push(p.done) },
      { workers: 2, inThreadBelowMs: 0 },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('stops the workers and rejects when cancelled', async () => {
    const controller = new AbortController();
    const run = monteCarloOnPool(
      input,
      { ...options, model: 'smp', runs: 4000, chunkSize: 50, signal: controller.signal },
      { workers: 2, inThreadBelowMs: 0 },
    );
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ code: 'aborted' });
  });

  it('runs a small job on this thread, with the same numbers as on the pool', async () => {
    const seen: number[] = [];
    const here = await monteCarloOnPool(
      input,
      { ...options, onProgress: (p) => seen.push(p.done) },
      { workers: 2, inThreadBelowMs: 60_000 },
    );
    expect(JSON.stringify(here)).toBe(JSON.stringify(monteCarlo(input, options)));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('hears a cancel between chunks when running on this thread', async () => {
    const controller = new AbortController();
    const run = monteCarloOnPool(
      input,
      { ...options, model: 'smp', runs: 4000, chunkSize: 50, signal: controller.signal },
      { workers: 1 },
    );
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ code: 'aborted' });
  });

  it('passes engine errors back with their code', async () => {
    const bad = { ...input, linkages: [{ id: 'x', issues: ['relief', 'nope'] }] };
    await expect(
      monteCarloOnPool(bad, options, { workers: 1, inThreadBelowMs: 0 }),
    ).rejects.toMatchObject({
      code: 'forecast/unknown-linked-issue',
    });
  });
});
