import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';

describe('checkNumbers (via validateScenario)', () => {
  it('reports reversed ranges and ranges that miss their value', () => {
    const input = toyInput();
    input.actors[1]!.capability = { value: 10, judgement: true, range: [20, 5] };
    input.issues![0]!.positions.usa!.position = { value: 10, range: [20, 30] };
    expect(codesAt(validateInput(input))).toEqual([
      'range-reversed@actors[1].capability.range',
      'range-excludes-value@issues[0].positions.usa.position.range',
    ]);
  });

  it('reports a negative capability', () => {
    const input = toyInput();
    input.actors[0]!.capability = -3;
    input.actors[0]!.source = 'oped';
    const [d] = validateInput(input);
    expect(d).toMatchObject({ code: 'negative-capability', path: 'actors[0].capability' });
  });

  it('reports a scale whose min is not below its max', () => {
    const input = toyInput();
    input.issues![0]!.scale = { min: 10, max: 10, low: 'a', high: 'b' };
    expect(codesAt(validateInput(input))).toEqual(['scale-reversed@issues[0].scale']);
  });

  it('reports positions outside the scale, pointing at the number itself', () => {
    const input = toyInput();
    input.issues![0]!.scale = { min: -5, max: 5, low: 'a', high: 'b' };
    input.issues![0]!.positions.usa!.position = { value: 3, range: [-6, 4] };
    input.issues![0]!.positions.dprk!.position = { value: 9 };
    expect(codesAt(validateInput(input))).toEqual([
      'position-out-of-scale@issues[0].positions.usa.position.range',
      'position-out-of-scale@issues[0].positions.dprk.position.value',
    ]);
  });

  it('reports salience outside 0–100', () => {
    const input = toyInput();
    input.issues![0]!.positions.dprk!.salience = -1;
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      code: 'salience-out-of-range',
      message: 'salience -1 is outside 0–100',
    });
  });

  it('warns when an issue has fewer than two positions', () => {
    const input = toyInput();
    delete input.issues![0]!.positions.dprk;
    expect(codesAt(validateInput(input))).toEqual(['few-positions@issues[0].positions']);
  });

  it('warns about numbers without provenance once the scenario cites sources', () => {
    const input = toyInput();
    input.issues![0]!.positions.usa = { position: 10, salience: { value: 80, judgement: true } };
    const ds = validateInput(input);
    expect(codesAt(ds)).toEqual(['unsourced-number@issues[0].positions.usa.position']);
    expect(ds[0]!.message).toBe(
      'position of `usa` on `sanctions` has no source and is not marked as judgement',
    );
  });

  it('does not ask for provenance in a scenario without sources', () => {
    const input = toyInput();
    input.sources = {};
    input.actors[0]!.capability = 100;
    for (const p of Object.values(input.issues![0]!.positions)) delete p.source;
    expect(validateInput(input)).toEqual([]);
  });

  it('lets a source on the enclosing issue cover its numbers', () => {
    const input = toyInput();
    input.issues![0]!.source = 'oped';
    input.issues![0]!.positions.usa = { position: 10, salience: 80 };
    expect(validateInput(input)).toEqual([]);
  });

  it('warns about dates that are not ISO 8601', () => {
    const input = toyInput();
    input.sources!.oped!.accessed = '12/06/2018';
    expect(codesAt(validateInput(input))).toEqual(['not-iso-date@sources.oped.accessed']);
  });
});
