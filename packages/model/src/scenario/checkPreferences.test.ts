import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';

describe('checkPreferences (via validateScenario)', () => {
  it('requires a preference for every actor owning an option', () => {
    const input = toyInput();
    delete input.preferences!.dprk;
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      code: 'missing-preference',
      path: 'preferences',
      message: 'actor `dprk` owns `freeze`, `dismantle` but has no preference',
    });
  });

  it('requires exactly one of statements and ranking', () => {
    const input = toyInput();
    input.preferences!.usa = { statements: ['lift'], ranking: ['NNN'] };
    input.preferences!.dprk = {};
    const ds = validateInput(input).filter((d) => d.code === 'preference-kind');
    expect(ds.map((d) => d.message)).toEqual([
      'the preference of `usa` has both `statements` and `ranking`',
      'the preference of `dprk` has neither `statements` nor `ranking`',
    ]);
  });

  it('warns about a preference of an actor that owns no option', () => {
    const input = toyInput();
    input.actors.push({ id: 'rok', name: 'South Korea', judgement: true });
    input.issues![0]!.positions.rok = { position: 40, salience: 60, source: 'oped' };
    input.preferences!.rok = { statements: ['lift'] };
    expect(codesAt(validateInput(input))).toEqual(['preference-without-options@preferences.rok']);
  });

  it('accepts coalitions that partition the decision makers', () => {
    const input = toyInput();
    input.coalitions = [['usa'], ['dprk']];
    expect(validateInput(input)).toEqual([]);
  });

  it('reports overlapping coalitions, left-out decision makers and members without options', () => {
    const input = toyInput();
    input.actors.push({ id: 'rok', name: 'South Korea', judgement: true });
    input.issues![0]!.positions.rok = { position: 40, salience: 60, source: 'oped' };
    input.coalitions = [['usa', 'rok'], ['usa']];
    expect(codesAt(validateInput(input))).toEqual([
      'coalition-member-without-options@coalitions[0][1]',
      'coalition-overlap@coalitions[1][0]',
      'coalition-missing-actor@coalitions',
    ]);
  });
});
