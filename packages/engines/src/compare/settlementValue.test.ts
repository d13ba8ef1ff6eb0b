import { applyArchitecture, quantityValue, type Scenario } from '@parley/model';
import { describe, expect, it } from 'vitest';
import { prepareDomain } from '../negotiate/preparedDomain.ts';
import { negotiationUnits } from './negotiationUnits.ts';
import { settlementModel, settlementUtility } from './settlementValue.ts';
import { compareFixture } from './testing/compareFixtures.ts';

/** The definition, issue by issue: Σ_k s_ak · (1 − |x_k − p_ak| / range) / Σ_k s_ak. */
function directUtility(scenario: Scenario, actor: string, point: Record<string, number>): number {
  let total = 0;
  let sum = 0;
  for (const issue of scenario.issues) {
    const p = issue.positions[actor];
    if (!p) continue;
    const s = quantityValue(p.salience);
    const range = issue.scale.max - issue.scale.min;
    total += s;
    sum += s * (1 - Math.abs(point[issue.id]! - quantityValue(p.position)) / range);
  }
  return sum / total;
}

describe('settlement value', () => {
  const scenario = compareFixture();

  it('equals the additive utility over all issues, whichever tables negotiate them', () => {
    for (const id of ['bilateral', 'split']) {
      const applied = applyArchitecture(scenario, id);
      const { units } = negotiationUnits(applied, { steps: 5 });
      const prepared = units.map((u) => prepareDomain(u.domain));
      const model = settlementModel(applied, units, prepared);
      // x = 75, y = 25 at every table (value index 3 and 1 on a 5-value grid).
      const implemented = units.map((u, i) =>
        u.issues.reduce(
          (o, k, j) => o + (k === 'x' ? 3 : 1) * prepared[i]!.table.space.strides[j]!,
          0,
        ),
      );
      model.actors.forEach((actor, a) => {
        expect(settlementUtility(model, prepared, a, implemented)).toBeCloseTo(
          directUtility(applied, actor, { x: 75, y: 25 }),
          12,
        );
      });
    }
  });

  it('counts the status quo for issues no table negotiates, so reservations match across structures', () => {
    const xOnly = compareFixture({
      tracks: [{ id: 'x_only', name: 'X', issues: ['x'], parties: ['alpha', 'beta'] }],
      architectures: [],
    });
    const { units } = negotiationUnits(xOnly);
    const prepared = units.map((u) => prepareDomain(u.domain));
    const model = settlementModel(xOnly, units, prepared);
    // Gamma at the status quo (0, 0): 0.6·0 + 0.4·1 = 0.4, with y at no table.
    expect(model.reservation[2]).toBeCloseTo(0.4, 12);
    expect(settlementUtility(model, prepared, 2, [-1])).toBeCloseTo(0.4, 12);
  });
});
