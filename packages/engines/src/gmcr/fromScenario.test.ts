import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type ScenarioInput } from '@parley/model';
import { gmcrInputFromScenario, UnvalidatedScenarioError } from './fromScenario.ts';
import { buildModel } from './model.ts';

/**
 * Japan owns no option, so the decision makers are USA (0) and DPRK (1). Option bits: lift 0,
 * freeze 1, dismantle 2; `dismantle & !freeze` is infeasible (removes decimals 4 and 5).
 */
const scenario: ScenarioInput = {
  parley: 1,
  id: 'toy',
  title: 'Toy',
  asOf: '2018-06-12',
  actors: [
    { id: 'jpn', name: 'Japan' },
    { id: 'usa', name: 'USA' },
    { id: 'dprk', name: 'DPRK' },
  ],
  options: [
    { id: 'lift', owner: 'usa', label: 'Lift sanctions' },
    { id: 'freeze', owner: 'dprk', label: 'Freeze tests', statusQuo: true },
    { id: 'dismantle', owner: 'dprk', label: 'Dismantle', reversibility: 'forward-only' },
  ],
  infeasible: [{ when: 'dismantle & !freeze', reason: 'dismantling implies the freeze' }],
  preferences: {
    usa: {
      statements: ['dismantle', { statement: '!lift if !freeze' }],
      misperceived: ['lift & dismantle'],
    },
    dprk: { ranking: ['YYN', ['NYN', 'YYY'], 'NYY', 'YNN', 'NNN'] },
  },
};

describe('gmcrInputFromScenario', () => {
  const input = gmcrInputFromScenario(ScenarioSchema.parse(scenario));

  it('takes the actors that own options, in actor order, as decision makers', () => {
    expect(input.decisionMakers).toEqual([
      { id: 'usa', name: 'USA' },
      { id: 'dprk', name: 'DPRK' },
    ]);
    expect(input.options.map((o) => [o.id, o.owner, o.reversibility, o.statusQuo])).toEqual([
      ['lift', 0, 'both', false],
      ['freeze', 1, 'both', true],
      ['dismantle', 1, 'forward-only', false],
    ]);
  });

  it('compiles conditions and statements to option indices', () => {
    expect(input.infeasible).toEqual([
      {
        kind: 'and',
        operands: [
          { kind: 'option', option: 2 },
          { kind: 'not', operand: { kind: 'option', option: 1 } },
        ],
      },
    ]);
    expect(input.preferences[0]).toEqual({
      kind: 'statements',
      statements: [
        { kind: 'option', option: 2 },
        {
          kind: 'if',
          consequent: { kind: 'not', operand: { kind: 'option', option: 0 } },
          antecedent: { kind: 'not', operand: { kind: 'option', option: 1 } },
        },
      ],
    });
    expect(input.misperceived?.[0]).toHaveLength(1);
    expect(input.misperceived?.[1]).toEqual([]);
  });

  it('turns Y/N rankings (first option first) into tie groups of decimals', () => {
    expect(input.preferences[1]).toEqual({
      kind: 'ranking',
      ranking: [[3], [2, 7], [6], [1], [0]],
    });
  });

  it('gives an input the engine accepts, with the status quo where the scenario puts it', () => {
    const model = buildModel(input);
    expect(model.stateCount).toBe(6);
    expect(model.yn(model.statusQuo)).toBe('NYN');
  });

  it('throws a typed error on a scenario that was not validated', () => {
    const broken = ScenarioSchema.parse({ ...scenario, infeasible: ['dismantle &'] });
    expect(() => gmcrInputFromScenario(broken)).toThrow(UnvalidatedScenarioError);
    const unknown = ScenarioSchema.parse({ ...scenario, infeasible: ['nuke'] });
    expect(() => gmcrInputFromScenario(unknown)).toThrowError(
      expect.objectContaining({ code: 'gmcr/unvalidated-scenario' }),
    );
  });
});
