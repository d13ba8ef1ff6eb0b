import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dilemma } from './testing/fixtures.ts';
import { EngineHost } from './engineHost.ts';
import { decodeView, encodeView, reviveView } from './viewCodec.ts';

describe('encodeView / decodeView', () => {
  it('restores typed arrays with their type and contents', () => {
    const data = {
      a: new Uint8Array([0, 1, 255]),
      b: [new Int32Array([-5, 7]), new Float64Array([0.1, -2.5])],
      c: new Uint32Array(new Uint32Array([9, 8, 7, 6]).buffer, 4, 2),
    };
    const back = decodeView<typeof data>(encodeView(data));
    expect(back.a).toBeInstanceOf(Uint8Array);
    expect([...back.a]).toEqual([0, 1, 255]);
    expect(back.b[0]).toBeInstanceOf(Int32Array);
    expect([...back.b[0]!]).toEqual([-5, 7]);
    expect([...back.b[1]!]).toEqual([0.1, -2.5]);
    expect([...back.c]).toEqual([8, 7]);
  });

  it('keeps non-finite numbers, which plain JSON turns into null', () => {
    const back = decodeView<{ x: number[] }>(encodeView({ x: [Infinity, -Infinity, NaN, 1] }));
    expect(back.x[0]).toBe(Infinity);
    expect(back.x[1]).toBe(-Infinity);
    expect(back.x[2]).toBeNaN();
    expect(back.x[3]).toBe(1);
  });

  it('round-trips any JSON-like value with typed arrays inside', () => {
    const leaf = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.uint8Array({ maxLength: 40 }),
      fc.int32Array({ maxLength: 20 }),
      fc.float64Array({ maxLength: 10 }),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(
          fc.string().filter((k) => k !== '__proto__'),
          tie('node'),
          { maxKeys: 4 },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        const text = encodeView(value);
        expect(decodeView(text)).toEqual(value);
        const parsed: unknown = JSON.parse(text);
        expect(reviveView(parsed)).toEqual(value);
        expect(parsed).toEqual(JSON.parse(text));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('carries a whole GMCR view through JSON unchanged', () => {
    const host = new EngineHost();
    const { result } = host.handle({ kind: 'gmcr', scenario: dilemma() }, () => {});
    expect(decodeView(encodeView(result))).toEqual(result);
  });
});
