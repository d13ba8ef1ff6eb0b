import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatParams,
  formatTime,
  runEngineLabel,
  provenanceOf,
  resultFileName,
  runDuration,
} from './runFormat.ts';
import { runOf } from './runFixture.ts';

describe('how a run reads', () => {
  it('gives durations in the unit that fits', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_340)).toBe('12.3 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
    expect(formatDuration(7_620_000)).toBe('2 h 07 min');
  });

  it('times a run from its start to its finish, and not before it finished', () => {
    expect(runDuration(runOf())).toBe(12_500);
    expect(runDuration(runOf({ startedAt: null }))).toBe(13_500);
    expect(runDuration(runOf({ status: 'running', finishedAt: null }))).toBeNull();
  });

  it('writes times as local date and time, to the second', () => {
    expect(formatTime('2026-11-28T09:05:03.000Z')).toMatch(/^2026-11-2[78] \d\d:\d\d:03$/);
    expect(formatTime(null)).toBe('—');
  });

  it('lists parameters on one line, or says the defaults were used', () => {
    expect(formatParams({ runs: 200, models: ['bdm', 'smp'], method: 'median' })).toBe(
      'runs=200 · models=["bdm","smp"] · method=median',
    );
    expect(formatParams({})).toBe('defaults');
  });

  it('reads the provenance the server stored, ignoring fields of the wrong type', () => {
    const run = runOf({
      provenance: {
        engine: 'forecast',
        method: 'bdm-scholz-2011',
        parameters: { rounds: 10 },
        seed: 7,
        warnings: ['no uncertainty given'],
        inputHash: 'abc',
        parley: '0.1.0',
        durationMs: 12_500,
        scenario: { id: 'catalog:korea-2018', version: 1 },
        extra: 'kept out',
      },
    });
    expect(provenanceOf(run)).toEqual({
      engine: 'forecast',
      method: 'bdm-scholz-2011',
      parameters: { rounds: 10 },
      seed: 7,
      warnings: ['no uncertainty given'],
      inputHash: 'abc',
      parley: '0.1.0',
      durationMs: 12_500,
    });
    expect(provenanceOf(runOf({ provenance: { seed: 'seven' } }))).toEqual({});
    expect(provenanceOf(runOf())).toBeNull();
  });

  it('names the result file after the engine and a file-safe run id', () => {
    expect(resultFileName(runOf({ engine: 'gmcr', id: 'run_01J:x/y' }))).toBe(
      'parley-gmcr-run_01J_x_y.json',
    );
  });
});

describe('runEngineLabel', () => {
  it('names the view of a view run, and the engine otherwise', () => {
    expect(runEngineLabel({ engine: 'view', params: { kind: 'gmcr' } })).toBe('GMCR view');
    expect(runEngineLabel({ engine: 'view', params: { kind: 'negotiate', steps: 5 } })).toBe(
      'negotiation view',
    );
    expect(runEngineLabel({ engine: 'forecast', params: { runs: 10 } })).toBe('forecast');
  });
});
