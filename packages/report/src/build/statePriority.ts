/**
 * Which equilibria a reader should see first when there are too many to show: the status quo
 * (if it is one), then states stable under more concepts, then under a stronger concept (Nash
 * before SEQ/SMR before GMR; Fang, Hipel & Kilgour 1993, §3.3), then by state id.
 */
import type { ConceptKey } from '../report.ts';

/** A concept's equilibria as state indices. */
export interface ConceptResult {
  concept: ConceptKey;
  /** Display name: `Nash`, `SEQ`, `L3`, … */
  name: string;
  equilibria: readonly number[];
}

const STRENGTH: readonly ConceptKey[] = ['nash', 'seq', 'smr', 'gmr', 'sim', 'limited'];

/** Every state that is an equilibrium under some concept, most relevant first. */
export function prioritizedEquilibria(
  concepts: readonly ConceptResult[],
  statusQuo: number,
): number[] {
  const count = new Map<number, number>();
  const strongest = new Map<number, number>();
  for (const c of concepts) {
    const rank = STRENGTH.indexOf(c.concept);
    for (const s of c.equilibria) {
      count.set(s, (count.get(s) ?? 0) + 1);
      strongest.set(s, Math.min(strongest.get(s) ?? rank, rank));
    }
  }
  return [...count.keys()].sort(
    (a, b) =>
      Number(b === statusQuo) - Number(a === statusQuo) ||
      count.get(b)! - count.get(a)! ||
      strongest.get(a)! - strongest.get(b)! ||
      a - b,
  );
}

/** Names of the concepts under which `state` is an equilibrium. */
export const conceptsOf = (concepts: readonly ConceptResult[], state: number): string[] =>
  concepts.filter((c) => c.equilibria.includes(state)).map((c) => c.name);
