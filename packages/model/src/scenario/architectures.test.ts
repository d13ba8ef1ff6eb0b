import { describe, expect, it } from 'vitest';
import { trackedInput } from './architectureFixtures.ts';
import {
  applyArchitecture,
  IMPLICIT_BASELINE_ID,
  listArchitectures,
  UnknownArchitectureError,
} from './architectures.ts';
import { ScenarioSchema, type Scenario, type ScenarioInput } from './schema.ts';
import { validateScenario } from './validateScenario.ts';

const scenarioOf = (edit: (input: ScenarioInput) => void = () => {}): Scenario => {
  const input = trackedInput();
  edit(input);
  return ScenarioSchema.parse(input);
};
/** Applies an architecture with the given changes to the tracked toy. */
const applyChanges = (
  changes: NonNullable<ScenarioInput['architectures']>[number]['changes'],
  edit: (input: ScenarioInput) => void = () => {},
): Scenario =>
  applyArchitecture(
    scenarioOf((input) => {
      edit(input);
      input.architectures = [{ id: 'x', name: 'X', changes }];
    }),
    'x',
  );

describe('listArchitectures', () => {
  it('puts an implicit baseline (the scenario as written) first when none is declared', () => {
    expect(listArchitectures(scenarioOf()).map((a) => a.id)).toEqual([
      IMPLICIT_BASELINE_ID,
      'inclusive',
      'denuclearization_first',
    ]);
    expect(listArchitectures(scenarioOf((s) => delete s.architectures))).toHaveLength(1);
  });

  it('puts the declared baseline first, wherever it is declared', () => {
    const scenario = scenarioOf((s) =>
      s.architectures!.push({ id: 'oct2018', name: 'Oct 2018', baseline: true }),
    );
    expect(listArchitectures(scenario).map((a) => a.id)).toEqual([
      'oct2018',
      'inclusive',
      'denuclearization_first',
    ]);
  });
});

describe('applyArchitecture', () => {
  it('returns a new scenario without architectures and leaves the input untouched', () => {
    const scenario = scenarioOf();
    const before = structuredClone(scenario);
    const applied = applyArchitecture(scenario, 'inclusive');
    expect(scenario).toEqual(before);
    expect(applied.architectures).toBeUndefined();
    const { architectures: _a, ...rest } = scenario;
    expect(applyArchitecture(scenario, IMPLICIT_BASELINE_ID)).toEqual(rest);
  });

  it('throws a typed error for an architecture the scenario does not declare', () => {
    expect(() => applyArchitecture(scenarioOf(), 'six_party')).toThrow(UnknownArchitectureError);
  });

  it('seats new parties and replaces the roles of the actors it names', () => {
    const applied = applyArchitecture(scenarioOf(), 'inclusive');
    expect(applied.tracks![0]!.parties).toEqual(['usa', 'dprk', 'china']);
    expect(applied.roles).toEqual({
      usa: [{ role: 'lead', track: 'nuclear' }],
      china: [{ role: 'co-lead', track: 'nuclear' }],
    });
  });

  it('fixes an option: a condition rules out the other value and the status quo takes the value', () => {
    const applied = applyArchitecture(scenarioOf(), 'inclusive');
    expect(applied.infeasible.at(-1)).toEqual({
      when: '!freeze',
      reason: 'architecture `inclusive` fixes `freeze` as taken',
      judgement: true,
    });
    expect(applied.options.find((o) => o.id === 'freeze')!.statusQuo).toBe(true);
    // The DPRK's ranking keeps only the states with freeze taken (…Y.): YYN, NYN, YYY, NYY.
    expect(applied.preferences.dprk!.ranking).toEqual(['YYN', ['NYN', 'YYY'], 'NYY']);
  });

  it('restricts rankings to the states added conditions leave feasible', () => {
    const applied = applyArchitecture(scenarioOf(), 'denuclearization_first');
    // `lift & !dismantle` removes YNN and YYN.
    expect(applied.preferences.dprk!.ranking).toEqual([['NYN', 'YYY'], 'NYY', 'NNN']);
    expect(applied.sequencing).toEqual({ kind: 'sequenced', order: ['nuclear', 'peace_talks'] });
  });

  it('removes an option everywhere, reading statements as if it were never taken', () => {
    const applied = applyChanges({ removeOptions: ['freeze'] });
    expect(applied.options.map((o) => o.id)).toEqual(['lift', 'dismantle']);
    // `dismantle & !freeze` becomes `dismantle`; the statement `freeze` is constant and goes.
    expect(applied.infeasible).toEqual([
      { when: 'dismantle', reason: 'dismantling implies the freeze' },
    ]);
    expect(applied.preferences.usa!.statements).toEqual(['dismantle', '!lift']);
    // States with freeze taken go, and the freeze letter is deleted: NNN → NN, YNN → YN.
    expect(applied.preferences.dprk!.ranking).toEqual(['YN', 'NN']);
    expect(validateScenario(applied).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('drops the preference and coalition place of an actor left without options, and prunes veto scopes', () => {
    const applied = applyChanges(
      { removeOptions: ['lift'] },
      (s) => (s.coalitions = [['usa'], ['dprk']]),
    );
    expect(Object.keys(applied.preferences)).toEqual(['dprk']);
    expect(applied.coalitions).toEqual([['dprk']]);
    expect(applied.vetoes![0]!.scope).toEqual({ issues: ['sanctions'], options: [] });
  });

  it('removes a track from the sequencing and takes the roles at it along', () => {
    const applied = applyChanges(
      { tracks: { remove: ['peace_talks'] } },
      (s) => (s.sequencing = { kind: 'sequenced', order: ['nuclear', ['peace_talks']] }),
    );
    expect(applied.tracks!.map((t) => t.id)).toEqual(['nuclear']);
    expect(applied.sequencing).toEqual({ kind: 'sequenced', order: ['nuclear'] });
    expect(applied.roles!.china).toEqual([{ role: 'verifier', track: 'nuclear' }]);
  });

  it('unseats parties with their table roles, clears a chair with null and replaces the decision rule', () => {
    const applied = applyChanges({
      tracks: {
        modify: {
          nuclear: {
            removeParties: ['usa'],
            addParties: ['china'],
            chair: null,
            decisionRule: { kind: 'majority', quota: 2 },
          },
        },
      },
    });
    expect(applied.tracks![0]).toMatchObject({
      parties: ['dprk', 'china'],
      decisionRule: { kind: 'majority', quota: 2 },
    });
    expect(applied.tracks![0]!.chair).toBeUndefined();
    expect(applied.roles!.usa).toBeUndefined();
  });

  it('removes and adds implementation vetoes, so one id can be replaced', () => {
    const applied = applyChanges({
      vetoes: {
        remove: ['unsc'],
        add: [{ id: 'unsc', name: 'UNSC (P5)', holders: ['usa'], scope: { options: ['lift'] } }],
      },
    });
    expect(applied.vetoes).toEqual([
      {
        id: 'unsc',
        name: 'UNSC (P5)',
        holders: ['usa'],
        scope: { options: ['lift'] },
        rule: 'any-holder-blocks',
      },
    ]);
  });
});
