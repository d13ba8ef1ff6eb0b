/**
 * Why a state is or is not stable for a mover, in plain words, with the witnesses behind it:
 * for every unilateral improvement s → s1 of the mover, whether the others can sanction it
 * under the concept (definitions in stability/*.ts; Fang, Hipel & Kilgour 1993, ch. 3) and the
 * sanction that does — or, for limited-move stability, the line of play the mover anticipates
 * (limitedMove.ts; Kilgour, Hipel & Fang 1987).
 *
 * A state is stable under a concept iff every improvement is deterred (Nash: iff there is none).
 * Under SMR an improvement is deterred only by a sanction the mover cannot escape; when a GMR
 * sanction exists but the mover can counter it, the explanation names the escaping countermove.
 */
import type { GmcrAnalysis } from './analyze.ts';
import { findSanction } from './findSanction.ts';
import { prefers, row } from './moveStructure.ts';
import { CONCEPTS, type Move, type StabilityConcept } from './types.ts';
import { describeMove, stateName } from './describe.ts';
import { explainLimited } from './explainLimited.ts';
import { EngineError } from '../shared/engineError.ts';

export type ExplainConcept = StabilityConcept | 'limited';

export interface ExplainedImprovement {
  /** The state the mover can improve to (index). */
  to: number;
  /** Whether the others' response makes the move not worth it under the concept. */
  deterred: boolean;
  /**
   * The sanction: the others' moves (in order; for SIM simultaneous, each from the state
   * explained), or the anticipated response for `limited`. For an SMR improvement that is not
   * deterred, the GMR sanction that `countermove` escapes. Null when there is none.
   */
  sanction: Move[] | null;
  /** SMR: the mover's move from the sanction's end to a state it prefers to the one explained. */
  countermove?: Move;
  /** limited: the outcome the mover anticipates after this move. */
  anticipated?: number;
}

/** Plain JSON. */
export interface Explanation {
  state: number;
  mover: number;
  concept: ExplainConcept;
  /** limited only. */
  horizon?: number;
  stable: boolean;
  improvements: ExplainedImprovement[];
  /** limited only: the move the mover would make and the line of play it expects, when unstable. */
  choice?: { line: Move[]; anticipated: number };
  summary: string;
  lines: string[];
}

export const CONCEPT_LABELS: Record<StabilityConcept, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
};

/** Explains the stability of `state` for `mover` under `concept` (horizon: limited only, default 2). */
export function explain(
  analysis: GmcrAnalysis,
  state: number,
  mover: number,
  concept: ExplainConcept,
  options: { horizon?: number } = {},
): Explanation {
  if (!Number.isInteger(state) || state < 0 || state >= analysis.model.stateCount) {
    throw new EngineError('gmcr/bad-state', `${state} is not a state index`);
  }
  if (!Number.isInteger(mover) || mover < 0 || mover >= analysis.movers.length) {
    throw new EngineError('gmcr/bad-mover', `${mover} is not a mover index`);
  }
  if (concept === 'limited') return explainLimited(analysis, state, mover, options.horizon ?? 2);
  if (!CONCEPTS.includes(concept) || !analysis.concepts.includes(concept)) {
    throw new EngineError('gmcr/concept-not-computed', `the analysis has no ${concept} stability`);
  }
  const stable = analysis.stability[concept][mover]![state] === 1;
  const improvements = [...row(analysis.improvements[mover]!, state)]
    .sort((a, b) => a - b)
    .map((to) => explainImprovement(analysis, concept, mover, state, to));
  const text = new Narrator(analysis, mover, state);
  const lines = improvements.map((item) => text.improvementLine(concept, item));
  return {
    state,
    mover,
    concept,
    stable,
    improvements,
    summary: text.summary(concept, stable, improvements),
    lines,
  };
}

function explainImprovement(
  analysis: GmcrAnalysis,
  concept: StabilityConcept,
  mover: number,
  s: number,
  to: number,
): ExplainedImprovement {
  const sanction = findSanction(analysis, concept, mover, s, to);
  if (sanction !== null || concept !== 'smr') return { to, deterred: sanction !== null, sanction };
  const attempt = findSanction(analysis, 'gmr', mover, s, to);
  if (attempt === null) return { to, deterred: false, sanction: null };
  const s2 = attempt[attempt.length - 1]?.to ?? to;
  const escape = [...row(analysis.moves[mover]!, s2)].find((s3) => prefers(analysis, mover, s3, s));
  if (escape === undefined) return { to, deterred: false, sanction: null };
  const countermove = {
    from: s2,
    to: escape,
    mover,
    improvement: prefers(analysis, mover, escape, s2),
  };
  return { to, deterred: false, sanction: attempt, countermove };
}

