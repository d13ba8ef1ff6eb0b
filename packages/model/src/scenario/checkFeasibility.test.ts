import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';

describe('checkFeasibility (via validateScenario)', () => {
  it('reports an empty feasible set', () => {
    const input = toyInput();
    input.infeasible = ['lift | !lift'];
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      code: 'no-feasible-states',
      message: 'no state is feasible: the conditions exclude all 2^3 states',
    });
  });

  it('reports an infeasible status quo, naming the condition it meets', () => {
    const input = toyInput();
    input.options![1]!.statusQuo = false;
    input.options![2]!.statusQuo = true;
    const [d] = validateInput(input);
    expect(d).toMatchObject({ code: 'infeasible-status-quo', path: 'options' });
    expect(d!.message).toBe(
      'the status quo NNY (taken: `dismantle`) is infeasible: it meets infeasible[0] `dismantle & !freeze`',
    );
  });

  it('checks every ranking entry: letters, length, feasibility, repetition, completeness', () => {
    const input = toyInput();
    input.preferences!.dprk = { ranking: ['YYN', ['NYN', 'YXY'], 'NY', 'YNY', 'NYN', 'NNN'] };
    expect(codesAt(validateInput(input))).toEqual([
      'ranking-bad-state@preferences.dprk.ranking[1][1]',
      'ranking-bad-state@preferences.dprk.ranking[2]',
      'ranking-infeasible-state@preferences.dprk.ranking[3]',
      'ranking-duplicate-state@preferences.dprk.ranking[4]',
      'ranking-missing-states@preferences.dprk.ranking',
    ]);
    const missing = validateInput(input).at(-1)!;
    // Feasible: NNN YNN NYN YYN NYY YYY; ranked validly: YYN NYN NNN.
    expect(missing.message).toBe(
      'the ranking of `dprk` misses 3 feasible states: `YNN`, `NYY`, `YYY`',
    );
  });

  it('warns instead of enumerating when there are more than 24 options', () => {
    const input = toyInput();
    for (let k = 0; k < 23; k++)
      input.options!.push({ id: `extra${k}`, owner: 'usa', label: `Extra ${k}` });
    expect(codesAt(validateInput(input))).toContain('many-options@options');
  });

  it('refuses more than 30 options, which 32-bit state numbers cannot hold', () => {
    const input = toyInput();
    for (let k = 0; k < 28; k++)
      input.options!.push({ id: `extra${k}`, owner: 'usa', label: `Extra ${k}` });
    expect(codesAt(validateInput(input))).toContain('too-many-options@options');
  });
});
