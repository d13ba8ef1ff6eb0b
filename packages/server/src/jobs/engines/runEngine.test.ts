import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '@parley/model';
import {
  HARBOUR_YAML,
  PD_YAML,
  PENNIES_NFG,
  GENIUS_BUYER,
  GENIUS_DOMAIN,
  GENIUS_SELLER,
} from '../../testing/fixtures.ts';
import type { JobInput } from '../jobTypes.ts';
import { jobErrorOf, runEngine } from './runEngine.ts';

const scenario = (text: string): JobInput => {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return { kind: 'scenario', scenario: parsed.value as Scenario };
};
const noProgress = () => {};

describe('the engines as jobs run them', () => {
  it('finds the textbook equilibria of the Prisoner’s Dilemma (Fang, Hipel & Kilgour 1993, ch. 3)', () => {
    const { result, provenance } = runEngine(
      { engine: 'gmcr', input: scenario(PD_YAML), params: {} },
      noProgress,
    );
    expect((result as { equilibria: Record<string, number[]> }).equilibria).toEqual({
      nash: [4],
      gmr: [1, 4],
      smr: [1, 4],
      seq: [1, 4],
      sim: [1, 4],
    });
    expect(provenance).toMatchObject({ engine: 'gmcr', method: 'nash,gmr,smr,seq,sim' });
  });

  it('traces paths from a status quo given as a Y/N string, and adds limited-move stability', () => {
    const { result } = runEngine(
      {
        engine: 'gmcr',
        input: scenario(PD_YAML),
        params: { statusQuo: 'YN', horizon: 2, concepts: ['nash'] },
      },
      noProgress,
    );
    const json = result as {
      statusQuo: { state: number };
      horizon: number;
      equilibria: Record<string, number[]>;
    };
    expect(json.statusQuo.state).toBe(2);
    expect(json.horizon).toBe(2);
    expect(Object.keys(json.equilibria)).toEqual(['nash', 'limited']);
  });

  it('reports an infeasible or malformed status quo as an input error with a stable code', () => {
    const run = () =>
      runEngine({ engine: 'gmcr', input: scenario(PD_YAML), params: { statusQuo: 9 } }, noProgress);
    expect(() => run()).toThrow();
    try {
      run();
    } catch (e) {
      expect(jobErrorOf(e)).toMatchObject({ code: 'unknown-state' });
    }
  });

  it('forecasts every issue with the default models and reports progress', () => {
    const seen: number[] = [];
    const { result, provenance } = runEngine(
      { engine: 'forecast', input: scenario(HARBOUR_YAML), params: {} },
      (f) => seen.push(f),
    );
    const json = result as { models: string[]; issues: { issue: string }[] };
    expect(json.models).toEqual(['mean', 'capability-mean', 'median', 'bdm', 'smp']);
    expect(json.issues.map((i) => i.issue)).toEqual(['fees', 'dredging']);
    expect(seen.length).toBeGreaterThan(0);
    expect(provenance.seed).toBeUndefined();
  });

  it('gives the same Monte Carlo forecast for the same seed, and records the seed', () => {
    const run = () =>
      runEngine(
        {
          engine: 'forecast',
          input: scenario(HARBOUR_YAML),
          params: { models: ['bdm'], runs: 40, seed: 3 },
        },
        noProgress,
      );
    const a = run();
    expect(JSON.stringify(run().result)).toBe(JSON.stringify(a.result));
    expect(a.provenance.seed).toBe(3);
  });

  it('computes the bargaining solutions of the scenario’s issues and simulates a session', () => {
    const { result } = runEngine(
      {
        engine: 'negotiate',
        input: scenario(HARBOUR_YAML),
        params: { steps: 3, session: { rounds: 20 } },
      },
      noProgress,
    );
    const json = result as {
      analysis: { outcomes: number; parties: unknown[]; nash: unknown };
      session: { endedBy: string };
    };
    expect(json.analysis.outcomes).toBe(9); // 3 values on each of 2 issues
    expect(json.analysis.parties).toHaveLength(3);
    expect(json.analysis.nash).not.toBeNull();
    expect(json.session.endedBy).toBeTypeOf('string');
  });

  it('negotiates one track of the flagship with its seated parties, as `parley negotiate analyze --track`', () => {
    const korea = readFileSync(
      new URL('../../../../../catalog/korean-peninsula-2018.yaml', import.meta.url),
      'utf8',
    );
    const { result } = runEngine(
      { engine: 'negotiate', input: scenario(korea), params: { track: 'us_dprk', steps: 5 } },
      noProgress,
    );
    const analysis = (result as { analysis: { parties: { id: string }[]; outcomes: number } })
      .analysis;
    // docs/cli.md shows this table: the USA and the DPRK over three issues, 5³ = 125 outcomes.
    expect(analysis.parties.map((p) => p.id)).toEqual(['usa', 'dprk']);
    expect(analysis.outcomes).toBe(125);
  });

  it('reads a GENIUS domain for negotiation', () => {
    const input: JobInput = {
      kind: 'genius',
      domain: GENIUS_DOMAIN,
      profiles: [GENIUS_BUYER, GENIUS_SELLER],
    };
    const { result } = runEngine({ engine: 'negotiate', input, params: {} }, noProgress);
    expect((result as { analysis: { outcomes: number } }).analysis.outcomes).toBe(4);
  });

  it('solves matching pennies: the unique equilibrium mixes ½–½ (von Neumann; Gambit enummixed)', () => {
    const { result } = runEngine(
      { engine: 'games', input: { kind: 'gambit', text: PENNIES_NFG }, params: {} },
      noProgress,
    );
    const solution = (
      result as { solution: { method: string; equilibria: { profile: string[][] }[] } }
    ).solution;
    expect(solution.method).toBe('enummixed');
    expect(solution.equilibria.map((e) => e.profile)).toEqual([
      [
        ['1/2', '1/2'],
        ['1/2', '1/2'],
      ],
    ]);
  });

  it('solves the game view of a scenario: mutual confession is the pure equilibrium of the dilemma', () => {
    const { result } = runEngine(
      { engine: 'games', input: scenario(PD_YAML), params: { method: 'enumpure' } },
      noProgress,
    );
    const json = result as { view: { options: string[] }; solution: { equilibria: unknown[] } };
    expect(json.view.options).toEqual(['c1', 'c2']);
    expect(json.solution.equilibria).toHaveLength(1);
  });

  it('compares the architectures against the baseline with the engines’ compareArchitectures', () => {
    const { result, provenance } = runEngine(
      { engine: 'compare', input: scenario(HARBOUR_YAML), params: { runs: 4, seed: 5 } },
      noProgress,
    );
    const json = result as {
      baseline: string;
      architectures: { id: string }[];
      deltas: { architecture: string }[];
    };
    expect(json.baseline).toBe('baseline');
    expect(json.architectures.map((a) => a.id)).toEqual(['baseline', 'capped']);
    expect(json.deltas.map((d) => d.architecture)).toEqual(['capped']);
    expect(provenance).toMatchObject({ engine: 'compare', seed: 5 });
  });

  it('turns unknown failures into engine-failed without a stack trace', () => {
    expect(jobErrorOf(new TypeError('x is undefined'))).toEqual({
      code: 'engine-failed',
      message: 'the engine failed: x is undefined',
    });
  });
});
