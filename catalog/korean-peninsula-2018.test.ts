/**
 * The flagship scenario: its structure, its sourcing, and what the graph model makes of it. The
 * analysis results asserted here are the scenario's own findings (see its `summary` and
 * docs/catalog.md), kept as regression checks — not published results.
 */
import { describe, expect, it } from 'vitest';
import {
  applyArchitecture,
  listArchitectures,
  quantityValue,
  sequencingSteps,
  trackPackages,
  validateScenario,
  vetoHoldersOver,
  type QuantityObject,
  type Scenario,
} from '@parley/model';
import { buildModel, gmcr } from '@parley/engines';
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

describe('the Korean Peninsula 2018 scenario: negotiating structure', () => {
  const { architectures: _all, ...asWritten } = scenario;
  const trackOf = (s: Scenario, id: string) => s.tracks!.find((t) => t.id === id)!;
  const rolesOf = (s: Scenario, actor: string) =>
    (s.roles?.[actor] ?? []).map((r) => `${r.role}${r.track ? `@${r.track}` : ''}`);
  const seats = (s: Scenario, actor: string) =>
    s.tracks!.filter((t) => t.parties.includes(actor)).map((t) => t.id);

  it('has three tables as of October 2018, none of them with Russia', () => {
    expect(scenario.tracks!.map((t) => [t.id, t.parties])).toEqual([
      ['us_dprk', ['usa', 'dprk']],
      ['peace_regime', ['usa', 'dprk', 'rok', 'china']],
      ['inter_korean', ['rok', 'dprk']],
    ]);
    expect(seats(scenario, 'russia')).toEqual([]);
    expect(rolesOf(scenario, 'russia')).toEqual(['excluded@peace_regime']);
  });

  it('gives the P5 veto over UN sanctions relief to the US, China and Russia, whoever sits at the tables', () => {
    const [veto] = scenario.vetoes!;
    expect(veto!.holders).toEqual(['usa', 'china', 'russia']);
    // The three are the permanent members among the six (UN Charter, Art. 23; indicator unsc_veto).
    const permanent = scenario.actors
      .filter((a) => quantityValue(a.indicators!.unsc_veto!) === 1)
      .map((a) => a.id);
    expect(permanent).toEqual(['usa', 'china', 'russia']);
    for (const architecture of listArchitectures(scenario)) {
      const applied = applyArchitecture(scenario, architecture.id);
      expect(vetoHoldersOver(applied, { option: 'us_max_pressure' }), architecture.id).toEqual(
        permanent,
      );
    }
  });

  it('has the October 2018 baseline and the four architectures of the op-ed and its critics, each described and sourced', () => {
    const architectures = listArchitectures(scenario);
    expect(architectures.map((a) => a.id)).toEqual([
      'oct2018',
      'us_led',
      'six_party',
      'dual_track',
      'denuclearization_first',
    ]);
    for (const a of architectures) {
      expect(a.description!.length, a.id).toBeGreaterThan(200);
      expect(a.source, a.id).toBeDefined();
    }
  });

  it('sources every table, role, veto, sequencing and architecture, or explains the judgement', () => {
    const unsourced: string[] = [];
    const check = (path: string, p: { source?: unknown; judgement?: boolean; note?: string }) => {
      if (p.source === undefined && !(p.judgement === true && p.note)) unsourced.push(path);
    };
    const structure = (s: Partial<Scenario>, at: string) => {
      s.tracks?.forEach((t) => check(`${at}track ${t.id}`, t));
      for (const [actor, roles] of Object.entries(s.roles ?? {}))
        roles.forEach((r) => check(`${at}role ${r.role} of ${actor}`, r));
      s.vetoes?.forEach((v) => check(`${at}veto ${v.id}`, v));
      if (s.sequencing) check(`${at}sequencing`, s.sequencing);
    };
    structure(scenario, '');
    for (const a of scenario.architectures!) {
      check(`architecture ${a.id}`, a);
      const { tracks, roles, sequencing, vetoes, infeasible } = a.changes;
      structure({ tracks: tracks?.add, roles, sequencing, vetoes: vetoes?.add }, `${a.id}: `);
      infeasible?.forEach((c, i) =>
        check(`${a.id}: infeasible[${i}]`, typeof c === 'string' ? {} : c),
      );
    }
    expect(unsourced).toEqual([]);
  });

  it('gives a valid scenario under every architecture', () => {
    for (const architecture of listArchitectures(scenario)) {
      const applied = applyArchitecture(scenario, architecture.id);
      const errors = validateScenario(applied).filter((d) => d.severity === 'error');
      expect(errors, architecture.id).toEqual([]);
    }
    expect(applyArchitecture(scenario, 'oct2018')).toEqual(asWritten);
  });

  it("US-led: the op-ed's structure — Russia out of verification and the security mechanism, an observer of inter-Korean talks", () => {
    const usLed = applyArchitecture(scenario, 'us_led');
    expect(trackOf(usLed, 'us_dprk')).toMatchObject({
      parties: ['usa', 'dprk', 'china', 'rok', 'japan'],
      chair: 'usa',
      decisionRule: { kind: 'veto-players', vetoPlayers: ['usa', 'dprk'] },
    });
    expect(rolesOf(usLed, 'russia')).toEqual([
      'excluded@us_dprk',
      'excluded@peace_regime',
      'observer@inter_korean',
    ]);
    expect(usLed.roles!.usa!.filter((r) => r.role === 'verifier').map((r) => r.track)).toEqual([
      'us_dprk',
    ]);
  });

  it('six-party: the 2007 working groups, Russia chairing the peace and security mechanism, denuclearization linked with economy and energy', () => {
    const sixParty = applyArchitecture(scenario, 'six_party');
    expect(sixParty.tracks!.map((t) => [t.id, t.chair])).toEqual([
      ['peace_regime', undefined],
      ['inter_korean', undefined],
      ['denuclearization_wg', 'china'],
      ['economy_energy_wg', 'rok'],
      ['peace_security_wg', 'russia'],
      ['us_dprk_normalization_wg', undefined],
      ['japan_dprk_normalization_wg', undefined],
    ]);
    expect(trackPackages(sixParty)[0]).toEqual(['denuclearization_wg', 'economy_energy_wg']);
    expect(rolesOf(sixParty, 'russia')).toEqual([
      'verifier@denuclearization_wg',
      'guarantor@peace_security_wg',
    ]);
  });

  it('dual track: the peace mechanism in parallel with denuclearization, guaranteed by the US, China and Russia', () => {
    const dualTrack = applyArchitecture(scenario, 'dual_track');
    expect(sequencingSteps(dualTrack)).toEqual([['us_dprk', 'peace_regime', 'inter_korean']]);
    expect(trackOf(dualTrack, 'peace_regime').parties).toEqual([
      'usa',
      'dprk',
      'rok',
      'china',
      'russia',
      'japan',
    ]);
    const guarantors = Object.entries(dualTrack.roles!)
      .filter(([, roles]) => roles.some((r) => r.role === 'guarantor'))
      .map(([actor]) => actor);
    expect(guarantors.sort()).toEqual(['china', 'russia', 'usa']);
  });

  it('denuclearization first: US–DPRK talks first, and no state with relief or the declaration before dismantlement', () => {
    const first = applyArchitecture(scenario, 'denuclearization_first');
    expect(sequencingSteps(first)).toEqual([['us_dprk'], ['peace_regime', 'inter_korean']]);
    const m = buildModel(gmcr.gmcrInputFromScenario(first));
    const at = (state: number, option: string) => m.yn(state)[optionIndex.get(option)!] === 'Y';
    const states = Array.from({ length: m.stateCount }, (_, s) => s);
    const early = states.filter(
      (s) => (!at(s, 'us_max_pressure') || at(s, 'us_end_of_war')) && !at(s, 'dprk_dismantle'),
    );
    expect(early).toEqual([]);
    // Yongbyon-for-relief (the later Hanoi offer) stays possible.
    expect(states.some((s) => at(s, 'dprk_dismantle') && !at(s, 'us_max_pressure'))).toBe(true);
  });
});

