import type { forecast } from '@parley/engines';
import { describe, expect, it } from 'vitest';
import { forecastMovers } from './forecastMovers.ts';

type Region = forecast.BdmDyadRecord['region'];

/** A chosen dyad record: `actor` accepted `other`'s offer. */
const chosen = (actor: string, other: string, region: Region, to: number) => ({
  actor,
  other,
  dimensions: ['Relief'],
  euActor: -0.1,
  euOther: 0.3,
  region,
  proposed: [to],
  chosen: true,
});

/**
 * A hand-made three-round BDM trajectory: Russia compromises toward China in round 2; the USA
 * confronts and loses to Japan in round 1, then swings back; Japan never moves.
 */
function result(): forecast.ForecastResult {
  const at = (russia: number, china: number, usa: number, japan: number) => ({
    positions: { Russia: [russia], China: [china], USA: [usa], Japan: [japan] },
  });
  return {
    model: 'bdm',
    dimensions: ['Relief'],
    actors: ['Russia', 'China', 'USA', 'Japan'],
    turns: [
      at(75, 60, 10, 5),
      { ...at(75, 60, 5, 5), audit: [chosen('USA', 'Japan', 'confrontation', 5)] },
      { ...at(63, 60, 5, 5), audit: [chosen('Russia', 'China', 'compromise', 63)] },
      { ...at(63, 60, 20, 5), audit: [chosen('USA', 'China', 'compel', 20)] },
    ],
    final: { Russia: [63], China: [60], USA: [20], Japan: [5] },
    forecast: [60],
    provenance: {
      engine: 'forecast',
      method: 'bdm',
      parameters: {},
      inputHash: '',
      convergence: [],
      warnings: [],
    },
  };
}

describe('forecastMovers', () => {
  it('explains a single step with the offer that caused it (the wording of the brief)', () => {
    const [russia] = forecastMovers(result(), 100);
    expect(russia).toEqual({
      actor: 'Russia',
      from: 75,
      to: 63,
      text: "Russia moved 12 points toward China's position after China's offer in round 2 (region: compromise).",
    });
  });

  it('summarises several steps and names the largest, largest net move first', () => {
    const movers = forecastMovers(result(), 100);
    expect(movers.map((m) => m.actor)).toEqual(['Russia', 'USA']);
    expect(movers[1]!.text).toBe(
      "USA moved back and forth over 2 rounds, 20 points in all, ending 10 points from its start (10 → 20). Largest step: moved 15 points to China's position in round 3, compelled by China (region: compel).",
    );
  });

  it('leaves out actors who never moved and moves under 1% of the scale', () => {
    expect(forecastMovers(result(), 100).some((m) => m.actor === 'Japan')).toBe(false);
    expect(forecastMovers(result(), 10_000)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(forecastMovers(result(), 100, 1)).toHaveLength(1);
  });
});
