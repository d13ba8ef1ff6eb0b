/**
 * The flagship scenario: its structure, its sourcing, and what the graph model makes of it. The
 * analysis results asserted here are the scenario's own findings (see its `summary` and
 * docs/catalog.md), kept as regression checks — not published results.
 */
import { describe, expect, it } from 'vitest';
import { quantityValue, type QuantityObject } from '@parley/model';
import { gmcr } from '@parley/engines';
import { catalogModel } from './loadCatalogScenario.ts';

const FILE = 'korean-peninsula-2018.yaml';
const ACTORS = ['usa', 'dprk', 'rok', 'china', 'russia', 'japan'];
const { scenario, model } = catalogModel(FILE);
const optionIndex = new Map(scenario.options.map((option, k) => [option.id, k]));

/** The state index of the status quo with some options changed. */
function variant(changes: Record<string, boolean>): number {
  let decimal = model.decimals[model.statusQuo]!;
  for (const [id, taken] of Object.entries(changes)) {
    const bit = 2 ** optionIndex.get(id)!;
    decimal = taken ? decimal | bit : decimal & ~bit;
  }
  return model.indexOf(decimal);
}
const dm = (actor: string): number => ACTORS.indexOf(actor);
const taken = (state: number, option: string): boolean =>
  model.yn(state)[optionIndex.get(option)!] === 'Y';

describe('the Korean Peninsula 2018 scenario: structure', () => {
  it('has the six parties of the Six-Party Talks, each with a sourced capability and its indicators', () => {
    expect(scenario.actors.map((actor) => actor.id)).toEqual(ACTORS);
    for (const actor of scenario.actors) {
      const capability = actor.capability as QuantityObject;
      expect(capability.range, actor.id).toHaveLength(2);
      expect(capability.note, actor.id).toMatch(/CINC share .* GDP share/);
      expect(Object.keys(actor.indicators ?? {}), actor.id).toEqual(
        expect.arrayContaining(['cinc_2016', 'gdp_2018_usd_bn', 'unsc_veto']),
      );
    }
  });

  it('derives each capability as the mean of the within-six CINC 2016 and GDP 2018 shares', () => {
    const indicator = (name: string) =>
      scenario.actors.map((a) => quantityValue(a.indicators![name]!));
    const share = (values: number[]) =>
      values.map((v) => (100 * v) / values.reduce((s, x) => s + x, 0));
    const cinc = share(indicator('cinc_2016'));
    const gdp = share(indicator('gdp_2018_usd_bn'));
    scenario.actors.forEach((actor, i) => {
      expect(quantityValue(actor.capability!), actor.id).toBeCloseTo((cinc[i]! + gdp[i]!) / 2, 1);
    });
  });

  it('has seven issues on 0–100 scales, with a position and salience for every party', () => {
    expect(scenario.issues.map((issue) => issue.id)).toEqual([
      'sequencing',
      'relief_extent',
      'end_of_war',
      'force_posture',
      'verification_membership',
      'russia_role',
      'china_role',
    ]);
    for (const issue of scenario.issues) {
      expect([issue.scale.min, issue.scale.max], issue.id).toEqual([0, 100]);
      expect(Object.keys(issue.positions).sort(), issue.id).toEqual([...ACTORS].sort());
    }
  });

  it('gives a range wherever its sources disagree on a position', () => {
    const ranged = scenario.issues.flatMap((issue) =>
      Object.entries(issue.positions)
        .filter(([, p]) => typeof p.position !== 'number' && p.position.range !== undefined)
        .map(([actor]) => `${issue.id}.${actor}`),
    );
    expect(ranged).toEqual(
      expect.arrayContaining(['relief_extent.dprk', 'relief_extent.china', 'end_of_war.usa']),
    );
  });

  it('has 14 options owned by the six parties, with irreversible dismantlement and declaration', () => {
    expect(scenario.options).toHaveLength(14);
    expect(new Set(scenario.options.map((option) => option.owner))).toEqual(new Set(ACTORS));
    const forwardOnly = scenario.options
      .filter((o) => o.reversibility === 'forward-only')
      .map((o) => o.id);
    expect(forwardOnly).toEqual(['us_end_of_war', 'dprk_dismantle']);
  });

  it('keeps the state space to a few thousand states, with dismantling-while-testing infeasible', () => {
    expect(model.stateCount).toBe(6144);
    expect(variant({ dprk_dismantle: true, dprk_test: true })).toBe(-1);
  });

  it('gives every party prioritized statements, most important first, each sourced or explained', () => {
    for (const actor of ACTORS) {
      const statements = scenario.preferences[actor]?.statements ?? [];
      expect(statements.length, actor).toBeGreaterThanOrEqual(8);
      for (const statement of statements) expect(typeof statement, actor).toBe('object');
    }
  });
});

describe('the Korean Peninsula 2018 scenario: graph model analysis', () => {
  const analysis = gmcr.analyze(model);
  const sq = model.statusQuo;
  const stableFor = (concept: gmcr.StabilityConcept, state: number) =>
    analysis.movers.map((_, i) => analysis.stability[concept][i]![state]);

  it('runs, and finds equilibria under every concept', () => {
    for (const concept of analysis.concepts)
      expect(analysis.equilibria[concept].length, concept).toBeGreaterThan(0);
  });

  it('finds the October 2018 status quo stable for every party under GMR, SMR and SEQ', () => {
    for (const concept of ['gmr', 'smr', 'seq'] as const)
      expect(stableFor(concept, sq), concept).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('finds that only the DPRK could improve alone — by testing — and that China deters it', () => {
    expect(stableFor('nash', sq)).toEqual([1, 0, 1, 1, 1, 1]);
    const reached = gmcr.statusQuoAnalysis(analysis, sq).reachableByImprovements;
    expect(reached.filter((s) => s !== sq).every((s) => taken(s, 'dprk_test'))).toBe(true);
  });

  it('ranks Yongbyon-for-relief (the later Hanoi offer) above the status quo for the DPRK but below it for the US', () => {
    const hanoiOffer = variant({ dprk_dismantle: true, us_max_pressure: false });
    expect(model.payoffs[dm('dprk')]![hanoiOffer]).toBeGreaterThan(model.payoffs[dm('dprk')]![sq]!);
    expect(model.payoffs[dm('usa')]![hanoiOffer]).toBeLessThan(model.payoffs[dm('usa')]![sq]!);
  });

  it('finds Yongbyon-for-declaration a joint improvement for the US and the DPRK that neither reaches alone', () => {
    const deal = variant({ dprk_dismantle: true, us_end_of_war: true });
    for (const actor of ['usa', 'dprk'])
      expect(model.payoffs[dm(actor)]![deal]).toBeGreaterThan(model.payoffs[dm(actor)]![sq]!);
    const reached = gmcr.statusQuoAnalysis(analysis, sq).reachableByImprovements;
    expect(reached.some((s) => taken(s, 'dprk_dismantle'))).toBe(false);
  });

  it('lets a US–China bargain (tariffs lifted for enforcement and reining in Russia) improve on the status quo for both', () => {
    const bargain = variant({ us_tariffs: false, cn_evasion: false, cn_rein_in_russia: true });
    for (const actor of ['usa', 'china'])
      expect(model.payoffs[dm(actor)]![bargain]).toBeGreaterThan(model.payoffs[dm(actor)]![sq]!);
  });
});
