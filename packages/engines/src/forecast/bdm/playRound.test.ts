import { describe, expect, it } from 'vitest';
import { resolveBdmSettings, type BdmPerspective } from './bdmSettings.ts';
import { challengeUtility } from './challengeUtility.ts';
import { KOREA_2018, RUSSIA, USA, koreaIssueUnit } from './fixtures/korea2018.ts';
import { probabilityOfSuccess } from './probabilityOfSuccess.ts';
import { runBdm } from './runBdm.ts';

// The colleague's report: under the paper variant the US (capability 38.3) moves 95 → 20 to
// Russia's point (capability 5.8) on `sequencing` in round 1. Every expected value below is
// worked by hand from Scholz, Calbert & Smith (2011) as recorded in docs/forecast.md; the
// engine must agree with the hand figures.
const unit = koreaIssueUnit('sequencing'); // R = 95 − 5 = 90
const firstRound = (perspective: BdmPerspective) =>
  runBdm(unit, resolveBdmSettings('paper', { perspective }), { rounds: 1, audit: true });
const offer = (perspective: BdmPerspective, actor: number, other: number) =>
  firstRound(perspective).audit[0]!.find((o) => o.actor === actor && o.other === other)!;

/** P(i beats j), eqs. 30–31, written out independently of probabilityOfSuccess.ts. */
function handP(i: number, j: number): number {
  let forI = 0;
  let all = 0;
  for (const k of KOREA_2018) {
    const w = k.capability * (k.sequencing[1] / 100);
    const arg =
      Math.abs(k.sequencing[0] - KOREA_2018[j]!.sequencing[0]) -
      Math.abs(k.sequencing[0] - KOREA_2018[i]!.sequencing[0]);
    if (arg > 0) forI += w * arg;
    all += w * Math.abs(arg);
  }
  return forI / all;
}

