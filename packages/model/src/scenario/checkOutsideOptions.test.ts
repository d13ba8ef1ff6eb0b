import { describe, expect, it } from 'vitest';
import { codesAt, toyInput, validateInput } from '../testing/fixtures.ts';

describe('checkOutsideOptions (via validateScenario)', () => {
  it('accepts a status quo, an outside option and a reservation with provenance', () => {
    const input = toyInput();
    input.issues![0]!.statusQuo = { value: 0, source: 'oped' };
    input.actors[0]!.outsideOption = { sanctions: { value: 0, judgement: true } };
    input.actors[1]!.reservation = { value: 0.3, judgement: true, range: [0.2, 0.4] };
    expect(validateInput(input)).toEqual([]);
  });

  it('reports a status quo and an outside option off the scale, pointing at the number', () => {
    const input = toyInput();
    input.issues![0]!.statusQuo = { value: 120, source: 'oped' };
    input.actors[0]!.outsideOption = { sanctions: { value: -5, source: 'oped' } };
    expect(codesAt(validateInput(input))).toEqual([
      'status-quo-out-of-scale@issues[0].statusQuo.value',
      'outside-option-out-of-scale@actors[0].outsideOption.sanctions.value',
    ]);
  });

  it('reports an outside option on an undeclared issue, with a suggestion', () => {
    const input = toyInput();
    input.actors[0]!.outsideOption = { sanction: { value: 0, source: 'oped' } };
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      code: 'unknown-issue',
      path: 'actors[0].outsideOption.sanction',
      hint: 'did you mean `sanctions`?',
    });
  });

  it('reports a reservation outside 0–1 and a range that misses its value', () => {
    const input = toyInput();
    input.actors[0]!.reservation = { value: 1.5, source: 'oped' };
    input.actors[1]!.reservation = { value: 0.5, judgement: true, range: [0.6, 0.8] };
    expect(codesAt(validateInput(input))).toEqual([
      'reservation-out-of-range@actors[0].reservation.value',
      'range-excludes-value@actors[1].reservation.range',
    ]);
  });

  it('warns about an unsourced status quo when the scenario cites sources', () => {
    const input = toyInput();
    input.issues![0]!.statusQuo = 0;
    expect(codesAt(validateInput(input))).toEqual(['unsourced-number@issues[0].statusQuo']);
  });
});
