import { describe, expect, it } from 'vitest';
import { formatJson } from './formatJson.ts';

describe('formatJson', () => {
  const value = {
    states: [
      { id: 1, decimal: 0, yn: 'NN' },
      { id: 2, decimal: 1, yn: 'YN' },
    ],
    stability: { nash: { 'Prisoner 1': [2, 4], 'Prisoner 2': [] } },
    text: 'a, b\nc',
    long: { note: 'x'.repeat(120) },
  };

  it('keeps arrays of plain values and small flat objects on one line', () => {
    expect(formatJson(value)).toContain('"Prisoner 1": [2, 4]');
    expect(formatJson(value)).toContain('{ "id": 1, "decimal": 0, "yn": "NN" },');
  });

  it('leaves long objects spread over lines', () => {
    expect(formatJson(value)).toContain('"long": {\n    "note": "xxx');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(formatJson(value))).toEqual(value);
  });
});
