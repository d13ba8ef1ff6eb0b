import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';

describe('checkStatements (via validateScenario)', () => {
  it('checks preference statements, conditions and misperceptions', () => {
    const input = toyInput();
    input.preferences!.usa = {
      statements: ['dismantle', { statement: 'freeze |', source: 'oped' }],
      misperceived: ['lift & dismantel'],
    };
    input.infeasible = ['(dismantle & !freeze'];
    expect(codesAt(validateInput(input))).toEqual([
      'statement-syntax@infeasible[0]',
      'statement-syntax@preferences.usa.statements[1].statement',
      'unknown-option@preferences.usa.misperceived[0]',
    ]);
  });

  it('says at which column of the statement a syntax error is, as data has no file position', () => {
    const input = toyInput();
    input.preferences!.usa!.statements = ['dismantle & (freeze |'];
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      code: 'statement-syntax',
      message: "expected an option id after '|' (column 22 of “dismantle & (freeze |”)",
    });
    expect(d!.line).toBeUndefined();
  });

  it('suggests the declared option a misspelt one was meant to be', () => {
    const input = toyInput();
    input.preferences!.usa!.statements = ['dismantel'];
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      message: 'unknown option `dismantel`',
      hint: 'did you mean `dismantle`?',
    });
  });

  it('reports each unknown option once per statement', () => {
    const input = toyInput();
    input.preferences!.usa!.statements = ['strike & (strike | lift)'];
    expect(validateInput(input)).toHaveLength(1);
  });
});
