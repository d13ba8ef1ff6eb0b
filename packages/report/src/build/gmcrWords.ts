/**
 * GMCR states and moves in words, for readers who do not read Y/N strings: which options a
 * state takes, how it differs from the status quo, and what a move does.
 */
import type { GmcrModel, Move, Mover } from '@parley/engines';
import type { PathStep, StateDescription, StateRef } from '../report.ts';

/** The user-facing reference of a state index: id = index + 1 (GMCR+ numbering). */
export function stateRef(model: GmcrModel, state: number): StateRef {
  return { id: state + 1, decimal: model.decimals[state]!, yn: model.yn(state) };
}

const startsWithName = (label: string, names: string[]): boolean =>
  names.some((n) => label.toLowerCase().startsWith(n.toLowerCase()));

/**
 * An option as a reader sees it in a list: its label, prefixed with the owner (`USA: Lift
 * sanctions`) unless the label already names the owner (`DPRK suspends testing`).
 */
export function optionName(model: GmcrModel, k: number): string {
  const option = model.input.options[k]!;
  const owner = model.input.decisionMakers[option.owner]!;
  const label = option.label ?? option.id;
  return startsWithName(label, [owner.name, owner.id]) ? label : `${owner.name}: ${label}`;
}

const bit = (decimal: number, k: number): boolean => Math.floor(decimal / 2 ** k) % 2 === 1;

/** A state in words, with its differences from `reference` (normally the status quo). */
export function describeState(model: GmcrModel, state: number, reference: number): StateDescription {
  const decimal = model.decimals[state]!;
  const refDecimal = reference >= 0 ? model.decimals[reference]! : decimal;
  const taken: string[] = [];
  const changes: string[] = [];
  for (let k = 0; k < model.optionCount; k++) {
    const on = bit(decimal, k);
    if (on) taken.push(optionName(model, k));
    if (on !== bit(refDecimal, k)) changes.push(`${on ? '+' : '−'} ${optionName(model, k)}`);
  }
  return {
    ...stateRef(model, state),
    taken,
    text: taken.length === 0 ? 'no option taken' : taken.join('; '),
    changes,
  };
}

/**
 * A move in words: `DPRK suspends testing`, `USA: Lift sanctions`, `USA reverses “Lift
 * sanctions”` — taken options by their labels, withdrawn ones as reversals.
 */
export function describeMove(model: GmcrModel, movers: readonly Mover[], move: Move): PathStep {
  const from = model.decimals[move.from]!;
  const to = model.decimals[move.to]!;
  const mover = movers[move.mover]!;
  const parts: string[] = [];
  for (let k = 0; k < model.optionCount; k++) {
    if (!bit(from, k) && bit(to, k)) parts.push(optionName(model, k));
  }
  for (let k = 0; k < model.optionCount; k++) {
    const option = model.input.options[k]!;
    const owner = model.input.decisionMakers[option.owner]!.name;
    if (bit(from, k) && !bit(to, k)) parts.push(`${owner} reverses “${option.label ?? option.id}”`);
  }
  return {
    from: move.from + 1,
    to: move.to + 1,
    mover: mover.name,
    improvement: move.improvement,
    text: parts.join('; '),
  };
}
