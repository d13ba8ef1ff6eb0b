/**
 * GMCR report sections from an analysis: the model (options by owner, counts, status quo), the
 * option-form table (GMCR+ layout: options as rows, states as columns, equilibria marked), the
 * equilibria per concept, and reachability from the status quo.
 */
import type { gmcr } from '@parley/engines';
import type { Scenario } from '@parley/model';
import {
  CONCEPT_NAMES,
  type ConceptKey,
  type GmcrEquilibriaSection,
  type GmcrModelSection,
  type GmcrStatusQuoSection,
  type GmcrTableSection,
} from '../report.ts';
import { describeMove, describeState, stateRef } from './gmcrWords.ts';
import { provenanceOf } from './provenance.ts';

type Analysis = gmcr.GmcrAnalysis;
type StatusQuoResult = gmcr.StatusQuoResult;

/** One concept's equilibria (state indices), with the name a reader sees. */
export interface ConceptResult {
  concept: ConceptKey;
  name: string;
  equilibria: readonly number[];
}

/** The concepts an analysis computed, plus limited-move stability when it was run. */
export function conceptResults(a: Analysis, limited?: gmcr.LimitedMoveResult): ConceptResult[] {
  const results: ConceptResult[] = a.concepts.map((concept) => ({
    concept,
    name: CONCEPT_NAMES[concept],
    equilibria: a.equilibria[concept],
  }));
  if (limited) {
    results.push({ concept: 'limited', name: `L${limited.horizon}`, equilibria: limited.equilibria });
  }
  return results;
}

export function gmcrModelSection(scenario: Scenario, a: Analysis, statusQuo: number): GmcrModelSection {
  const { model } = a;
  const input = model.input;
  const decisionMakers = input.decisionMakers.map((dm, i) => ({
    id: dm.id,
    name: dm.name,
    options: input.options.flatMap((o) => {
      if (o.owner !== i) return [];
      const declared = scenario.options.find((x) => x.id === o.id);
      return [
        {
          id: o.id,
          label: o.label ?? o.id,
          reversibility: o.reversibility,
          statusQuo: o.statusQuo === true,
          provenance: provenanceOf(declared),
        },
      ];
    }),
  }));
  const section: GmcrModelSection = {
    kind: 'gmcr-model',
    id: 'gmcr-model',
    title: 'Graph model',
    decisionMakers,
    counts: {
      decisionMakers: input.decisionMakers.length,
      options: model.optionCount,
      states: 2 ** model.optionCount,
      feasibleStates: model.stateCount,
      infeasibleConditions: input.infeasible.length,
    },
    infeasible: scenario.infeasible.map((c) =>
      typeof c === 'string' ? { condition: c } : { condition: c.when, ...(c.reason ? { reason: c.reason } : {}) },
    ),
  };
  const coalitions = a.movers.filter((m) => m.members.length > 1);
  if (coalitions.length > 0) {
    section.coalitions = a.movers.map((m) => ({
      name: m.name,
      members: m.members.map((dm) => input.decisionMakers[dm]!.name),
    }));
  }
  if (statusQuo >= 0) section.statusQuo = describeState(model, statusQuo, statusQuo);
  return section;
}

/** Every state, or (for large models) the status quo and the equilibria. */
export function gmcrTableSection(
  a: Analysis,
  concepts: readonly ConceptResult[],
  statusQuo: number,
  maxStates: number,
): GmcrTableSection {
  const { model } = a;
  const all = model.stateCount <= maxStates;
  const chosen = new Set<number>();
  if (all) for (let s = 0; s < model.stateCount; s++) chosen.add(s);
  else {
    if (statusQuo >= 0) chosen.add(statusQuo);
    for (const c of concepts) for (const s of c.equilibria) chosen.add(s);
  }
  const states = [...chosen].sort((x, y) => x - y);
  return {
    kind: 'gmcr-table',
    id: 'gmcr-table',
    title: 'Option-form table',
    options: model.input.options.map((o) => ({
      id: o.id,
      label: o.label ?? o.id,
      owner: model.input.decisionMakers[o.owner]!.name,
    })),
    columns: states.map((s) => ({
      ...stateRef(model, s),
      statusQuo: s === statusQuo,
      equilibria: concepts.filter((c) => c.equilibria.includes(s)).map((c) => c.concept),
    })),
    concepts: concepts.map((c) => ({ concept: c.concept, name: c.name })),
    feasibleStates: model.stateCount,
    omitted: model.stateCount - states.length,
  };
}

export function gmcrEquilibriaSection(
  a: Analysis,
  concepts: readonly ConceptResult[],
  statusQuo: number,
): GmcrEquilibriaSection {
  return {
    kind: 'gmcr-equilibria',
    id: 'gmcr-equilibria',
    title: 'Equilibria',
    concepts: concepts.map((c) => ({
      concept: c.concept,
      name: c.name,
      states: c.equilibria.map((s) => describeState(a.model, s, statusQuo)),
    })),
  };
}

export function gmcrStatusQuoSection(
  a: Analysis,
  concepts: readonly ConceptResult[],
  result: StatusQuoResult,
  omittedTargets = 0,
): GmcrStatusQuoSection {
  const { model } = a;
  return {
    kind: 'gmcr-status-quo',
    id: 'gmcr-status-quo',
    title: 'From the status quo',
    from: describeState(model, result.from, result.from),
    omittedTargets,
    targets: result.targets.map((t) => {
      const path = t.improvementPath ?? t.path ?? [];
      return {
        state: stateRef(model, t.state),
        concepts: concepts.filter((c) => c.equilibria.includes(t.state)).map((c) => c.name),
        reachable: t.reachable,
        reachableByImprovements: t.reachableByImprovements,
        path: path.map((m) => describeMove(model, a.movers, m)),
      };
    }),
  };
}
