/**
 * Lemke–Howson for two-player games, exact, from every missing label (Gambit's `lcp` on the
 * strategic form).
 *
 * With positive payoff matrices A, B the equilibria are the completely labelled pairs of
 * P = { x ≥ 0 : Bᵀx ≤ 1 } and Q = { y ≥ 0 : Ay ≤ 1 } other than (0, 0) (see enummixed.ts).
 * Dropping label k at a completely labelled pair and following complementary pivots — the
 * variable whose label was just duplicated enters the other polytope's dictionary — walks an
 * edge path that ends at another completely labelled pair (Lemke & Howson 1964; Shapley 1974;
 * von Stengel 2002 §2.3–2.5). Pivots use exact integer arithmetic and the lexicographic ratio
 * test, so degenerate games cannot make the path cycle (von Stengel 2002 §2.6).
 *
 * Starting from the artificial pair (0, 0) with every label, then from every equilibrium found
 * with every label, finds all equilibria reachable this way ("accessible", Shapley 1974). The
 * search is Gambit's: depth first, labels in order (player 1's strategies, then player 2's),
 * never dropping the label a path arrived by, pruned at bases already visited; so equilibria come
 * in Gambit's order, the first being Lemke–Howson from label 1. Unlike Gambit, an equilibrium
 * reached again through another basis of a degenerate vertex is reported once.
 *
 * Guarantee: every result is an exact equilibrium; at least one is found. Not complete: some
 * equilibria are not accessible (Shapley 1974), and degenerate games can hide many.
 */
import { EngineError } from '../../shared/engineError.ts';
import { bigGcd, Rational } from '../../shared/rational.ts';
import { throwIfAborted } from '../../shared/throwIfAborted.ts';
import { LexDictionary } from '../linear/lexDictionary.ts';
import { positiveBimatrix, transpose } from '../positiveBimatrix.ts';
import { emptySolution, makeEquilibrium, type GameSolution, type SolveHooks } from '../solution.ts';
import type { StrategicGame } from '../strategicGame.ts';

export interface LcpOptions {
  /** Stop after this many equilibria (Gambit `-e`); default: all accessible. */
  maxEquilibria?: number;
  /** Follow paths at most this many steps away from the artificial equilibrium (Gambit `-r`). */
  maxDepth?: number;
}

interface LabelledState {
  /** Dictionary of P (x side) and of Q (y side). */
  px: LexDictionary;
  qy: LexDictionary;
  depth: number;
}

/** Lemke–Howson path from a completely labelled state, dropping `label`; mutates the state. */
export function lemkeHowsonPath(
  state: LabelledState,
  m: number,
  n: number,
  label: number,
  signal?: AbortSignal,
): void {
  // Label l is carried by variable l of P (x_l or the slack of column l-m) and by variable
  // (l < m ? n + l : l - m) of Q (the slack of row l, or y_{l-m}).
  const varIn = (side: 0 | 1, l: number) => (side === 0 ? l : l < m ? n + l : l - m);
  const labelOf = (side: 0 | 1, v: number) => (side === 0 ? v : v >= n ? v - n : m + v);
  let side: 0 | 1 = state.px.colOf[varIn(0, label)]! >= 0 ? 0 : 1;
  let entering = varIn(side, label);
  for (let steps = 1; ; steps++) {
    if (steps % 256 === 0) throwIfAborted(signal);
    const dict = side === 0 ? state.px : state.qy;
    const c = dict.colOf[entering]!;
    const r = dict.ratioTest(c);
    if (r < 0)
      throw new EngineError(
        'games/internal',
        'Lemke–Howson: unbounded ray (payoffs must be positive)',
      );
    const leaving = dict.basic[r]!;
    dict.pivot(r, c);
    const l = labelOf(side, leaving);
    if (l === label) return;
    side = side === 0 ? 1 : 0;
    entering = varIn(side, l);
  }
}

const pointKey = (dict: LexDictionary, count: number): string => {
  const values = Array.from({ length: count }, (_, j) => dict.valueOf(j));
  let g = dict.det;
  for (const v of values) if (v !== 0n) g = bigGcd(g, v);
  return values.map((v) => v / g).join(',');
};

const basisKey = (state: LabelledState): string =>
  `${[...state.px.basic].sort((a, b) => a - b).join(',')};${[...state.qy.basic].sort((a, b) => a - b).join(',')}`;

const probabilities = (dict: LexDictionary, count: number): Rational[] => {
  const values = Array.from({ length: count }, (_, j) => dict.valueOf(j));
  const total = values.reduce((s, v) => s + v, 0n);
  return values.map((v) => Rational.of(v, total));
};

/** A state of the depth-first search: the label it was reached by and the next label to drop. */
interface Frame {
  state: LabelledState;
  arrivedBy: number;
  next: number;
}

/** Equilibria accessible by Lemke–Howson paths, in Gambit's order of discovery. */
export function lcpSolve(
  game: StrategicGame,
  options: LcpOptions = {},
  hooks: SolveHooks = {},
): GameSolution {
  const solution = emptySolution(game, 'lcp', true);
  const bm = positiveBimatrix(game);
  const { m, n } = bm;
  const max = options.maxEquilibria ?? Infinity;
  const maxDepth = options.maxDepth ?? Infinity;
  const start: LabelledState = {
    px: new LexDictionary(transpose(bm.b)),
    qy: new LexDictionary(bm.a),
    depth: 0,
  };
  const seenBases = new Set<string>();
  const seenPoints = new Set<string>();
  const stack: Frame[] = [{ state: start, arrivedBy: -1, next: 0 }];
  let paths = 0;
  while (stack.length > 0 && solution.equilibria.length < max) {
    const top = stack[stack.length - 1]!;
    if (top.next >= m + n || top.state.depth >= maxDepth) {
      stack.pop();
      continue;
    }
    const label = top.next++;
    if (label === top.arrivedBy) continue;
    throwIfAborted(hooks.signal);
    const state: LabelledState = {
      px: top.state.px.clone(),
      qy: top.state.qy.clone(),
      depth: top.state.depth + 1,
    };
    lemkeHowsonPath(state, m, n, label, hooks.signal);
    hooks.onProgress?.({ phase: 'Lemke–Howson paths', done: ++paths });
    const basis = basisKey(state);
    if (seenBases.has(basis)) continue;
    seenBases.add(basis);
    const key = `${pointKey(state.px, m)};${pointKey(state.qy, n)}`;
    // Back at the artificial pair (0, 0): not an equilibrium, nothing to explore from it.
    if (/^0(,0)*;/.test(key)) continue;
    stack.push({ state, arrivedBy: label, next: 0 });
    if (seenPoints.has(key)) continue;
    seenPoints.add(key);
    const eq = makeEquilibrium(game, [probabilities(state.px, m), probabilities(state.qy, n)]);
    if (!eq.regret.isZero())
      throw new EngineError('games/internal', 'Lemke–Howson produced a non-equilibrium');
    solution.equilibria.push(eq);
  }
  if (options.maxEquilibria !== undefined || options.maxDepth !== undefined) {
    solution.warnings.push(
      'search limited by maxEquilibria/maxDepth: more equilibria may be accessible',
    );
  }
  return solution;
}
