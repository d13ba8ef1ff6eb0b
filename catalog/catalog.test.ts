/**
 * The built-in catalog: every scenario validates cleanly and is fully sourced, and the classic
 * conflicts reproduce their published stability results. State ids are GMCR+ ids: the 1-based
 * rank of the state's decimal (Σ 2^k over the options taken, first option = bit 0).
 */
import { describe, expect, it } from 'vitest';
import { gmcr, type StabilityConcept } from '@parley/engines';
import {
  catalogFiles,
  catalogModel,
  loadCatalogScenario,
  parseCatalogFile,
} from './loadCatalogScenario.ts';
import { missingProvenance } from './missingProvenance.ts';

/** GMCR+ ids of the equilibria under each concept. */
function equilibria(
  file: string,
  options: gmcr.AnalyzeOptions = {},
): Record<StabilityConcept, number[]> {
  const { model } = catalogModel(file);
  const analysis = gmcr.analyze(model, options);
  const ids = {} as Record<StabilityConcept, number[]>;
  for (const concept of analysis.concepts)
    ids[concept] = analysis.equilibria[concept].map((s) => s + 1);
  return ids;
}

describe('the catalog', () => {
  it('holds the flagship and the classic conflicts', () => {
    expect(catalogFiles).toEqual([
      'chicken.yaml',
      'cuban-missile-crisis-1962.yaml',
      'elmira-groundwater-1991.yaml',
      'korean-peninsula-2018.yaml',
      'prisoners-dilemma.yaml',
    ]);
  });

  it.each(catalogFiles)('%s parses and validates with no error and no warning', (file) => {
    const { scenario, diagnostics } = parseCatalogFile(file);
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe(file.replace(/\.yaml$/, ''));
  });

  it.each(catalogFiles)(
    '%s: every number and modelling choice has a source or an explained judgement',
    (file) => {
      expect(missingProvenance(loadCatalogScenario(file))).toEqual([]);
    },
  );

  it.each(catalogFiles)('%s: its status quo is a feasible state', (file) => {
    expect(catalogModel(file).model.statusQuo).toBeGreaterThanOrEqual(0);
  });
});

describe("Prisoner's Dilemma", () => {
  // States: 1 both silent, 2 only P1 confesses, 3 only P2 confesses, 4 both confess.
  // Expected values worked by hand from the definitions of Fang, Hipel & Kilgour (1993, ch. 3):
  // mutual silence is sanctioned by the other prisoner's (credible) confession.
  const result = equilibria('prisoners-dilemma.yaml');

  it('has mutual confession as its only Nash equilibrium (Flood 1952; Rapoport & Chammah 1965)', () => {
    expect(result.nash).toEqual([4]);
  });

  it('also stabilises mutual silence under GMR, SMR, SEQ and SIM (Fang, Hipel & Kilgour 1993)', () => {
    expect(result.gmr).toEqual([1, 4]);
    expect(result.smr).toEqual([1, 4]);
    expect(result.seq).toEqual([1, 4]);
    expect(result.sim).toEqual([1, 4]);
  });
});

describe('Chicken', () => {
  // States: 1 crash, 2 only driver 1 swerves, 3 only driver 2 swerves, 4 both swerve.
  const result = equilibria('chicken.yaml');

  it('has the two "one driver swerves" outcomes as Nash and SEQ equilibria (Rapoport & Chammah 1966)', () => {
    expect(result.nash).toEqual([2, 3]);
    expect(result.seq).toEqual([2, 3]);
  });

  it('adds mutual swerving under GMR and SMR, whose sanction (crashing) need not be credible (Fang, Hipel & Kilgour 1993)', () => {
    expect(result.gmr).toEqual([2, 3, 4]);
    expect(result.smr).toEqual([2, 3, 4]);
  });
});

describe('Cuban Missile Crisis', () => {
  // Options: air strike, blockade, withdraw, escalate. State 1 = status quo (NNNN); state 7 =
  // blockade with withdrawal (NYYN), the historical resolution of 28 October 1962.
  const result = equilibria('cuban-missile-crisis-1962.yaml');

  it('finds blockade with withdrawal stable under SEQ, GMR and SMR (Fraser & Hipel 1984)', () => {
    expect(result.seq).toContain(7);
    expect(result.gmr).toContain(7);
    expect(result.smr).toContain(7);
  });

  it('finds the status quo unstable: the US blockades and the USSR then withdraws (Fraser & Hipel 1984)', () => {
    expect(result.nash).not.toContain(1);
    expect(result.seq).not.toContain(1);
  });
});

describe('Elmira groundwater conflict', () => {
  // The published 9-state model's state 9 (Uniroyal abandons) is split here into states 9–12,
  // which every decision maker ranks equally; states 1–8 keep their published numbers.
  const published = (ids: number[]): number[] => [...new Set(ids.map((id) => Math.min(id, 9)))];
  const result = equilibria('elmira-groundwater-1991.yaml');

  it('has Nash and SEQ equilibria 5, 8 and 9 (Hipel, Fang, Kilgour & Haight 1993; Fang, Hipel & Kilgour 1993, ch. 5)', () => {
    expect(published(result.nash)).toEqual([5, 8, 9]);
    expect(published(result.seq)).toEqual([5, 8, 9]);
  });

  it('has GMR and SMR equilibria 1, 4, 5, 8 and 9 (Fang, Hipel & Kilgour 1993, ch. 5)', () => {
    expect(published(result.gmr)).toEqual([1, 4, 5, 8, 9]);
    expect(published(result.smr)).toEqual([1, 4, 5, 8, 9]);
  });

  it('keeps the four abandonment states together: all four are stable or none is', () => {
    for (const ids of Object.values(result)) {
      expect([9, 10, 11, 12].filter((id) => ids.includes(id)).length % 4).toBe(0);
    }
  });

  // MoE and Uniroyal jointly negotiated a modified order (Kilgour, Fang & Hipel 1996; Kinsara et
  // al. 2015, GMCR+ coalition analysis).
  it('stalls at state 5 when each party moves alone, but reaches the actual outcome 8 when MoE and Uniroyal act as a coalition', () => {
    const { model } = catalogModel('elmira-groundwater-1991.yaml');
    const reachableFromStatusQuo = (coalitions?: number[][]): number[] => {
      const analysis = gmcr.analyze(model, coalitions ? { coalitions } : {});
      return gmcr
        .statusQuoAnalysis(analysis, model.statusQuo)
        .reachableByImprovements.map((s) => s + 1);
    };
    expect(model.statusQuo + 1).toBe(1);
    expect(reachableFromStatusQuo()).toEqual([1, 5]);
    expect(reachableFromStatusQuo([[0, 1], [2]])).toEqual([1, 5, 8]);
  });

  it('loses state 5 as an equilibrium once MoE and Uniroyal form a coalition (Kinsara et al. 2015)', () => {
    const withCoalition = equilibria('elmira-groundwater-1991.yaml', { coalitions: [[0, 1], [2]] });
    expect(withCoalition.nash).not.toContain(5);
    expect(withCoalition.nash).toContain(8);
  });
});
