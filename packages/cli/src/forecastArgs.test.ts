import { describe, expect, it } from 'vitest';
import { ALL_MODELS, forecastPlan, parseCount, parseIssue, parseModels } from './forecastArgs.ts';
import { UsageError } from './errors.ts';
import type { Scenario } from '@parley/model';

const scenario = {
  issues: [
    { id: 'relief_extent', name: 'Extent of sanctions relief' },
    { id: 'sequencing', name: 'Sequencing' },
  ],
} as unknown as Scenario;

describe('forecast arguments', () => {
  it('reads model lists in the order given, expanding all and dropping repeats', () => {
    expect(parseModels('smp,BDM')).toEqual(['smp', 'bdm']);
    expect(parseModels('condorcet,all,bdm')).toEqual(['condorcet', ...ALL_MODELS]);
    expect(() => parseModels('bdm,,smp')).toThrow(UsageError);
  });

  it('accepts whole numbers within bounds only', () => {
    expect(parseCount('2000', '--runs', 1, 1e6)).toBe(2000);
    for (const bad of ['0', '-3', '2.5', '1e3', 'ten', ''])
      expect(() => parseCount(bad, '--runs', 1, 1e6)).toThrow(/bad --runs/);
  });

  it('finds an issue by id or name, in any case, and suggests the closest id otherwise', () => {
    expect(parseIssue('SEQUENCING', scenario)).toBe('sequencing');
    expect(parseIssue('extent of sanctions relief', scenario)).toBe('relief_extent');
    expect(() => parseIssue('relief_extant', scenario)).toThrow(
      expect.objectContaining({
        hint: 'did you mean `relief_extent`? (issues: relief_extent, sequencing)',
      }),
    );
  });

  it('defaults to the given models, seed 1, no Monte Carlo', () => {
    const plan = forecastPlan({}, ['bdm']);
    expect(plan).toMatchObject({ models: ['bdm'], seed: 1, joint: false });
    expect(plan.runs).toBeUndefined();
    expect(plan.workers).toBeGreaterThanOrEqual(1);
  });

  it('rejects a seed without runs: it would do nothing', () => {
    expect(() => forecastPlan({ seed: '4' }, ['bdm'])).toThrow('--seed needs --runs');
  });
});
