import { describe, expect, it } from 'vitest';
import { twoIssueScenario } from '../fixtures/twoIssueScenario.ts';
import { forecastInputFromScenario } from '../forecastInputFromScenario.ts';
import { finishMonteCarlo, monteCarlo } from './monteCarlo.ts';
import { monteCarloChunk } from './monteCarloChunk.ts';
import { quantile, spearman } from './summarizeMonteCarlo.ts';
import { triangular, uncertainInputs } from './uncertainInputs.ts';

const input = forecastInputFromScenario(twoIssueScenario());

describe('uncertain inputs', () => {
  it('are the numbers written with a range, in actor-field-dimension order', () => {
    expect(
      uncertainInputs(input).map((v) => [
        input.actors[v.actor]!.id,
        v.kind,
        v.dim,
        v.low,
        v.mode,
        v.high,
      ]),
    ).toEqual([
      ['a', 'capability', -1, 30, 40, 50],
      ['a', 'position', 0, 0, 10, 20],
      ['b', 'salience', 0, 50, 70, 90],
    ]);
  });

  it('are drawn from a triangular distribution: ends, mode and median', () => {
    expect(triangular(0, 0, 10, 20)).toBe(0);
    expect(triangular(0.5, 0, 10, 20)).toBe(10);
    expect(triangular(0.999999, 0, 10, 20)).toBeCloseTo(20 - Math.sqrt(0.000001 * 200), 12);
    // Median of Tri(0, 0, 1) is 1 − 1/√2.
    expect(triangular(0.5, 0, 0, 1)).toBeCloseTo(1 - Math.SQRT1_2, 12);
  });
});

describe('statistics', () => {
  it('uses type-7 quantiles (R default)', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([5], 0.9)).toBe(5);
  });

  it("gives Spearman's ρ of ±1 for monotone relations and mid-ranks for ties", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 25, 400])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 1, 2, 2], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.8), 12);
  });
});

describe('monteCarlo', () => {
  const options = { model: 'mean' as const, runs: 600, chunkSize: 100, seed: 42 };

  it('does not depend on the order in which chunks are computed', () => {
    const inOrder = [0, 1, 2, 3, 4, 5].map((k) => monteCarloChunk(input, options, k));
    const shuffled = [5, 2, 0, 4, 1, 3].map((k) => monteCarloChunk(input, options, k));
    expect(JSON.stringify(finishMonteCarlo(input, options, shuffled))).toBe(
      JSON.stringify(finishMonteCarlo(input, options, inOrder)),
    );
    expect(JSON.stringify(monteCarlo(input, options))).toBe(
      JSON.stringify(finishMonteCarlo(input, options, inOrder)),
    );
  });

  it('changes with the seed and is repeatable for one seed', () => {
    const a = monteCarlo(input, options).distribution![0]!;
    const b = monteCarlo(input, { ...options, seed: 43 }).distribution![0]!;
    expect(monteCarlo(input, options).distribution![0]).toEqual(a);
    expect(b.mean).not.toBe(a.mean);
  });

  it('centres the compromise forecast on the point forecast and spreads it', () => {
    const result = monteCarlo(input, { ...options, runs: 2000, chunkSize: 500 });
    const relief = result.distribution![0]!;
    expect(relief.runs).toBe(2000);
    expect(Math.abs(relief.mean - result.forecast[0]!)).toBeLessThan(1);
    expect(relief.sd).toBeGreaterThan(0.5);
    expect(relief.quantiles['0.05']!).toBeLessThan(relief.quantiles['0.95']!);
    expect(relief.histogram.counts.reduce((s, c) => s + c, 0)).toBe(2000);
    expect(relief.convergence.standardError).toBeCloseTo(relief.sd / Math.sqrt(2000), 12);
  });

  it('ranks Alpha first on relief: its position range moves the compromise most', () => {
    const relief = monteCarlo(input, options).distribution![0]!;
    expect(relief.sensitivity[0]!.actor).toBe('Alpha');
    expect(relief.sensitivity[0]!.inputs['position:Sanctions relief']).toBeGreaterThan(0.5);
    // Denuclearization has no uncertain input of its own except Alpha's capability.
    const denuc = monteCarlo(input, options).distribution![1]!;
    expect(denuc.sensitivity.map((s) => s.actor)).toEqual(['Alpha', 'Beta']);
  });

  it('runs the simulation models too, with convergence statistics', () => {
    const result = monteCarlo(input, { model: 'bdm', runs: 50, chunkSize: 25, seed: 1 });
    const dist = result.distribution![1]!;
    expect(dist.runs).toBe(50);
    expect(dist.convergence.convergedShare).toBeGreaterThanOrEqual(0);
    expect(dist.convergence.meanRounds).toBeGreaterThan(0);
    expect(result.provenance.seed).toBe(1);
  });

  it('reports progress per chunk and can be cancelled', () => {
    const seen: number[] = [];
    monteCarlo(input, { ...options, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const controller = new AbortController();
    controller.abort();
    expect(() => monteCarlo(input, { ...options, signal: controller.signal })).toThrow(
      expect.objectContaining({ code: 'aborted' }),
    );
  });
});
