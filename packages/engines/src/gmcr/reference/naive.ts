/**
 * A naive GMCR reference, written straight from the definitions for tiny models only: sets and
 * arrays, pairwise move tests, preferences as exact BigInt scores, and R_{N−i} by the inductive
 * definition with last-mover sets Ω (Fang, Hipel & Kilgour 1993, §3.2; Kilgour & Hipel 2005):
 *
 *     j ∈ H, s1 ∈ R_j(s)                                 ⇒ s1 ∈ R_H(s), j ∈ Ω(s, s1)
 *     s1 ∈ R_H(s), j ∈ H, s2 ∈ R_j(s1), Ω(s, s1) ≠ {j}   ⇒ s2 ∈ R_H(s), j ∈ Ω(s, s2)
 *
 * It shares no code with the fast engine (not even the condition evaluator) so that the
 * property test comparing the two checks the engine against the definitions, not against itself.
 * Coalitions, irreversibility, misperception and SIM follow docs/gmcr.md.
 */
import type { Expr } from '@parley/model';
import type { GmcrInput, StabilityConcept } from '../types.ts';

export function holds(expr: Expr<number>, decimal: number): boolean {
  switch (expr.kind) {
    case 'option':
      return Math.floor(decimal / 2 ** expr.option) % 2 === 1;
    case 'not':
      return !holds(expr.operand, decimal);
    case 'and':
      return expr.operands.every((e) => holds(e, decimal));
    case 'or':
      return expr.operands.some((e) => holds(e, decimal));
    case 'if':
      return !holds(expr.antecedent, decimal) || holds(expr.consequent, decimal);
    case 'iff':
      return holds(expr.left, decimal) === holds(expr.right, decimal);
  }
}

const bit = (decimal: number, k: number): boolean => Math.floor(decimal / 2 ** k) % 2 === 1;

export class NaiveGmcr {
  /** Feasible decimals, ascending (index = state). */
  readonly states: number[];
  readonly movers: number[][];
  private readonly score: bigint[][];
  private readonly moveCache = new Map<number, number[]>();

  constructor(
    readonly input: GmcrInput,
    coalitions?: number[][],
  ) {
    const all = Array.from({ length: 2 ** input.options.length }, (_, d) => d);
    this.states = all.filter((d) => !input.infeasible.some((c) => holds(c, d)));
    this.movers = coalitions ?? input.decisionMakers.map((_, i) => [i]);
    this.score = input.preferences.map((p) =>
      this.states.map((d) => {
        if (p.kind === 'ranking') return BigInt(-p.ranking.findIndex((group) => group.includes(d)));
        const n = p.statements.length;
        return p.statements.reduce(
          (sum, st, k) => (holds(st, d) ? sum + 2n ** BigInt(n - 1 - k) : sum),
          0n,
        );
      }),
    );
  }

  /** Every member of the mover strictly prefers a to b. */
  prefers(mover: number, a: number, b: number): boolean {
    return this.movers[mover]!.every((dm) => this.score[dm]![a]! > this.score[dm]![b]!);
  }

  sanction(mover: number, s: number, s2: number): boolean {
    return !this.prefers(mover, s2, s);
  }

  perceives(mover: number, s: number): boolean {
    return this.movers[mover]!.some(
      (dm) => !(this.input.misperceived?.[dm] ?? []).some((c) => holds(c, this.states[s]!)),
    );
  }

  /** Whether the mover can go from a to b in one move. */
  canMove(mover: number, a: number, b: number): boolean {
    if (a === b || !this.perceives(mover, a) || !this.perceives(mover, b)) return false;
    const [da, db] = [this.states[a]!, this.states[b]!];
    return this.input.options.every((option, k) => {
      if (bit(da, k) === bit(db, k)) return true;
      if (!this.movers[mover]!.includes(option.owner)) return false;
      if (option.reversibility === 'forward-only') return !bit(da, k);
      if (option.reversibility === 'backward-only') return bit(da, k);
      return true;
    });
  }

  /** R_i(s); memoized only because the reach fixpoint asks for the same rows many times. */
  moves(mover: number, s: number): number[] {
    const key = mover * this.states.length + s;
    let targets = this.moveCache.get(key);
    if (targets === undefined) {
      targets = this.states.map((_, t) => t).filter((t) => this.canMove(mover, s, t));
      this.moveCache.set(key, targets);
    }
    return targets;
  }

  improvements(mover: number, s: number): number[] {
    return this.moves(mover, s).filter((t) => this.prefers(mover, t, s));
  }

  /** R_{N−i}(s1), or R⁺_{N−i}(s1) when `credible`, by the Ω fixpoint. */
  opponentReach(focal: number, s1: number, credible: boolean): number[] {
    const step = (j: number, x: number): number[] =>
      credible ? this.improvements(j, x) : this.moves(j, x);
    const others = this.movers.map((_, j) => j).filter((j) => j !== focal);
    const omega = new Map<number, Set<number>>();
    const add = (x: number, j: number): boolean => {
      const set = omega.get(x) ?? new Set<number>();
      omega.set(x, set);
      if (set.has(j)) return false;
      set.add(j);
      return true;
    };
    for (const j of others) for (const y of step(j, s1)) add(y, j);
    for (let changed = true; changed;) {
      changed = false;
      for (const [x, lastMovers] of [...omega]) {
        for (const j of others) {
          if (lastMovers.size === 1 && lastMovers.has(j)) continue;
          for (const y of step(j, x)) changed = add(y, j) || changed;
        }
      }
    }
    return [...omega.keys()];
  }

  /** Whether the UI s → s1 of `focal` is sanctioned under a concept. */
  sanctioned(concept: StabilityConcept, focal: number, s: number, s1: number): boolean {
    switch (concept) {
      case 'nash':
        return false;
      case 'gmr':
        return this.opponentReach(focal, s1, false).some((s2) => this.sanction(focal, s, s2));
      case 'seq':
        return this.opponentReach(focal, s1, true).some((s2) => this.sanction(focal, s, s2));
      case 'smr':
        return this.opponentReach(focal, s1, false).some(
          (s2) =>
            this.sanction(focal, s, s2) &&
            this.moves(focal, s2).every((s3) => this.sanction(focal, s, s3)),
        );
      case 'sim':
        return this.simultaneousResults(focal, s, s1).some((s2) => this.sanction(focal, s, s2));
    }
  }

  /** States from s1 combined with each other mover staying or taking one UI from s (≥ 1 moving). */
  simultaneousResults(focal: number, s: number, s1: number): number[] {
    let sums: { delta: number; moved: boolean }[] = [{ delta: 0, moved: false }];
    this.movers.forEach((_, j) => {
      if (j === focal) return;
      const choices = this.improvements(j, s).map((t) => this.states[t]! - this.states[s]!);
      sums = sums.flatMap((sum) => [
        sum,
        ...choices.map((c) => ({ delta: sum.delta + c, moved: true })),
      ]);
    });
    return sums
      .filter((sum) => sum.moved)
      .map((sum) => this.states.indexOf(this.states[s1]! + sum.delta))
      .filter((s2) => s2 >= 0);
  }

  stable(concept: StabilityConcept, focal: number, s: number): boolean {
    return this.improvements(focal, s).every((s1) => this.sanctioned(concept, focal, s, s1));
  }
}
