import { describe, expect, it } from 'vitest';
import { outcomeIndex } from '../negotiate/outcomeSpace.ts';
import { prepareDomain } from '../negotiate/preparedDomain.ts';
import { blockingParties, vetoParties } from './implementationVeto.ts';
import { negotiationUnits } from './negotiationUnits.ts';
import { compareFixture } from './testing/compareFixtures.ts';

const scenario = compareFixture();
const [unit] = negotiationUnits(scenario, { steps: 3 }).units;
const prepared = prepareDomain(unit!.domain);
const at = (x: number, y: number): number => outcomeIndex(prepared.table.space, [x, y]);

describe('implementation vetoes', () => {
  it('finds the holders of a veto over an issue of the table, seated or not', () => {
    expect(vetoParties(scenario, unit!, prepared).map((i) => unit!.domain.parties[i]!.id)).toEqual([
      'gamma',
    ]);
  });

  it('blocks a deal that leaves the holder worse off than no deal, and only such a deal', () => {
    const gamma = vetoParties(scenario, unit!, prepared);
    // Gamma: x weight 0.6 (ideal 100), y weight 0.4 (ideal 0); no deal (0, 0) is worth 0.4.
    // (x 50, y 100): 0.6·0.5 + 0.4·0 = 0.3 < 0.4 — blocked. (x 100, y 50): 0.6 + 0.2 = 0.8 — not.
    expect(prepared.table.reservation[gamma[0]!]).toBeCloseTo(0.4, 12);
    expect(blockingParties(prepared, gamma, at(1, 2))).toEqual(gamma);
    expect(blockingParties(prepared, gamma, at(2, 1))).toEqual([]);
    // Exactly the reservation value is not "worse off".
    expect(blockingParties(prepared, gamma, at(0, 0))).toEqual([]);
  });
});
