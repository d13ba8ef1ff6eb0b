/**
 * Why one state is or is not stable, for every mover under every computed concept — the
 * engine's `explain` (stability definitions of Fang, Hipel & Kilgour 1993, ch. 3) applied to
 * the whole grid, so the panel can show it at once.
 */
import { gmcr } from '@parley/engines';
import type { StateExplanation } from './viewTypes.ts';

export function explainState(analysis: gmcr.GmcrAnalysis, state: number): StateExplanation {
  const summary = gmcr.describeState(analysis.model, state);
  const cells = analysis.concepts.flatMap((concept) =>
    analysis.movers.map((_, mover) => {
      const e = gmcr.explain(analysis, state, mover, concept);
      return { mover, concept, stable: e.stable, summary: e.summary, lines: e.lines };
    }),
  );
  return { state, text: summary.text, yn: summary.yn, cells };
}
