/**
 * Why each equilibrium is stable: for every equilibrium state (up to a limit), the explanation
 * of the strongest concept it satisfies, for every mover. Nash implies SEQ and SMR, which imply
 * GMR (Fang, Hipel & Kilgour 1993, §3.3), so a state is explained under the first concept of
 * STRENGTH_ORDER that holds; SIM is independent of SEQ/SMR and comes last.
 */
import { gmcr, type StabilityConcept } from '@parley/engines';
import { CONCEPT_NAMES, type GmcrExplanationsSection } from '../report.ts';
import { stateRef } from './gmcrWords.ts';

export const STRENGTH_ORDER: readonly StabilityConcept[] = ['nash', 'seq', 'smr', 'gmr', 'sim'];

/** Improvements listed per mover; the summary already says how many there are. */
const MAX_LINES = 3;

/** The strongest computed concept under which `state` is an equilibrium, if any. */
export function strongestConcept(
  a: gmcr.GmcrAnalysis,
  state: number,
): StabilityConcept | undefined {
  return STRENGTH_ORDER.find((c) => a.concepts.includes(c) && a.equilibria[c].includes(state));
}

/**
 * Explanations for the first `maxStates` of `ranked` (equilibrium states, most relevant first)
 * that are equilibria under one of the analysis's own concepts.
 */
export function gmcrExplanationsSection(
  a: gmcr.GmcrAnalysis,
  ranked: readonly number[],
  maxStates: number,
): GmcrExplanationsSection {
  const explainable = ranked.filter((s) => strongestConcept(a, s) !== undefined);
  const chosen = explainable.slice(0, maxStates);
  const items = chosen.flatMap((state) => {
    const concept = strongestConcept(a, state)!;
    return a.movers.map((mover, m) => {
      const e = gmcr.explain(a, state, m, concept);
      const extra = e.lines.length - MAX_LINES;
      return {
        state: stateRef(a.model, state),
        concept,
        conceptName: CONCEPT_NAMES[concept],
        mover: mover.name,
        stable: e.stable,
        improvements: e.improvements.length,
        summary: e.summary,
        lines: [
          ...e.lines.slice(0, MAX_LINES),
          ...(extra > 0 ? [`… and ${extra} more improvement${extra === 1 ? '' : 's'}`] : []),
        ],
      };
    });
  });
  return {
    kind: 'gmcr-explanations',
    id: 'gmcr-explanations',
    title: 'Why the equilibria are stable',
    omittedStates: explainable.length - chosen.length,
    items,
  };
}
