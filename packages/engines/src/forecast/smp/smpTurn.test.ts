import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUMMY_3DIM } from './fixtures/ktabReference.ts';
import { ktabUnit } from './fixtures/ktabUnit.ts';
import { smpTurnNaive } from './smpNaive.ts';
import { resolveSmpSettings, type SmpSettings } from './smpSettings.ts';
import { smpTurn } from './smpTurn.ts';
import type { SmpUnit } from './smpUnit.ts';

const firstTurn = () => {
  const unit = ktabUnit(DUMMY_3DIM);
  return smpTurn(unit, unit.pos, unit.pos, resolveSmpSettings());
};

describe('one SMP turn agrees with the turn-0 block of 20170530_ref-dummyData_3Dim.txt', () => {
  it('infers the logged risk attitudes', () => {
    const logged = [-0.5, -0.459, -0.499, -0.274, 1.0, -0.232, -0.43];
    Array.from(firstTurn().risk).forEach((r, i) => expect(r).toBeCloseTo(logged[i]!, 3));
  });

  it('has actor 0 target actor 6 with P = 0.7643 and expected gain +0.0947', () => {
    const b = firstTurn().bargains.find((x) => x.init === 0)!;
    expect(b.rcvr).toBe(6);
    expect(b.probability).toBeCloseTo(0.7643, 4);
    expect(b.gain).toBeCloseTo(0.0947, 4);
  });

  it('proposes the logged S2P2 bargain, with the 1e-6 asymmetry KTAB prints', () => {
    const b = firstTurn().bargains.find((x) => x.init === 0)!;
    expect(Array.from(b.posInit, (x) => 100 * x)).toEqual(
      [75.61, 24.78, 71.95].map((v) => expect.closeTo(v, 9)),
    );
    expect(Array.from(b.posRcvr, (x) => 100 * x)).toEqual(
      [75.61, 24.79, 71.95].map((v) => expect.closeTo(v, 9)),
    );
  });

  it('finds the logged targets of every actor (including 6 → 1 with P = 0.397 < 1/2)', () => {
    const targets = firstTurn().bargains.map((b) => [b.init, b.rcvr, +b.probability.toFixed(4)]);
    expect(targets).toEqual([
      [0, 6, 0.7643],
      [1, 0, 0.7964],
      [2, 6, 0.8334],
      [3, 0, 0.8056],
      [4, 0, 0.5836],
      [5, 1, 0.851],
      [6, 1, 0.397],
    ]);
  });
});

const unitArb = fc
  .record({ n: fc.integer({ min: 3, max: 7 }), dims: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, dims }) =>
    fc.record({
      n: fc.constant(n),
      dims: fc.constant(dims),
      pos: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n * dims, maxLength: n * dims }),
      sal: fc.array(fc.integer({ min: 5, max: 33 }), { minLength: n * dims, maxLength: n * dims }),
      cap: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: n, maxLength: n }),
    }),
  )
  .map((r): SmpUnit => ({
    n: r.n,
    dims: r.dims,
    pos: Float64Array.from(r.pos, (x) => x / 100),
    sal: Float64Array.from(r.sal, (x) => x / 100),
    cap: Float64Array.from(r.cap),
  }));

const settingsArb = fc.record({
  votingRule: fc.constantFrom('Proportional', 'PropCbc', 'ASymProsp', 'Cubic'),
  bargnModel: fc.constantFrom('InitOnlyInterp', 'InitRcvrInterp', 'PWCompInterp'),
  pceModel: fc.constantFrom('Conditional', 'MarkovUniform', 'MarkovIncentive'),
  interVecBrgn: fc.constantFrom('S1P1', 'S2P2', 'S2PMax'),
  bigRAdjust: fc.constantFrom('Full', 'Half', 'OneThird', 'No'),
}) as fc.Arbitrary<Partial<SmpSettings>>;

describe('the O(n²)-memory turn equals the literal KTAB-layout reference', () => {
  it('gives identical positions, bargains and risk attitudes on random scenarios', () => {
    fc.assert(
      fc.property(unitArb, settingsArb, (unit, overrides) => {
        const settings = resolveSmpSettings(overrides);
        const fast = smpTurn(unit, unit.pos, unit.pos, settings);
        const naive = smpTurnNaive(unit, unit.pos, unit.pos, settings);
        expect(Array.from(fast.next)).toEqual(Array.from(naive.next));
        expect(Array.from(fast.risk)).toEqual(Array.from(naive.risk));
        expect(fast.bargains.map((b) => [b.init, b.rcvr])).toEqual(
          naive.bargains.map((b) => [b.init, b.rcvr]),
        );
      }),
      { numRuns: 150, seed: 20251128 },
    );
  });
});
