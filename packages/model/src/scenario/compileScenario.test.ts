import { describe, expect, it } from 'vitest';
import { toyInput } from '../testing/fixtures.ts';
import {
  compileScenario,
  rankingGroup,
  ScenarioCompileError,
  statusQuoDecimal,
} from './compileScenario.ts';
import { feasibleDecimals } from './feasibleDecimals.ts';
import { ScenarioSchema } from './schema.ts';

const toy = () => ScenarioSchema.parse(toyInput());

describe('compileScenario', () => {
  it('numbers options in declaration order and lists the decision makers', () => {
    const c = compileScenario(toy());
    expect(c.optionIds).toEqual(['lift', 'freeze', 'dismantle']);
    expect(c.decisionMakers).toEqual(['usa', 'dprk']);
    expect(c.owners).toEqual([0, 1, 1]);
  });

  it('compiles the conditions so feasibleDecimals gives the six feasible states of the fixture', () => {
    const c = compileScenario(toy());
    // NNN=0, YNN=1, NYN=2, YYN=3, NYY=6, YYY=7 (dismantle without freeze removes 4 and 5).
    expect(feasibleDecimals(c.optionIds.length, c.infeasible)).toEqual([0, 1, 2, 3, 6, 7]);
  });

  it('computes the status quo decimal: only freeze (bit 1) is taken, so 2', () => {
    expect(statusQuoDecimal(toy())).toBe(2);
    expect(compileScenario(toy()).statusQuo).toBe(2);
  });

  it('compiles statements to bit indices and rankings to tie groups of decimals', () => {
    const c = compileScenario(toy());
    expect(c.preferences.get('usa')).toEqual({
      kind: 'statements',
      statements: [
        { kind: 'option', option: 2 },
        { kind: 'option', option: 1 },
        { kind: 'not', operand: { kind: 'option', option: 0 } },
      ],
    });
    expect(c.preferences.get('dprk')).toEqual({
      kind: 'ranking',
      ranking: [[3], [2, 7], [6], [1], [0]],
    });
  });

  it('compiles misperceptions per decision maker', () => {
    const input = toyInput();
    input.preferences!.usa!.misperceived = ['dismantle & lift'];
    const c = compileScenario(ScenarioSchema.parse(input));
    expect(c.misperceived.get('usa')).toEqual([
      {
        kind: 'and',
        operands: [
          { kind: 'option', option: 2 },
          { kind: 'option', option: 0 },
        ],
      },
    ]);
    expect(c.misperceived.has('dprk')).toBe(false);
  });

  it('throws a typed error when handed an unvalidated scenario', () => {
    const input = toyInput();
    input.preferences!.usa!.statements = ['lift &'];
    expect(() => compileScenario(ScenarioSchema.parse(input))).toThrow(ScenarioCompileError);
    expect(() => rankingGroup('YQ')).toThrow(ScenarioCompileError);
  });
});
