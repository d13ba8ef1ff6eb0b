/**
 * All vertices of the polytope { z ≥ 0 : M z ≤ 1 } (M positive, so the polytope is bounded and
 * contains 0), by depth-first search over its lexicographically feasible bases.
 *
 * Under the lexicographic perturbation every basis is a vertex of a simple polytope whose graph
 * is connected, so a search from the slack basis (z = 0) along lexicographic pivots reaches every
 * basis; every vertex of the original polytope is the image of at least one of them (Dantzig,
 * Orden & Wolfe 1955; the same device lets lrs handle degeneracy, Avis 2000). A visited set of
 * bases replaces lrs's reverse-search test; backtracking pivots back, so only one dictionary is
 * kept. Degenerate vertices are reported once per basis: callers de-duplicate points.
 *
 * Cost: about two pivots and d ratio tests per basis.
 */
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import type { SolveHooks } from '../solution.ts';
import { LexDictionary } from './lexDictionary.ts';

/** A basis visited by the search (read it before returning: the dictionary changes after). */
export type VertexVisitor = (dict: LexDictionary) => void;

/**
 * Visits every lexicographically feasible basis of { z ≥ 0 : M z ≤ 1 }, starting with z = 0.
 * `phase` names the search in progress reports.
 */
export function enumerateBases(
  m: readonly (readonly bigint[])[],
  visit: VertexVisitor,
  hooks: SolveHooks = {},
  phase = 'vertices',
): number {
  const dict = new LexDictionary(m);
  const { d, k } = dict;
  const vars = d + k;
  // A basis is keyed by its set of nonbasic variables: a sum of powers of two while that is
  // exact in a double, else a string.
  const exact = vars <= 52;
  const bit = (v: number) => 2 ** v;
  let key = 0;
  for (let j = 0; j < d; j++) key += bit(j);
  const stringKey = () =>
    Array.from(dict.nonbasic)
      .sort((a, b) => a - b)
      .join(',');
  const seen = new Set<number | string>([exact ? key : stringKey()]);
  visit(dict);
  const nextCol: number[] = [0];
  const undoRow: number[] = [-1];
  const undoCol: number[] = [-1];
  let bases = 1;
  while (nextCol.length > 0) {
    const top = nextCol.length - 1;
    const c = nextCol[top]!;
    if (c === d) {
      nextCol.pop();
      const r = undoRow.pop()!;
      const uc = undoCol.pop()!;
      if (r >= 0) {
        if (exact) key += bit(dict.basic[r]!) - bit(dict.nonbasic[uc]!);
        dict.pivot(r, uc);
      }
      continue;
    }
    nextCol[top] = c + 1;
    const r = dict.ratioTest(c);
    if (r < 0) continue;
    let next: number | string;
    if (exact) {
      next = key - bit(dict.nonbasic[c]!) + bit(dict.basic[r]!);
    } else {
      const nb = Array.from(dict.nonbasic);
      nb[c] = dict.basic[r]!;
      next = nb.sort((a, b) => a - b).join(',');
    }
    if (seen.has(next)) continue;
    seen.add(next);
    dict.pivot(r, c);
    if (exact) key = next as number;
    visit(dict);
    if (++bases % 512 === 0) {
      hooks.onProgress?.({ phase, done: bases });
      throwIfAborted(hooks.signal);
    }
    nextCol.push(0);
    undoRow.push(r);
    undoCol.push(c);
  }
  return bases;
}
