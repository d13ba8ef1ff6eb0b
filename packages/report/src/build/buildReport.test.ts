import { describe, expect, it } from 'vitest';
import { gmcr } from '@parley/engines';
import type { Section } from '../report.ts';
import { prisonersDilemma } from '../testing/prisonersDilemma.ts';
import { renderHtml } from '../render/renderHtml.ts';
import { renderText } from '../render/renderText.ts';
import { buildGmcrReport, buildScenarioReport } from './buildReport.ts';

// Expected values: Prisoner's Dilemma, Nash {4}; GMR, SMR, SEQ, SIM {1, 4} (Fang, Hipel &
// Kilgour 1993, ch. 3; also the catalog's prisoners-dilemma.yaml).
function pdReport(options: Parameters<typeof buildGmcrReport>[2] = {}) {
  const scenario = prisonersDilemma();
  const analysis = gmcr.analyze(gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario)));
  return buildGmcrReport(scenario, analysis, options);
}

function section<K extends Section['kind']>(
  sections: Section[],
  kind: K,
): Extract<Section, { kind: K }> {
  const found = sections.find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} section`);
  return found as Extract<Section, { kind: K }>;
}

describe('buildGmcrReport on the Prisoner’s Dilemma', () => {
  const report = pdReport({ generator: 'parley test' });

  it('orders sections from overview to sources', () => {
    expect(report.sections.map((s) => s.kind)).toEqual([
      'overview',
      'actors',
      'issues',
      'gmcr-model',
      'gmcr-table',
      'gmcr-equilibria',
      'gmcr-status-quo',
      'gmcr-explanations',
      'sources',
    ]);
    expect(report).toMatchObject({
      title: "Prisoner's Dilemma",
      asOf: '1950',
      generator: 'parley test',
    });
  });

  it('lists the textbook equilibria per concept, described in words', () => {
    const eq = section(report.sections, 'gmcr-equilibria');
    const ids = Object.fromEntries(eq.concepts.map((c) => [c.concept, c.stateIds]));
    expect(ids).toEqual({ nash: [4], gmr: [1, 4], smr: [1, 4], seq: [1, 4], sim: [1, 4] });
    // The status quo comes first, then the states stable under the most concepts.
    expect(eq.states.map((s) => [s.id, s.concepts])).toEqual([
      [1, ['GMR', 'SMR', 'SEQ', 'SIM']],
      [4, ['Nash', 'GMR', 'SMR', 'SEQ', 'SIM']],
    ]);
    const both = eq.states[1]!;
    expect(both.text).toBe('Prisoner 1 confesses; Prisoner 2 confesses');
    expect(both.changes).toEqual(['+ Prisoner 1 confesses', '+ Prisoner 2 confesses']);
  });

  it('shows every state of a small model in the option-form table, marking the status quo', () => {
    const table = section(report.sections, 'gmcr-table');
    expect(table.columns.map((c) => c.yn)).toEqual(['NN', 'YN', 'NY', 'YY']);
    expect(table.columns.map((c) => c.statusQuo)).toEqual([true, false, false, false]);
    expect(table.columns[3]!.equilibria).toEqual(['nash', 'gmr', 'smr', 'seq', 'sim']);
    expect(table.omitted).toBe(0);
  });

  it('keeps only the status quo and the equilibria when the model is larger than the limit', () => {
    const table = section(pdReport({ maxTableStates: 2 }).sections, 'gmcr-table');
    expect(table.columns.map((c) => c.id)).toEqual([1, 4]);
    expect(table).toMatchObject({ selection: 'equilibria', equilibriumStates: 2, omitted: 2 });
  });

  it('traces mutual silence to mutual confession in two improving moves, in words', () => {
    const sq = section(report.sections, 'gmcr-status-quo');
    expect(sq.from.id).toBe(1);
    const target = sq.targets.find((t) => t.state.id === 4)!;
    expect(target).toMatchObject({
      reachable: true,
      reachableByImprovements: true,
      concepts: ['Nash', 'GMR', 'SMR', 'SEQ', 'SIM'],
    });
    expect(target.path.map((p) => [p.from, p.to, p.improvement])).toHaveLength(2);
    expect(target.path[0]!.text).toMatch(/^Prisoner [12] confesses$/);
  });

  it('explains each equilibrium under its strongest concept, per decision maker', () => {
    const ex = section(report.sections, 'gmcr-explanations');
    expect(ex.items.map((i) => [i.state.id, i.concept, i.mover])).toEqual([
      [1, 'seq', 'Prisoner 1'],
      [1, 'seq', 'Prisoner 2'],
      [4, 'nash', 'Prisoner 1'],
      [4, 'nash', 'Prisoner 2'],
    ]);
    expect(ex.items.every((i) => i.stable)).toBe(true);
  });

  it('attaches provenance: judgement, sources, inherited markings', () => {
    const actors = section(report.sections, 'actors').actors;
    expect(actors[0]!.capability).toEqual({
      value: 50,
      sources: [],
      judgement: true,
      note: 'equal by assumption',
    });
    expect(actors[0]!.derivation).toBe('equal by assumption');
    expect(actors[1]!.capability).toEqual({ value: 50, sources: ['rc-1965'], judgement: false });
  });

  it('tallies figures in the Sources section and flags undefined source ids', () => {
    const sources = section(report.sections, 'sources');
    // Figures: 2 capabilities + 2 positions + 2 saliences.
    expect(sources.tally).toEqual({ sourced: 2, judgement: 2, unmarked: 2 });
    expect(sources.judgements).toEqual([
      'Actors: capability (Prisoner 1)',
      'Years in prison: salience (Prisoner 1)',
    ]);
    expect(sources.sources.find((s) => s.id === 'unused')!.citedBy).toEqual([]);
    // What cites a source is grouped: figures by issue and aspect, options, preferences.
    expect(sources.sources.find((s) => s.id === 'rc-1965')!.citedBy).toEqual([
      'Actors: profile (Prisoner 2); capability (Prisoner 2)',
      'Years in prison: position (Prisoner 2)',
      'Options: “Prisoner 1 confesses”',
      'Preferences: Prisoner 1',
    ]);
    expect(sources.missing).toEqual(['missing-source']);
  });

  it('renders to text within 100 columns and to well-formed HTML', () => {
    const text = renderText(report);
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(text).toContain('1. Prisoner');
    expect(renderHtml(report)).toContain('<h2 id="gmcr-table-h">Option-form table</h2>');
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('buildScenarioReport', () => {
  it('has no GMCR sections', () => {
    const kinds = buildScenarioReport(prisonersDilemma()).sections.map((s) => s.kind);
    expect(kinds).toEqual(['overview', 'actors', 'issues', 'sources']);
  });
});
