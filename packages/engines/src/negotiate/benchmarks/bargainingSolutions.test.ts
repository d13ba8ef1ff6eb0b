/**
 * Textbook bargaining solutions on finite point sets written down as one-issue domains
 * (pointsDomain): every expected value below is worked out by hand from the cited definition.
 */
import { describe, expect, it } from 'vitest';
import { pointsDomain } from '../reference/syntheticDomains.ts';
import { utilityTable } from '../utilityTable.ts';
import { bargainingProblem } from './bargainingProblem.ts';
import { egalitarian } from './egalitarian.ts';
import { kalaiSmorodinsky } from './kalaiSmorodinsky.ts';
import { maxWelfare } from './maxWelfare.ts';
import { nashSolution } from './nashSolution.ts';

function problem(points: number[][], d?: number[]) {
  const u = utilityTable(pointsDomain(points)).utilities;
  return bargainingProblem(u, Float64Array.from(d ?? points[0]!.map(() => 0)));
}

/** Splits of a unit surplus on a grid of `n` steps: party 1 gets f(x), party 2 g(x). */
const split = (n: number, f = (x: number) => x, g = (x: number) => 1 - x): number[][] =>
  Array.from({ length: n + 1 }, (_, j) => [f(j / n), g(j / n)]);

/** Points on the segments a→b→c (inclusive), `n` steps each. */
function polyline(n: number, ...corners: number[][]): number[][] {
  const out: number[][] = [corners[0]!];
  for (let c = 1; c < corners.length; c++) {
    const [a, b] = [corners[c - 1]!, corners[c]!];
    for (let j = 1; j <= n; j++) out.push(a.map((x, i) => x + ((b[i]! - x) * j) / n));
  }
  return out;
}

describe('Nash bargaining solution (Nash 1950)', () => {
  it('splits a unit surplus equally between two risk-neutral parties', () => {
    expect(nashSolution(problem(split(10)))).toBe(5);
  });

  it('gives a risk-averse party (u = √x) one third, as max √x·(1 − x) predicts (Osborne & Rubinstein, Bargaining and Markets, 1990, ch. 2)', () => {
    expect(nashSolution(problem(split(30, Math.sqrt)))).toBe(10);
  });

  it('moves towards the party with the better outside option, staying individually rational', () => {
    // max (x − 0.7)(1 − x) → x = 0.85: beyond the equal split, above party 1's 0.7.
    expect(nashSolution(problem(split(20), [0.7, 0]))).toBe(17);
  });

  it('has no solution when no outcome is individually rational', () => {
    const p = problem(split(10), [0.6, 0.6]);
    expect(p.rationalCount).toBe(0);
    expect(nashSolution(p)).toBe(-1);
  });
});

describe('Kalai–Smorodinsky solution (Kalai & Smorodinsky 1975)', () => {
  // Their example: S1 = conv{(0,0),(0,1),(3/4,3/4),(1,0)} and S2 = conv{(0,0),(0,1),(1,0.7),(1,0)}.
  const s1 = polyline(12, [0, 1], [0.75, 0.75], [1, 0]);
  const s2 = [...polyline(13, [0, 1], [1, 0.7]), [1, 0]];

  it('picks (3/4, 3/4) on S1, where it agrees with Nash', () => {
    const p = problem(s1);
    expect(s1[kalaiSmorodinsky(p)]).toEqual([0.75, 0.75]);
    expect(s1[nashSolution(p)]).toEqual([0.75, 0.75]);
  });

  it('picks (10/13, 10/13) on S2, giving party 2 more than on S1 (individual monotonicity), where Nash gives it 0.7', () => {
    const p = problem(s2);
    const ks = s2[kalaiSmorodinsky(p)]!;
    expect(ks[0]).toBeCloseTo(10 / 13, 12);
    expect(ks[1]).toBeCloseTo(10 / 13, 12);
    expect(s2[nashSolution(p)]).toEqual([1, 0.7]);
  });

  it('equalises gains relative to the ideal point, not absolute gains (frontier y = (1 − x)/2)', () => {
    // Ideal (1, 0.5): KS x = 2y → (1/2, 1/4); the egalitarian point equalises x = y → (1/3, 1/3).
    const points = split(
      12,
      (x) => x,
      (x) => (1 - x) / 2,
    );
    const p = problem(points);
    expect(points[kalaiSmorodinsky(p)]).toEqual([0.5, 0.25]);
    expect(points[nashSolution(p)]).toEqual([0.5, 0.25]); // on a linear frontier Nash = KS
    expect(points[egalitarian(p)]![0]).toBeCloseTo(1 / 3, 12);
  });

  it('measures the ideal point over the rational outcomes only', () => {
    // With d = (0, 0.2) party 1 can get at most 0.6; KS then solves x/0.6 = (y − 0.2)/0.3.
    const points = split(
      10,
      (x) => x,
      (x) => (1 - x) / 2,
    );
    const p = problem(points, [0, 0.2]);
    expect(points[kalaiSmorodinsky(p)]).toEqual([0.3, 0.35]);
  });
});

describe('egalitarian and utilitarian solutions', () => {
  it('egalitarian maximises the smallest absolute gain (Kalai 1977)', () => {
    expect(
      egalitarian(
        problem([
          [0.9, 0.2],
          [0.5, 0.45],
          [0.4, 0.5],
          [0.1, 0.9],
        ]),
      ),
    ).toBe(1);
  });

  it('max welfare maximises the sum of utilities over the rational outcomes', () => {
    const points = [
      [0.9, 0.3],
      [0.6, 0.5],
      [0.2, 0.95],
    ];
    expect(maxWelfare(problem(points))).toBe(0);
    expect(maxWelfare(problem(points, [0, 0.4]))).toBe(2);
  });

  it('treats n parties alike: three parties sharing a unit surplus get a third each', () => {
    const points: number[][] = [];
    for (let a = 0; a <= 6; a++)
      for (let b = 0; a + b <= 6; b++) points.push([a / 6, b / 6, (6 - a - b) / 6]);
    const p = problem(points);
    const third = [2 / 6, 2 / 6, 2 / 6];
    expect(points[nashSolution(p)]).toEqual(third);
    expect(points[kalaiSmorodinsky(p)]).toEqual(third);
    expect(points[egalitarian(p)]).toEqual(third);
  });
});
