import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';

describe('checkReferences (via validateScenario)', () => {
  it('reports a duplicate id at its second use, naming the first', () => {
    const input = toyInput();
    input.options!.push({ id: 'lift', owner: 'usa', label: 'Again' });
    const d = validateInput(input).find((x) => x.code === 'duplicate-id')!;
    expect(d).toMatchObject({
      path: 'options[3].id',
      message: 'option id `lift` is already used by options[0]',
    });
  });

  it('refuses the reserved words if/iff as option ids', () => {
    const input = toyInput();
    input.options![0]!.id = 'IF';
    input.preferences!.usa!.statements = ['freeze'];
    expect(codesAt(validateInput(input))).toContain('reserved-option-id@options[0].id');
  });

  it('reports unknown actors in positions, preferences and coalitions', () => {
    const input = toyInput();
    input.issues![0]!.positions.rok = { position: 50, salience: 50, source: 'oped' };
    input.coalitions = [['usa', 'japan'], ['dprk']];
    const codes = codesAt(validateInput(input));
    expect(codes).toContain('unknown-actor@issues[0].positions.rok');
    expect(codes).toContain('unknown-actor@coalitions[0][1]');
  });

  it('reports unknown sources wherever a source appears, with a suggestion', () => {
    const input = toyInput();
    input.actors[0]!.capability = { value: 100, source: ['oped', 'opde'] };
    input.infeasible = [{ when: 'dismantle & !freeze', source: 'sipri' }];
    const ds = validateInput(input).filter((d) => d.code === 'unknown-source');
    expect(codesAt(ds)).toEqual([
      'unknown-source@actors[0].capability.source[1]',
      'unknown-source@infeasible[0].source',
    ]);
    expect(ds[0]!.hint).toBe('did you mean `oped`?');
  });

  it('warns about a source nobody cites', () => {
    const input = toyInput();
    input.sources!.unused = { title: 'Never cited' };
    const [d] = validateInput(input);
    expect(d).toMatchObject({ code: 'unused-source', severity: 'warning', path: 'sources.unused' });
  });

  it('warns about an actor no method uses', () => {
    const input = toyInput();
    input.actors.push({ id: 'japan', name: 'Japan', judgement: true });
    expect(codesAt(validateInput(input))).toEqual(['unused-actor@actors[2]']);
  });
});
