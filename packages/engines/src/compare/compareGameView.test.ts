import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../gmcr/analyze.ts';
import { buildModel, type GmcrModel } from '../gmcr/model.ts';
import { EngineError } from '../shared/engineError.ts';
import { arbitraryGmcr } from '../gmcr/reference/arbitraryGmcr.ts';
import { CONCEPTS, type GmcrInput } from '../gmcr/types.ts';
import { blockedImprovement, compareGameView, sanctionedImprovement } from './compareGameView.ts';
import { gameFromScenarioModel, type GameView } from './gameView.ts';
import { prisonersDilemma, threeActors } from './testing/gameViewFixtures.ts';

describe("the Prisoner's Dilemma: game view and graph model", () => {
  const model = buildModel(prisonersDilemma());
  const view = gameFromScenarioModel(model);
  const comparison = compareGameView(model, view);

  it('agree on Nash; GMR and SEQ add mutual silence (Fang, Hipel & Kilgour 1993, ch. 3)', () => {
    expect(comparison.pureNash).toEqual([3]);
    expect(comparison.equilibria.nash).toEqual([3]);
    expect(comparison.equilibria.gmr).toEqual([0, 3]);
    expect(comparison.equilibria.seq).toEqual([0, 3]);
  });

  it('explains mutual silence by the other prisoner’s confession as the sanction', () => {
    expect(sanctionedImprovement(comparison, view, 0, 'seq')).toEqual({
      player: 0,
      to: 1,
      responses: [{ player: 1, to: 3 }],
    });
  });

  it('still agree on Nash when confessing is irreversible: nobody wants a confession back', () => {
    const oneWay = buildModel(prisonersDilemma('forward-only'));
    const c = compareGameView(oneWay, gameFromScenarioModel(oneWay));
    expect(c.pureNash).toEqual([3]);
    expect(c.equilibria.nash).toEqual([3]);
  });
});

describe('a sub-conflict where an irreversible option makes a GMCR Nash state', () => {
  // Options x (A) and z (B, forward-only); C's options stay at the status quo (w no, v yes).
  // A: [z, !x], B: [x | y, !z]: in the game B never takes z; in GMCR, once z is taken B is stuck.
  const model = buildModel(threeActors());
  const view = gameFromScenarioModel(model, { options: ['x', 'z'] });
  const comparison = compareGameView(model, view);

  it('has (—, —) as the game’s only pure equilibrium, and adds (—, z) under GMCR Nash', () => {
    expect(comparison.pureNash).toEqual([0]);
    expect(comparison.equilibria.nash).toEqual([0, 2]);
  });

  it('says B would drop z but cannot, because z is forward-only', () => {
    expect(blockedImprovement(model, view, 2)).toEqual({
      player: 1,
      to: 0,
      irreversible: [2],
      misperceived: false,
    });
  });

  it('builds the sub-model over the game’s options with the other options fixed', () => {
    expect(comparison.subModel.input.options.map((o) => o.id)).toEqual(['x', 'z']);
    expect(comparison.subModel.stateCount).toBe(4);
    expect(Array.from(comparison.subStates)).toEqual([0, 1, 2, 3]);
  });
});

/** The models of arbitraryGmcr with at least one feasible state and one option owner. */
const models = arbitraryGmcr
  .map(({ input }) => input)
  .filter((input) => buildModel(input).stateCount > 0);

/** The view, or null when no state is feasible with the other options at their status quo. */
function viewOrNothing(model: GmcrModel, ids: string[]): GameView | null {
  try {
    return gameFromScenarioModel(model, { options: ids });
  } catch (e) {
    if (e instanceof EngineError && e.code === 'compare/no-feasible-profile') return null;
    throw e;
  }
}

const randomSubset = (input: GmcrInput) =>
  fc
    .subarray(
      input.options.map((o) => o.id),
      { minLength: 1 },
    )
    .map((ids) => ({ input, ids }));

describe('game view and graph model agree with the definitions on random models', () => {
  it('every pure equilibrium is GMCR-Nash, and every other GMCR-Nash profile has a blocked improvement', () => {
    fc.assert(
      fc.property(models.chain(randomSubset), ({ input, ids }) => {
        const model = buildModel(input);
        const view = viewOrNothing(model, ids);
        fc.pre(view !== null);
        const c = compareGameView(model, view);
        const feasibleNash = c.pureNash.filter((p) => view.states[p]! >= 0);
        for (const p of feasibleNash) expect(c.equilibria.nash).toContain(p);
        for (const p of c.equilibria.nash) {
          if (feasibleNash.includes(p)) continue;
          const why = blockedImprovement(model, view, p);
          expect(why).not.toBeNull();
          expect(why!.irreversible.length > 0 || why!.misperceived).toBe(true);
        }
        // Nash ⊆ SEQ ⊆ GMR and Nash ⊆ SIM hold on the sub-model as on any graph model.
        for (const p of c.equilibria.nash) {
          expect(c.equilibria.seq).toContain(p);
          expect(c.equilibria.gmr).toContain(p);
          expect(c.equilibria.sim).toContain(p);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('coincide on Nash when every option is reversible and nothing is misperceived', () => {
    fc.assert(
      fc.property(models, (raw) => {
        const input: GmcrInput = {
          ...raw,
          options: raw.options.map((o) => ({ ...o, reversibility: 'both' as const })),
          misperceived: [],
        };
        const model = buildModel(input);
        const view = gameFromScenarioModel(model);
        const c = compareGameView(model, view);
        expect(c.pureNash.filter((p) => view.states[p]! >= 0)).toEqual(c.equilibria.nash);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('rebuild the full model exactly when the game has every option', () => {
    fc.assert(
      fc.property(models, (input) => {
        const model = buildModel(input);
        const view = gameFromScenarioModel(model);
        const c = compareGameView(model, view);
        const full = analyze(model);
        expect(Array.from(c.subModel.decimals)).toEqual(Array.from(model.decimals));
        for (const concept of CONCEPTS) {
          const states = c.equilibria[concept].map((p) => view.states[p]!).sort((a, b) => a - b);
          expect(states).toEqual(full.equilibria[concept]);
        }
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});

describe('sanctions in the three-actor model', () => {
  it('name a response that leaves the improver no better off', () => {
    const model = buildModel(threeActors());
    const view = gameFromScenarioModel(model);
    const c = compareGameView(model, view);
    for (const p of c.equilibria.seq.filter((q) => !c.equilibria.nash.includes(q))) {
      const s = sanctionedImprovement(c, view, p, 'seq')!;
      const last = s.responses.at(-1)!.to;
      expect(view.game.payoffs[s.player]![last]!.le(view.game.payoffs[s.player]![p]!)).toBe(true);
    }
  });
});
