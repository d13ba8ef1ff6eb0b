import { describe, expect, it } from 'vitest';
import { parseJavaDouble, parseJavaInt } from './javaNumber.ts';

describe('Java number grammar', () => {
  it('reads doubles as Double.parseDouble does: trimmed, with type suffixes, NaN and Infinity', () => {
    expect(parseJavaDouble(' 0.25 ')).toBe(0.25);
    expect(parseJavaDouble('1e-3d')).toBe(0.001);
    expect(parseJavaDouble('.5F')).toBe(0.5);
    expect(parseJavaDouble('-Infinity')).toBe(Number.NEGATIVE_INFINITY);
    expect(parseJavaDouble('NaN')).toBeNaN();
  });

  it('rejects what Java rejects but JavaScript accepts', () => {
    for (const text of ['', '  ', '0x10', '1_000', 'Infinityx', '1e', undefined])
      expect(parseJavaDouble(text)).toBeUndefined();
  });

  it('reads ints as Integer.parseInt does: no whitespace, within 32 bits', () => {
    expect(parseJavaInt('+7')).toBe(7);
    expect(parseJavaInt('-2147483648')).toBe(-2147483648);
    for (const text of [' 7', '7.0', '2147483648', '', undefined])
      expect(parseJavaInt(text)).toBeUndefined();
  });
});
