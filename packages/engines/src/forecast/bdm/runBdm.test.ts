import { describe, expect, it } from 'vitest';
import { weightedMean } from '../baselines/weightedMean.ts';
import { weightedMedian } from '../baselines/weightedMedian.ts';
import { resolveBdmSettings } from './bdmSettings.ts';
import { BdmWorkspace } from './bdmWorkspace.ts';
import {
  EMISSION_1994,
  JMCKIB_EXAMPLE_LOG,
  JMCKIB_MEANS,
  SCHOLZ_TABLE_2,
  emissionUnit,
} from './fixtures/emission1994.ts';
import { DPRK, USA, koreaIssueUnit, koreaPackageUnit } from './fixtures/korea2018.ts';
import { runBdm } from './runBdm.ts';

const names = EMISSION_1994.map((a) => a.name);
const weights = Float64Array.from(EMISSION_1994, (a) => a.capability * a.salience);
const scholzCode = () =>
  runBdm(emissionUnit(), resolveBdmSettings('scholz-code', { tolerance: 0 }), {
    rounds: 10,
    audit: true,
  });
const truncate1 = (x: number) => Math.trunc(x * 10) / 10;

describe('BDM, scholz-code variant, on the 1994 emission-standards case', () => {
  it('accepts exactly the offers of the jmckib port, with its expected utilities (Example.log)', () => {
    const run = scholzCode();
    const chosen = run.audit.flatMap((offers, t) =>
      offers.filter((o) => o.chosen).map((o) => [t + 1, names[o.actor], names[o.other]]),
    );
    expect(chosen).toEqual(JMCKIB_EXAMPLE_LOG.map(([t, a, b]) => [t, a, b]));
    for (const [t, actor, other, euActor, euOther, position] of JMCKIB_EXAMPLE_LOG) {
      const offer = run.audit[t - 1]!.find(
        (o) => names[o.actor] === actor && names[o.other] === other,
      )!;
      // Digits beyond 1e-9 differ from round 3 on: V8's and glibc's pow() differ in the last ulp.
      expect(offer.euActor).toBeCloseTo(euActor, 9);
      expect(offer.euOther).toBeCloseTo(euOther, 9);
      expect(offer.proposed![0]).toBeCloseTo(position, 9);
    }
  });

  it('gives the weighted mean of every round of Example.log', () => {
    const means = scholzCode()
      .turns.slice(1)
      .map((x) => weightedMean(x, weights));
    means.forEach((m, t) => expect(m).toBeCloseTo(JMCKIB_MEANS[t]!, 9));
  });

  it('reproduces the medians of Scholz et al. Table 2 except round 2, as open ports do', () => {
    const medians = scholzCode()
      .turns.slice(1, 9)
      .map((x) => weightedMedian(x, weights));
    // Parley and jmckib: 8.416, 9.611, 9.962, 9.962, 9.962, 7.472, 8.825, 9.671.
    expect(medians.map((m) => +m.toFixed(3))).toEqual([
      8.416, 9.611, 9.962, 9.962, 9.962, 7.472, 8.825, 9.671,
    ]);
    const agree = medians.map((m, t) => truncate1(m) === SCHOLZ_TABLE_2.median[t]);
    expect(agree).toEqual([true, false, true, true, true, true, true, true]);
  });

  it('lands within a tenth of Table 2 means in rounds 1-8 (the table rounds inconsistently)', () => {
    const means = scholzCode()
      .turns.slice(1, 9)
      .map((x) => weightedMean(x, weights));
    means.forEach((m, t) => expect(Math.abs(m - SCHOLZ_TABLE_2.mean[t]!)).toBeLessThan(0.1));
  });
});

describe('BDM, paper variant, on the same case', () => {
  it('makes 28 of the 33 contested pairs conflicts and converges on the initial median, 7 years, by round 3', () => {
    const run = runBdm(emissionUnit(), resolveBdmSettings('paper'), { rounds: 10, audit: true });
    const conflicts = run.audit[0]!.filter((o) => o.region === 'confrontation');
    // 45 pairs less the 12 that share a position (4: four actors, 7: three, 10: three).
    expect(run.audit[0]!.length / 2).toBe(33);
    expect(conflicts.length).toBe(28);
    expect(run.converged).toBe(true);
    expect(run.rounds).toBe(4);
    expect(Array.from(run.turns[3]!)).toEqual(new Array(10).fill(7));
    expect(weightedMedian(emissionUnit().x, weights)).toBe(7);
  });

  it('with each side on its own risk exponent, swaps positions between 4 and 10 before collapsing on 7 by round 4', () => {
    const own = resolveBdmSettings('paper', { perspective: 'own' });
    const run = runBdm(emissionUnit(), own, { rounds: 10, audit: false });
    expect(Array.from(run.turns[1]!)).toEqual([7, 4, 7, 7, 10, 10, 4, 4, 10, 10]);
    expect(run.rounds).toBe(5);
    expect(Array.from(run.turns[4]!)).toEqual(new Array(10).fill(7));
  });

  it('moves nobody when everybody already agrees', () => {
    const unit = { ...emissionUnit(), x: new Float64Array(10).fill(6) };
    const run = runBdm(unit, resolveBdmSettings('paper'), { rounds: 10, audit: true });
    expect(run.rounds).toBe(1);
    expect(run.audit[0]).toEqual([]);
  });

  it('without kept turns and with a reused workspace (Monte Carlo), ends exactly where the full run ends', () => {
    const unit = emissionUnit();
    const input = Float64Array.from(unit.x);
    const work = new BdmWorkspace(unit.n, unit.dims);
    for (const variant of ['paper', 'scholz-code'] as const) {
      const settings = resolveBdmSettings(variant);
      const full = runBdm(unit, settings, { rounds: 10, audit: false });
      for (let repeat = 0; repeat < 2; repeat++) {
        const lean = runBdm(unit, settings, {
          rounds: 10,
          audit: false,
          keepTurns: false,
          workspace: work,
        });
        expect(lean.turns).toHaveLength(2);
        expect(Array.from(lean.turns[1]!)).toEqual(Array.from(full.turns.at(-1)!));
        expect([lean.rounds, lean.converged]).toEqual([full.rounds, full.converged]);
      }
    }
    expect(Array.from(unit.x)).toEqual(Array.from(input));
  });
});

