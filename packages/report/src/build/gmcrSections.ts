/**
 * GMCR report sections from an analysis: the model (options by owner, counts, status quo), the
 * option-form table (GMCR+ layout: options as rows, states as columns, equilibria marked), the
 * equilibria per concept, and reachability from the status quo. Large models can have thousands
 * of equilibria; the sections then show the most relevant ones (statePriority.ts) and say how
 * many were left out.
 */
import type { gmcr } from '@parley/engines';
import type { Scenario } from '@parley/model';
import {
  CONCEPT_NAMES,
  type GmcrEquilibriaSection,
  type GmcrModelSection,
  type GmcrStatusQuoSection,
  type GmcrTableSection,
} from '../report.ts';
import { describeMove, describeState, stateRef } from './gmcrWords.ts';
import { provenanceOf } from './provenance.ts';
import { conceptsOf, prioritizedEquilibria, type ConceptResult } from './statePriority.ts';

type Analysis = gmcr.GmcrAnalysis;

/** The concepts an analysis computed, plus limited-move stability when it was run. */
export function conceptResults(a: Analysis, limited?: gmcr.LimitedMoveResult): ConceptResult[] {
  const results: ConceptResult[] = a.concepts.map((concept) => ({
    concept,
    name: CONCEPT_NAMES[concept],
    equilibria: a.equilibria[concept],
  }));
  if (limited) {
    results.push({
      concept: 'limited',
      name: `L${limited.horizon}`,
      equilibria: limited.equilibria,
    });
  }
  return results;
}

function optionRows(scenario: Scenario, input: gmcr.GmcrModel['input'], dm: number) {
  return input.options.flatMap((o) => {
    if (o.owner !== dm) return [];
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
  });
}

export function gmcrModelSection(
  scenario: Scenario,
  a: Analysis,
  statusQuo: number,
): GmcrModelSection {
  const { model } = a;
  const input = model.input;
  const section: GmcrModelSection = {
    kind: 'gmcr-model',
    id: 'gmcr-model',
    title: 'Graph model',
    decisionMakers: input.decisionMakers.map((dm, i) => ({
      id: dm.id,
      name: dm.name,
      options: optionRows(scenario, input, i),
    })),
    counts: {
      decisionMakers: input.decisionMakers.length,
      options: model.optionCount,
      states: 2 ** model.optionCount,
      feasibleStates: model.stateCount,
      infeasibleConditions: input.infeasible.length,
    },
    infeasible: scenario.infeasible.map((c) =>
      typeof c === 'string'
        ? { condition: c }
        : { condition: c.when, ...(c.reason ? { reason: c.reason } : {}) },
    ),
  };
  if (a.movers.some((m) => m.members.length > 1)) {
    section.coalitions = a.movers.map((m) => ({
      name: m.name,
      members: m.members.map((dm) => input.decisionMakers[dm]!.name),
    }));
  }
  if (statusQuo >= 0) section.statusQuo = describeState(model, statusQuo, statusQuo);
  return section;
}

/** Every state when there are at most `maxStates`; else the status quo and the top equilibria. */
export function gmcrTableSection(
  a: Analysis,
  concepts: readonly ConceptResult[],
  statusQuo: number,
  maxStates: number,
): GmcrTableSection {
  const { model } = a;
  const equilibria = prioritizedEquilibria(concepts, statusQuo);
  const all = model.stateCount <= maxStates;
  const chosen = new Set<number>();
  if (all) for (let s = 0; s < model.stateCount; s++) chosen.add(s);
  else {
    if (statusQuo >= 0) chosen.add(statusQuo);
    for (const s of equilibria) if (chosen.size < maxStates) chosen.add(s);
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
    equilibriumStates: equilibria.length,
    selection: all ? 'all' : 'equilibria',
    omitted: model.stateCount - states.length,
  };
}

export function gmcrEquilibriaSection(
  a: Analysis,
  concepts: readonly ConceptResult[],
  statusQuo: number,
  maxDescribed: number,
): GmcrEquilibriaSection {
  const equilibria = prioritizedEquilibria(concepts, statusQuo);
  const described = equilibria.slice(0, maxDescribed);
  const section: GmcrEquilibriaSection = {
    kind: 'gmcr-equilibria',
    id: 'gmcr-equilibria',
    title: 'Equilibria',
    concepts: concepts.map((c) => ({
      concept: c.concept,
      name: c.name,
      stateIds: c.equilibria.map((s) => s + 1),
    })),
    states: described.map((s) => ({
      ...describeState(a.model, s, statusQuo),
      concepts: conceptsOf(concepts, s),
    })),
    omittedStates: equilibria.length - described.length,
  };
  if (statusQuo >= 0) section.statusQuoId = statusQuo + 1;
  return section;
}

export function gmcrStatusQuoSection(
  a: Analysis,
  concepts: readonly ConceptResult[],
  result: gmcr.StatusQuoResult,
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
        concepts: conceptsOf(concepts, t.state),
        reachable: t.reachable,
        reachableByImprovements: t.reachableByImprovements,
        path: path.map((m) => describeMove(model, a.movers, m)),
      };
    }),
  };
}