describe('the Korean Peninsula 2018 scenario: the graph model under each architecture', () => {
  // The scenario's own findings, kept as regression checks (not published results).
  const analyse = (architecture: string) => {
    const m = buildModel(gmcr.gmcrInputFromScenario(applyArchitecture(scenario, architecture)));
    const analysis = gmcr.analyze(m);
    const nash = analysis.movers.map((_, i) => analysis.stability.nash[i]![m.statusQuo]);
    const reached = gmcr.statusQuoAnalysis(analysis, m.statusQuo).reachableByImprovements;
    const at = (s: number, option: string) => m.yn(s)[optionIndex.get(option)!] === 'Y';
    return { m, nash, reached: reached.filter((s) => s !== m.statusQuo), at };
  };

  it('US-led changes nothing about the status quo: Russia was not admitted in October 2018 either', () => {
    const { m, nash } = analyse('us_led');
    expect(m.stateCount).toBe(3072);
    expect(nash).toEqual([1, 0, 1, 1, 1, 1]);
  });

  it('admitting Russia (six-party, dual track) gives Russia a unilateral improvement: it stops helping evasion', () => {
    for (const architecture of ['six_party', 'dual_track']) {
      const { nash, reached, at } = analyse(architecture);
      expect(nash[dm('russia')], architecture).toBe(0);
      expect(reached.length, architecture).toBeGreaterThan(0);
      expect(
        reached.filter((s) => !at(s, 'dprk_test')).every((s) => !at(s, 'ru_evasion')),
        architecture,
      ).toBe(true);
    }
  });

  it('the guaranteed dual suspension takes away the DPRK’s one unilateral improvement, resuming tests', () => {
    const { nash, reached, at } = analyse('dual_track');
    expect(nash[dm('dprk')]).toBe(1);
    expect(reached.some((s) => at(s, 'dprk_test'))).toBe(false);
  });
});