describe('USA vs Russia on sequencing, round 1, worked by hand', () => {
  it('gives the USA P = 3149.25 / 5517.075 = 0.5708 of beating Russia (eqs. 30–31)', () => {
    // arg_k = |x_k − 20| − |x_k − 95|: +75 for the USA and Japan (c·s 34.47 + 7.52), −75 for
    // the DPRK (1.425) and Russia (3.77), −35 for the ROK (3.74), −65 for China (28.42).
    const forUsa = 75 * (34.47 + 7.52);
    const forRussia = 75 * 1.425 + 35 * 3.74 + 65 * 28.42 + 75 * 3.77;
    expect(forUsa).toBeCloseTo(3149.25, 9);
    expect(forRussia).toBeCloseTo(2367.825, 9);
    const p = new Float64Array(36);
    probabilityOfSuccess(unit, 0, 'paper', new Float64Array(6).fill(1), p, new Float64Array(36));
    expect(p[USA * 6 + RUSSIA]).toBeCloseTo(forUsa / (forUsa + forRussia), 12);
    expect(p[USA * 6 + RUSSIA]).toBeCloseTo(0.570819, 6);
    expect(p[RUSSIA * 6 + USA]).toBeCloseTo(1 - 0.570819, 6);
  });

  it('at r = 1 gives the USA the upper hand: a = 0.7368 > 0 > b = −0.0458 (Russia would move)', () => {
    // r = 1, Q = 1: U_s = 2δ, U_f = −2δ, U_sq = 0, so E(U_ij) = 2δ(1 − 2 s_j (1 − P_ij)).
    const delta = 75 / 90;
    const p = handP(USA, RUSSIA);
    const a = 2 * delta * (1 - 2 * 0.65 * (1 - p));
    const b = 2 * delta * (1 - 2 * 0.9 * p);
    expect(a).toBeCloseTo(0.736774, 6);
    expect(b).toBeCloseTo(-0.04579, 5);
    expect(challengeUtility(75, 90, 0.65, p, 1, 1, 'paper', 0)).toBeCloseTo(a, 12);
    expect(challengeUtility(75, 90, 0.9, 1 - p, 1, 1, 'paper', 0)).toBeCloseTo(b, 12);
  });

  it('makes the USA the most secure actor, hence the most risk-averse (r = 2), Russia r = 0.8354', () => {
    // Pass 1 (r = 1): Sec_i = Σ_j E(U_ji) = Σ_j 2δ_ij (1 − 2 s_i P_ij); R_i from eq. 34, r_i from eq. 33.
    const sec = KOREA_2018.map((ai, i) =>
      KOREA_2018.reduce((sum, aj, j) => {
        // Equal positions are no contest (E = 0): the USA and Japan both hold 95.
        if (ai.sequencing[0] === aj.sequencing[0]) return sum;
        const delta = Math.abs(ai.sequencing[0] - aj.sequencing[0]) / 90;
        return sum + 2 * delta * (1 - 2 * (ai.sequencing[1] / 100) * handP(i, j));
      }, 0),
    );
    expect(sec.map((v) => +v.toFixed(6))).toEqual([
      -0.361357, 2.974617, -0.085514, 1.04311, 1.755297, 0.394843,
    ]);
    const [max, min] = [Math.max(...sec), Math.min(...sec)];
    const r = sec.map((v) => {
      const risk = (2 * v - max - min) / (max - min);
      return (1 - risk / 3) / (1 + risk / 3);
    });
    expect(r[USA]).toBeCloseTo(2, 12);
    expect(r[RUSSIA]).toBeCloseTo(0.835431, 6);
    const engine = firstRound('receiver').risk[0]!;
    r.forEach((v, i) => expect(engine[i]).toBeCloseTo(v, 12));
  });

  it('with each side on its own exponent (`own`), lets Russia win the confrontation: the USA jumps 95 → 20', () => {
    const p = handP(USA, RUSSIA);
    // The USA with r = 2 over δ = 5/6: gain G = U_s − U_sq = 4(0.5² − (1/12)²) = 0.972222,
    // loss L = U_sq − U_f = 4((11/12)² − 0.5²) = 2.361111; Q = 1 gives a = G − s_j(1 − P)(G + L).
    const a = 0.972222 - 0.65 * (1 - p) * (0.972222 + 2.361111);
    expect(a).toBeCloseTo(0.04233, 5);
    // Russia with r = 0.835431: G = 4(0.5^r − (1/12)^r) = 1.739924, L = 4((11/12)^r − 0.5^r)
    // = 1.477880, and b = G − s_i P (G + L).
    const b = 1.739924 - 0.9 * p * (1.739924 + 1.47788);
    expect(b).toBeCloseTo(0.0868, 4);
    // b > a > 0: a confrontation the USA loses, although s·P favours it 0.514 to 0.279.
    // (G and L are rounded to six decimals above, hence the engine agrees to four.)
    const o = offer('own', USA, RUSSIA);
    expect(o.euActor).toBeCloseTo(a, 5);
    expect(o.euOther).toBeCloseTo(b, 4);
    expect(o.region).toBe('confrontation');
    expect(0.9 * p).toBeCloseTo(0.514, 3);
    expect(0.65 * (1 - p)).toBeCloseTo(0.279, 3);
    expect(firstRound('own').turns[1]![USA]).toBe(20);
  });

  it('with both sides on the receiver’s exponent (the default), keeps the USA at 95', () => {
    const p = handP(USA, RUSSIA);
    // Russia's challenge as the USA sees it (r = 2): b = G − s_i P (G + L) with the USA's G, L.
    const b = 0.972222 - 0.9 * p * (0.972222 + 2.361111);
    expect(b).toBeCloseTo(-0.740234, 5);
    const o = offer('receiver', USA, RUSSIA);
    expect(o.euOther).toBeCloseTo(b, 5);
    expect(o.region).toBe('none');
    const round1 = firstRound('receiver').turns[1]!;
    expect(Array.from(round1)).toEqual([95, 95, 40, 40, 95, 95]);
  });
});
