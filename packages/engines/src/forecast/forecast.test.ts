import { describe, expect, it } from 'vitest';
import { forecast } from './forecast.ts';
import { forecastInputFromScenario } from './forecastInputFromScenario.ts';
import { twoIssueScenario } from './fixtures/twoIssueScenario.ts';
import { FORECAST_MODELS } from './types.ts';

describe('forecastInputFromScenario', () => {
  it('makes one dimension per issue and keeps scale, ranges and missing positions', () => {
    const input = forecastInputFromScenario(twoIssueScenario());
    expect(input.dimensions).toEqual([
      { id: 'relief', name: 'Sanctions relief', min: 0, max: 100 },
      { id: 'denuc', name: 'Denuclearization', min: 0, max: 10 },
    ]);
    const alpha = input.actors[0]!;
    expect(alpha.ranges?.capability).toEqual([30, 50]);
    expect(alpha.ranges?.position).toEqual([[0, 20], null]);
    expect(input.actors[3]!.position).toEqual([30, null]);
  });

  it('assumes capability 1 when the scenario gives none, and says so', () => {
    const input = forecastInputFromScenario(twoIssueScenario());
    expect(input.actors[3]!.capability).toBe(1);
    expect(input.warnings).toEqual(['Delta has no capability: 1 assumed']);
  });

  it('selects one issue by id and rejects an unknown one with a stable code', () => {
    expect(forecastInputFromScenario(twoIssueScenario(), 'denuc').actors.map((a) => a.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(() => forecastInputFromScenario(twoIssueScenario(), 'nope')).toThrow(
      expect.objectContaining({ code: 'forecast/unknown-issue' }),
    );
  });

  it('reads the proposed `linkages` key', () => {
    const scenario = {
      ...twoIssueScenario(),
      linkages: [{ id: 'deal', issues: ['relief', 'denuc'], kind: 'package' as const }],
    };
    expect(forecastInputFromScenario(scenario).linkages).toEqual([
      { id: 'deal', issues: ['relief', 'denuc'], kind: 'package' },
    ]);
  });
});

describe('forecast', () => {
  const input = forecastInputFromScenario(twoIssueScenario());

  it('returns the stable JSON shape for every model', () => {
    for (const model of FORECAST_MODELS) {
      const result = forecast(input, { model });
      expect(Object.keys(result).sort()).toEqual([
        'actors',
        'dimensions',
        'final',
        'forecast',
        'model',
        'provenance',
        'turns',
      ]);
      expect(result.dimensions).toEqual(['Sanctions relief', 'Denuclearization']);
      expect(result.actors).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
      expect(result.forecast).toHaveLength(2);
      expect(result.final.Delta![1]).toBeNull();
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('gives the compromise model Σcsx/Σcs per issue', () => {
    const { forecast: f } = forecast(input, { model: 'mean' });
    expect(f[0]).toBeCloseTo(
      (40 * 90 * 10 + 30 * 70 * 80 + 20 * 50 * 60 + 40 * 30) / (3600 + 2100 + 1000 + 40),
      12,
    );
    expect(f[1]).toBeCloseTo((40 * 80 * 9 + 30 * 90 * 2 + 20 * 30 * 5) / (3200 + 2700 + 600), 12);
  });

  it('records per-dyad audit records so an analyst can ask why an actor moved', () => {
    const result = forecast(input, { model: 'bdm', bdmVariant: 'paper', rounds: 3 });
    const moved = result.turns[1]!.audit!.filter((r) => r.chosen);
    expect(moved.length).toBeGreaterThan(0);
    for (const record of moved) {
      const d = result.dimensions.indexOf(record.dimensions[0]!);
      expect(record.proposed).toEqual([result.turns[1]!.positions[record.actor]![d]]);
      expect(['confrontation', 'compromise', 'compel']).toContain(record.region);
    }
    expect(result.provenance.convergence).toHaveLength(2);
  });

  it('treats linked issues as one unit (a two-dimensional package) in the spatial model', () => {
    const linked = { ...input, linkages: [{ id: 'deal', issues: ['relief', 'denuc'] }] };
    const result = forecast(linked, { model: 'smp' });
    expect(result.provenance.convergence.map((c) => c.dimensions)).toEqual([
      ['Sanctions relief', 'Denuclearization'],
    ]);
    expect(result.provenance.warnings).toContain(
      'Delta lacks a position on part of the package [Sanctions relief, Denuclearization]: left out',
    );
    expect(result.actors).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('decides BDM dyads on the whole package when issues are linked', () => {
    const linked = { ...input, linkages: [{ id: 'deal', issues: ['relief', 'denuc'] }] };
    const result = forecast(linked, { model: 'bdm', rounds: 3 });
    const records = result.turns[1]!.audit!;
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r.dimensions).toEqual(['Sanctions relief', 'Denuclearization']);
      if (r.proposed) expect(r.proposed).toHaveLength(2);
    }
    // Every accepted offer moves the actor on both issues at once, along the line to the other.
    for (const r of records.filter((x) => x.chosen)) {
      const before = result.turns[0]!.positions[r.actor]!;
      const other = result.turns[0]!.positions[r.other]!;
      const t = (r.proposed![0]! - before[0]!) / (other[0]! - before[0]!);
      expect(r.proposed![1]).toBeCloseTo(before[1]! + t * (other[1]! - before[1]!), 9);
    }
  });

  it('reports progress and honours cancellation', () => {
    const seen: number[] = [];
    forecast(input, { model: 'smp', onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([0, 1, 2]);
    const controller = new AbortController();
    controller.abort();
    expect(() => forecast(input, { model: 'bdm', signal: controller.signal })).toThrow(
      expect.objectContaining({ code: 'aborted' }),
    );
  });

  it('is deterministic: the same input gives the same result and input hash', () => {
    expect(forecast(input, { model: 'smp' })).toEqual(forecast(input, { model: 'smp' }));
  });
});
