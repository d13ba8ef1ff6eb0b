/**
 * Plain output compatible with Gambit's command-line tools (research/gambit.md §2), line for
 * line:
 *
 * - exact methods (enumpure, enummixed, lcp, lp, simpdiv): one `NE,p1,p2,…` line per
 *   equilibrium, probabilities of player 1's strategies, then player 2's, …, as exact rationals
 *   (`1/3`, `0`, `1`); with `decimals` (Gambit's `-d N`) as fixed decimals instead;
 * - enummixed with `convexSets` (Gambit's `-c`): after the NE lines, one `convex-k,…` line for
 *   every profile (extreme row × extreme column) of maximal convex set k;
 * - logit: one `λ,p…` line per traced point (λ with 6 decimals, probabilities with 6
 *   significant digits as C++ streams print doubles), then `NE,p…` (only that with
 *   `terminalOnly`, Gambit's `-e`);
 * - trees (`behaviour` given): enumpure, lcp and lp print behaviour probabilities (player,
 *   information set, action), as Gambit's tools do without `-S` — 0 at information sets the
 *   profile does not reach, the centroid there for lcp and lp (Gambit's sequence-form tools);
 *   enummixed and simpdiv print the reduced strategic form, as Gambit's always do, and so does
 *   logit (as `gambit-logit -S`: see TREE_BEHAVIOUR_METHODS).
 */
import type { Rational } from '../shared/rational.ts';
import {
  toBehaviour,
  toBehaviourFloat,
  type BehaviourLayout,
  type UnreachedBehaviour,
} from './behaviourProfile.ts';
import type { GameMethod, GameSolution } from './solution.ts';

export interface FormatGambitOptions {
  /** Print probabilities as fixed decimals with this many digits (Gambit `-d`). */
  decimals?: number;
  /** enummixed: add the `convex-k` lines of the maximal convex sets (Gambit `-c`). */
  convexSets?: boolean;
  /** logit: print only the final `NE` line (Gambit `-e`). */
  terminalOnly?: boolean;
  /**
   * The game is a tree (fromGambit's layout): print behaviour strategies where Gambit's tool
   * does by default. Leave out for Gambit's `-S` output (the reduced strategic form).
   */
  behaviour?: BehaviourLayout;
}

/**
 * Methods whose Gambit tool prints behaviour strategies for a tree unless given `-S`. (gambit-logit
 * does too, but it traces a different correspondence there — the agent QRE — so Parley's logit,
 * which traces the QRE of the reduced strategic form, prints what `gambit-logit -S` prints.)
 */
export const TREE_BEHAVIOUR_METHODS: readonly GameMethod[] = ['enumpure', 'lcp', 'lp'];

/** A double as C++ `ostream << setprecision(p)` prints it (like printf `%g`). */
export function formatSignificant(x: number, precision = 6): string {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? '0' : String(x);
  const [mantissa, expText] = x.toExponential(precision - 1).split('e') as [string, string];
  const exp = Number(expText);
  const trim = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= precision) {
    const sign = exp < 0 ? '-' : '+';
    return `${trim(mantissa)}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return trim(x.toFixed(Math.max(0, precision - 1 - exp)));
}

const exactLine = (label: string, values: readonly Rational[], decimals?: number): string =>
  [label, ...values.map((p) => (decimals === undefined ? p.toString() : p.toFixed(decimals)))].join(
    ',',
  );

/** The solution as Gambit's tools print it on stdout (one line per entry, newline-terminated). */
export function formatGambit(solution: GameSolution, options: FormatGambitOptions = {}): string {
  const lines: string[] = [];
  const layout = TREE_BEHAVIOUR_METHODS.includes(solution.method) ? options.behaviour : undefined;
  const unreached: UnreachedBehaviour =
    solution.method === 'lcp' || solution.method === 'lp' ? 'centroid' : 'zero';
  const exact = (profile: Rational[][]) =>
    layout ? toBehaviour(layout, profile, unreached) : profile.flat();
  if (solution.method === 'logit') {
    const digits = options.decimals ?? 6;
    const float = (profile: number[][]) =>
      layout ? toBehaviourFloat(layout, profile) : profile.flat();
    if (!options.terminalOnly) {
      for (const point of solution.branch ?? []) {
        lines.push(
          [
            point.lambda.toFixed(digits),
            ...float(point.profile).map((p) => formatSignificant(p, digits)),
          ].join(','),
        );
      }
    }
    for (const eq of solution.equilibria) {
      lines.push(
        ['NE', ...exact(eq.profile).map((p) => formatSignificant(p.toNumber(), digits))].join(','),
      );
    }
  } else {
    for (const eq of solution.equilibria)
      lines.push(exactLine('NE', exact(eq.profile), options.decimals));
    if (options.convexSets) {
      (solution.convexSets ?? []).forEach((set, k) => {
        for (const row of set.rows)
          for (const col of set.cols)
            lines.push(exactLine(`convex-${k + 1}`, [...row, ...col], options.decimals));
      });
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}
