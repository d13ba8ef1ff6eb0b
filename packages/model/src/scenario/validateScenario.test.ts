import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';
import { ScenarioSchema } from './schema.ts';
import { validateScenario } from './validateScenario.ts';

describe('validateScenario', () => {
  it('finds nothing wrong with the toy scenario', () => {
    expect(validateInput(toyInput())).toEqual([]);
  });

  it('gives paths but no line:col when there is no source text', () => {
    const input = toyInput();
    input.options![0]!.owner = 'usx';
    const [d] = validateInput(input);
    expect(d).toEqual({
      code: 'unknown-actor',
      severity: 'error',
      path: 'options[0].owner',
      message: 'unknown actor `usx` as option owner',
      hint: 'did you mean `usa`?',
    });
  });

  it('puts the file name on every diagnostic when given one', () => {
    const input = toyInput();
    input.asOf = 'summer 2018';
    const ds = validateScenario(ScenarioSchema.parse(input), { file: 'toy.yaml' });
    expect(ds.map((d) => d.file)).toEqual(['toy.yaml']);
  });

  it('collects problems of every kind in one pass', () => {
    const input = toyInput();
    input.actors.push({ id: 'usa', name: 'Duplicate' });
    input.issues![0]!.positions.usa!.salience = 120;
    input.preferences!.usa!.statements = ['lift &'];
    expect(codesAt(validateInput(input))).toEqual([
      'duplicate-id@actors[2].id',
      'salience-out-of-range@issues[0].positions.usa.salience',
      'statement-syntax@preferences.usa.statements[0]',
    ]);
  });

  it('skips the feasibility checks while statements are broken, rather than guessing', () => {
    const input = toyInput();
    input.infeasible = ['dismantle & !frieze'];
    input.options![1]!.statusQuo = false;
    input.options![2]!.statusQuo = true; // would be infeasible
    expect(codesAt(validateInput(input))).toEqual(['unknown-option@infeasible[0]']);
  });
});
