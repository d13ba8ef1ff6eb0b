import { describe, expect, it } from 'vitest';
import { buildModel } from '../gmcr/model.ts';
import { coreOptions, optionWeights } from './coreOptions.ts';
import { prisonersDilemma, threeActors } from './testing/gameViewFixtures.ts';

describe('optionWeights', () => {
  it('weighs both confessions of the symmetric Prisoner’s Dilemma alike', () => {
    const weights = optionWeights(buildModel(prisonersDilemma()));
    expect(weights[0]!.weight).toBeCloseTo(weights[1]!.weight, 12);
    // Flipping a confession moves the confessor by 1 rank and the other by 2, of a range of 3.
    expect(weights[0]!.weight).toBeCloseTo(1, 12);
  });

  it('puts options of first statements before options of last statements', () => {
    // z is A's first statement and B's last; v is only C's last statement.
    const model = buildModel(threeActors());
    const order = optionWeights(model).map((w) => model.input.options[w.option]!.id);
    expect(order.indexOf('z')).toBeLessThan(order.indexOf('v'));
  });
});

describe('coreOptions', () => {
  it('returns the heaviest options in model order', () => {
    const model = buildModel(threeActors());
    const ranked = optionWeights(model).map((w) => w.option);
    expect(coreOptions(model, 2)).toEqual(ranked.slice(0, 2).sort((a, b) => a - b));
  });

  it('brings in a second decision maker when the heaviest options all belong to one', () => {
    const model = buildModel(threeActors());
    const owners = new Set(coreOptions(model, 1).map((k) => model.input.options[k]!.owner));
    expect(owners.size).toBe(1);
    for (let count = 2; count <= 5; count++) {
      const chosen = coreOptions(model, count);
      expect(new Set(chosen.map((k) => model.input.options[k]!.owner)).size).toBeGreaterThan(1);
    }
  });
});
