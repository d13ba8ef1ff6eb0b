/**
 * Core options: the few options that matter most to the decision makers' preferences, so a
 * game view over them stays small enough for mixed equilibria and the logit QRE.
 *
 * The weight of option k is the sum over decision makers d of the average change in d's payoff
 * rank when k alone is flipped, scaled to d's range of ranks:
 *
 *   w_k = Σ_d mean_{(s, s⊕k) both feasible} | p_d(s with k) − p_d(s without k) | / (max p_d − min p_d)
 *
 * — the factorial-design effect of a factor measured on matched pairs (e.g. Montgomery,
 * _Design and Analysis of Experiments_, ch. 6), in absolute value so that options acting
 * through `iff` conditions count too. Pairs, not the marginal means, so that an option which is
 * only feasible together with another (Japan's package needs dismantlement) does not inherit
 * that option's weight. Under option prioritization an option in a decision maker's first
 * statement moves its rank by about half the range, one in its last statement hardly at all;
 * explicit rankings are measured the same way. An option that cannot be flipped alone weighs 0.
 */
import type { GmcrModel } from '../gmcr/model.ts';

export interface OptionWeight {
  /** Model option index. */
  option: number;
  weight: number;
}

/** Every option with its weight, heaviest first (ties in option order). */
export function optionWeights(model: GmcrModel): OptionWeight[] {
  const weights = model.input.options.map((_, option) => ({ option, weight: 0 }));
  for (const payoff of model.payoffs) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of payoff) {
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    if (hi === lo) continue;
    weights.forEach((w) => (w.weight += flipEffect(model, payoff, w.option) / (hi - lo)));
  }
  return weights.sort((a, b) => b.weight - a.weight || a.option - b.option);
}

function flipEffect(model: GmcrModel, payoff: Int32Array, option: number): number {
  const bit = 1 << option;
  let total = 0;
  let pairs = 0;
  for (let s = 0; s < model.stateCount; s++) {
    const decimal = model.decimals[s]!;
    if ((decimal & bit) === 0) continue;
    const without = model.indexOf(decimal ^ bit);
    if (without < 0) continue;
    total += Math.abs(payoff[s]! - payoff[without]!);
    pairs++;
  }
  return pairs === 0 ? 0 : total / pairs;
}

/**
 * The `count` heaviest options (model indices, ascending). When they all belong to one
 * decision maker, the lightest of them gives way to the heaviest option of another, so the
 * game has two players whenever the model has two decision makers with options.
 */
export function coreOptions(model: GmcrModel, count = 4): number[] {
  const ranked = optionWeights(model).map((w) => w.option);
  const chosen = ranked.slice(0, Math.max(1, count));
  const owner = (k: number) => model.input.options[k]!.owner;
  const owners = new Set(chosen.map(owner));
  if (owners.size === 1 && chosen.length > 1) {
    const other = ranked.find((k) => !owners.has(owner(k)));
    if (other !== undefined) chosen[chosen.length - 1] = other;
  }
  return chosen.sort((a, b) => a - b);
}