describe('BDM switches', () => {
  it('compel offers fire when enabled and the capitulation typo is off', () => {
    const paper = runBdm(emissionUnit(), resolveBdmSettings('paper'), { rounds: 1, audit: true });
    const regions = new Set(paper.audit[0]!.map((o) => o.region));
    expect(regions.has('confrontation')).toBe(true);
    const typo = runBdm(emissionUnit(), resolveBdmSettings('scholz-code'), {
      rounds: 3,
      audit: true,
    });
    expect(typo.audit.flat().some((o) => o.region === 'compel')).toBe(false);
  });

  it('Q < 1 changes the expected utilities (the T term enters)', () => {
    const q1 = runBdm(emissionUnit(), resolveBdmSettings('paper'), { rounds: 1, audit: true });
    const q5 = runBdm(emissionUnit(), resolveBdmSettings('paper', { q: 0.5 }), {
      rounds: 1,
      audit: true,
    });
    expect(q5.audit[0]![0]!.euActor).not.toBeCloseTo(q1.audit[0]![0]!.euActor, 6);
  });

  it('a package of two identical issues moves exactly like the single issue', () => {
    const single = emissionUnit();
    const twice = {
      ...single,
      dims: 2,
      x: Float64Array.from(Array.from(single.x).flatMap((v) => [v, v])),
      s: Float64Array.from(Array.from(single.s).flatMap((v) => [v, v])),
      range: Float64Array.of(6, 6),
    };
    const settings = resolveBdmSettings('scholz-code');
    const a = runBdm(single, settings, { rounds: 6, audit: false });
    const b = runBdm(twice, settings, { rounds: 6, audit: false });
    expect(Array.from(b.turns[6]!).filter((_, k) => k % 2 === 0)).toEqual(Array.from(a.turns[6]!));
  });
});

describe('BDM paper variant on the flagship linkage (sequencing + relief, catalog/korean-peninsula-2018.yaml)', () => {
  const usaLeg = (perspective: 'own' | 'receiver') => {
    const settings = resolveBdmSettings('paper', { perspective });
    const run = runBdm(koreaPackageUnit(), settings, { rounds: 1, audit: true });
    const offer = run.audit[0]!.find((o) => o.actor === USA && o.other === DPRK)!;
    return { run, offer };
  };

  it('sums the single-issue expected utilities with the challenger’s salience shares', () => {
    // The USA's shares 90/175 and 85/175; the DPRK's 95/190 each. Risk exponents are computed
    // from the package's own security levels, which here give the USA r = 2 as on each issue.
    const { offer } = usaLeg('own');
    const single = (issue: 'sequencing' | 'relief') =>
      runBdm(koreaIssueUnit(issue), resolveBdmSettings('paper', { perspective: 'own' }), {
        rounds: 1,
        audit: true,
      }).audit[0]!.find((o) => o.actor === USA && o.other === DPRK)!;
    const [seq, rel] = [single('sequencing'), single('relief')];
    // On sequencing alone the DPRK has the upper hand (a < 0 < b), on relief alone the USA.
    expect(seq.euActor).toBeLessThan(0);
    expect(rel.euOther).toBeLessThan(0);
    expect(offer.euActor).toBeCloseTo((90 / 175) * seq.euActor + (85 / 175) * rel.euActor, 2);
    expect(offer.euOther).toBeCloseTo(0.5 * seq.euOther + 0.5 * rel.euOther, 2);
  });

  it('turns the two split verdicts into one conflict; with `own` the risk-acceptant DPRK wins it and the USA jumps to (5, 95)', () => {
    const { run, offer } = usaLeg('own');
    expect(offer.region).toBe('confrontation');
    expect(offer.euActor).toBeCloseTo(0.072, 3);
    expect(offer.euOther).toBeCloseTo(0.12, 3);
    expect(Array.from(run.turns[1]!.subarray(0, 2))).toEqual([5, 95]);
  });

  it('leaves the USA at (95, 10) under the default, where it rates the DPRK’s challenge at −1.55', () => {
    const { run, offer } = usaLeg('receiver');
    expect(offer.region).toBe('none');
    expect(offer.euOther).toBeCloseTo(-1.554, 3);
    expect(Array.from(run.turns[1]!.subarray(0, 2))).toEqual([95, 10]);
  });
});
