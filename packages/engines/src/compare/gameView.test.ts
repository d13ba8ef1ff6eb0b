import { describe, expect, it } from 'vitest';
import { buildModel } from '../gmcr/model.ts';
import { pureEquilibriumIndices } from '../games/solvers/enumpure.ts';
import { payoffMatrices } from '../games/strategicGame.ts';
import { EngineError } from '../shared/engineError.ts';
import { decimalOfProfile, gameFromScenarioModel, profileOfDecimal } from './gameView.ts';
import { prisonersDilemma, threeActors } from './testing/gameViewFixtures.ts';

const strings = (rows: { toString(): string }[][]) => rows.map((r) => r.map(String));

describe("the game view of the Prisoner's Dilemma graph model", () => {
  const view = gameFromScenarioModel(buildModel(prisonersDilemma()));

  it('has one player per decision maker, with "—" and "confess" as strategies', () => {
    expect(view.game.players).toEqual(['Prisoner 1', 'Prisoner 2']);
    expect(view.game.strategies).toEqual([
      ['—', 'c1'],
      ['—', 'c2'],
    ]);
  });

  it('pays the ranks T = 4 > R = 3 > P = 2 > S = 1 of the textbook game (Rapoport & Chammah 1965)', () => {
    const { a, b } = payoffMatrices(view.game);
    expect(strings(a)).toEqual([
      ['3', '1'],
      ['4', '2'],
    ]);
    expect(strings(b)).toEqual([
      ['3', '4'],
      ['1', '2'],
    ]);
  });

  it('has mutual confession as its only pure equilibrium, as the GMCR Nash analysis finds', () => {
    expect(pureEquilibriumIndices(view.game)).toEqual([3]);
    expect(view.states[3]).toBe(3);
  });

  it('maps the status quo (both silent) to the first profile', () => {
    expect(view.statusQuoProfile).toBe(0);
  });
});

describe('the game view of a three-actor model with infeasible states', () => {
  const model = buildModel(threeActors());
  const view = gameFromScenarioModel(model);

  it('drops settings no choice of the others makes feasible (A cannot take x and y)', () => {
    expect(view.game.strategies).toEqual([
      ['—', 'x', 'y'],
      ['—', 'z'],
      ['—', 'w', 'v', 'w+v'],
    ]);
  });

  it('marks the six profiles where C takes w without B taking z as infeasible, paying 0', () => {
    const infeasible = [...view.states.keys()].filter((p) => view.states[p]! < 0);
    expect(infeasible).toEqual([6, 7, 8, 18, 19, 20]);
    for (const p of infeasible)
      expect(view.game.payoffs.map((u) => u[p]!.toString())).toEqual(['0', '0', '0']);
    expect(view.infeasiblePayoffs.map(String)).toEqual(['0', '0', '0']);
  });

  it('pays dense ranks among the feasible profiles (hand-computed from the statements)', () => {
    // A: [z, !x] → score 2z + !x; profile 12 = (—, —, v): score 1 → rank 2 of 4.
    expect(view.game.payoffs.map((u) => u[12]!.toString())).toEqual(['2', '2', '2']);
    // Profile 21 = (—, z, w+v): A 2+1 → 4, B 0+0 → 1, C 2+1 → 4.
    expect(view.game.payoffs.map((u) => u[21]!.toString())).toEqual(['4', '1', '4']);
  });

  it('finds the pure equilibria computed by hand, including two where only C’s w keeps B committed to z', () => {
    // Checked with a direct enumeration of unilateral deviations under the penalty rule.
    expect(pureEquilibriumIndices(view.game)).toEqual([12, 14, 21, 23]);
  });

  it('maps profiles to decimals and back', () => {
    expect(view.statusQuoProfile).toBe(12);
    expect(decimalOfProfile(view, [0, 1, 3])).toBe(0b11100);
    expect(profileOfDecimal(view.settings, 0b11100)).toBe(21);
    expect(profileOfDecimal(view.settings, 0b00011)).toBe(-1);
  });
});

describe('a game over some options', () => {
  const model = buildModel(threeActors());

  it('keeps the other options at their status quo and leaves out decision makers without options', () => {
    const view = gameFromScenarioModel(model, { options: ['z', 'x'] });
    expect(view.options).toEqual([0, 2]);
    expect(view.players).toEqual([0, 1]);
    expect(view.base).toBe(0b10000);
    expect(view.game.strategies).toEqual([
      ['—', 'x'],
      ['—', 'z'],
    ]);
    expect(Array.from(view.states, (s) => model.decimals[s])).toEqual([16, 17, 20, 21]);
  });

  it('pays statement scores Σ 2^(n−1−k) with payoff "score" (A: [z, !x])', () => {
    const view = gameFromScenarioModel(model, { options: ['x', 'z'], payoff: 'score' });
    expect(view.game.payoffs[0]!.map(String)).toEqual(['1', '0', '3', '2']);
    expect(
      gameFromScenarioModel(model, { options: ['x', 'z'] }).game.payoffs[0]!.map(String),
    ).toEqual(['2', '1', '4', '3']);
  });

  it('refuses unknown options with a stable code', () => {
    expect(() => gameFromScenarioModel(model, { options: ['x', 'nope'] })).toThrow(
      expect.objectContaining({ code: 'compare/unknown-option' }) as EngineError,
    );
  });
});