/** Sentences about one (analysis, mover, state). */
class Narrator {
  readonly who: string;
  readonly here: string;

  constructor(
    readonly analysis: GmcrAnalysis,
    readonly mover: number,
    readonly state: number,
  ) {
    this.who = analysis.movers[mover]!.name;
    this.here = stateName(state);
  }

  summary(
    concept: StabilityConcept,
    stable: boolean,
    improvements: readonly ExplainedImprovement[],
  ): string {
    const head = `${capitalize(this.here)} is ${stable ? '' : 'not '}${CONCEPT_LABELS[concept]}-stable for ${this.who}`;
    if (improvements.length === 0)
      return `${head}: ${this.who} has no unilateral improvement from it.`;
    if (stable) {
      const count =
        improvements.length === 1
          ? 'its unilateral improvement is'
          : `each of its ${improvements.length} unilateral improvements is`;
      return `${head}: ${count} ${concept === 'smr' ? 'sanctioned beyond escape' : 'sanctioned'}.`;
    }
    const open = improvements.find((item) => !item.deterred)!;
    return `${head}: ${this.who} can move to ${stateName(open.to)} (${this.move(open.to)}) and ${this.whyOpen(concept, open)}.`;
  }

  improvementLine(concept: StabilityConcept, item: ExplainedImprovement): string {
    const start = `${this.who} could move to ${stateName(item.to)} (${this.move(item.to)}; ${this.who} prefers ${stateName(item.to)} to ${this.here})`;
    if (!item.deterred) return `${start}, and ${this.whyOpen(concept, item)}.`;
    const sanction = item.sanction ?? [];
    if (concept === 'sim') {
      const end = simultaneousResult(this.analysis, this.state, item.to, sanction);
      return `${start}, but at the same time ${this.steps(sanction, ' and ')}, giving ${stateName(end)}, which ${this.who} does not prefer to ${this.here}.`;
    }
    const end = sanction[sanction.length - 1]!.to;
    const tail =
      concept === 'smr'
        ? ` and from which ${this.who} has no move to a state it prefers to ${this.here}`
        : '';
    return `${start}, but then ${this.steps(sanction, ', then ')}, ending in ${stateName(end)}, which ${this.who} does not prefer to ${this.here}${tail}.`;
  }

  /** Why an improvement is not deterred under the concept. */
  whyOpen(concept: StabilityConcept, item: ExplainedImprovement): string {
    switch (concept) {
      case 'nash':
        return 'Nash stability does not weigh the others’ responses';
      case 'gmr':
        return `no sequence of the others’ moves from there reaches a state ${this.who} does not prefer to ${this.here}`;
      case 'seq':
        return `no sequence of the others’ unilateral improvements from there reaches a state ${this.who} does not prefer to ${this.here}`;
      case 'sim':
        return `no combination of the others’ simultaneous unilateral improvements leaves ${this.who} no better off than at ${this.here}`;
      case 'smr': {
        if (item.countermove === undefined || item.sanction === null)
          return this.whyOpen('gmr', item);
        const c = item.countermove;
        return (
          `although the others can answer: ${this.steps(item.sanction, ', then ')}, ${this.who} can then escape to ` +
          `${stateName(c.to)} (${this.move(c.to, c.from)}), which it prefers to ${this.here}` +
          ' — and so it can against every such sanction'
        );
      }
    }
  }

  /** `DPRK takes “Testing” (state 30), then USA abandons …`. */
  steps(moves: readonly Move[], separator: string): string {
    return moves
      .map((m) => `${describeMove(this.analysis.model, m)} (${stateName(m.to)})`)
      .join(separator);
  }

  move(to: number, from = this.state): string {
    return describeMove(this.analysis.model, { from, to });
  }
}

/** The state produced by the mover's s → s1 together with the others' simultaneous moves from s. */
export function simultaneousResult(
  analysis: GmcrAnalysis,
  s: number,
  s1: number,
  moves: readonly Move[],
): number {
  const { decimals } = analysis.model;
  let decimal = decimals[s1]!;
  for (const m of moves) decimal ^= decimals[m.to]! ^ decimals[s]!;
  return analysis.model.indexOf(decimal >>> 0);
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
