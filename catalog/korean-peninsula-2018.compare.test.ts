import { describe, expect, it } from 'vitest';
import { compare } from '@parley/engines';
import { loadCatalogScenario } from './loadCatalogScenario.ts';

// The flagship's architectures compared (docs/compare.md, "The flagship"). These are model
// findings under the scenario's judgements, checked so that a change to the data or the engine
// that overturns one is noticed; the seed is fixed, the run count modest.
const result = compare.compareArchitectures(loadCatalogScenario('korean-peninsula-2018.yaml'), {
  runs: 60,
  seed: 1,
});
const arch = (id: string) => result.architectures.find((a) => a.id === id)!;

describe('the Korean Peninsula architectures compared', () => {
  it('compares the five architectures against the October 2018 baseline', () => {
    expect(result.architectures.map((a) => a.id)).toEqual([
      'oct2018',
      'us_led',
      'six_party',
      'dual_track',
      'denuclearization_first',
    ]);
  });

  it('reads the status quo as a no-deal point that already suits Washington', () => {
    const [usDprk] = arch('oct2018').negotiation.units;
    // Sanctions stay (relief 0) and nothing is traded before denuclearization (sequencing 100).
    expect(usDprk!.reservation[0]).toBeGreaterThan(0.8);
    expect(usDprk!.reservation[1]).toBeLessThan(0.2);
    expect(usDprk!.nash!.outcome.slice(0, 2)).toEqual([90, 10]);
  });

  it('finds no outside veto holder blocking a deal under any architecture', () => {
    for (const a of result.architectures) expect(a.negotiation.blocked, a.id).toBe(0);
  });

  it('holds the peace talks back under denuclearization-first: they meet only after a US–DPRK deal', () => {
    const [first, later] = arch('denuclearization_first').negotiation.units;
    expect(later!.convened).toBe(first!.implemented);
  });

  it('loses full settlements in the six-party format, where six parties must consent at each working group', () => {
    expect(arch('six_party').negotiation.fullAgreement).toBeLessThan(
      arch('oct2018').negotiation.fullAgreement,
    );
  });

  it('leaves the status quo stable under no concept once the dual suspension is guaranteed', () => {
    expect(arch('dual_track').gmcr!.statusQuo!.stableUnder).toEqual([]);
    expect(arch('oct2018').gmcr!.statusQuo!.stableUnder).toEqual(['GMR', 'SMR', 'SEQ']);
  });
});
