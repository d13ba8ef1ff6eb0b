/**
 * GMCR states and moves in words, for readers who do not read Y/N strings: which options a
 * state takes, how it differs from the status quo, and what a move does. An option label that
 * already names its owner (`DPRK suspends testing`) is used as it stands; others get the owner
 * in front (`United States: Lift sanctions`).
 */
import type { GmcrModel, Move, Mover } from '@parley/engines';
import type { PathStep, StateDescription, StateRef } from '../report.ts';

/** The user-facing reference of a state index: id = index + 1 (GMCR+ numbering). */
export function stateRef(model: GmcrModel, state: number): StateRef {
  return { id: state + 1, decimal: model.decimals[state]!, yn: model.yn(state) };
}

/**
 * Ways a label may name an actor: its id, its name, an abbreviation in parentheses
 * (`North Korea (DPRK)`) or the initials of a several-word name (`United States` → `US`).
 */
export function actorNames(actor: { id: string; name: string }): string[] {
  const names = [actor.id, actor.name];
  const abbreviation = /\(([^)]+)\)/.exec(actor.name)?.[1];
  if (abbreviation) names.push(abbreviation);
  const words = actor.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  if (words.length > 1) names.push(words.map((w) => w[0]).join(''));
  return names;
}

const namesActor = (label: string, actor: { id: string; name: string }): boolean =>
  actorNames(actor).some((n) => label.toLowerCase().startsWith(`${n.toLowerCase()} `));

const labelOf = (model: GmcrModel, k: number): string => {
  const option = model.input.options[k]!;
  return option.label ?? option.id;
};

const ownerOf = (model: GmcrModel, k: number) =>
  model.input.decisionMakers[model.input.options[k]!.owner]!;

/** An option as listed in a state description: its label, with the owner unless it names it. */
export function optionName(model: GmcrModel, k: number): string {
  const label = labelOf(model, k);
  const owner = ownerOf(model, k);
  return namesActor(label, owner) ? label : `${owner.name}: ${label}`;
}

const bit = (decimal: number, k: number): boolean => Math.floor(decimal / 2 ** k) % 2 === 1;

/** A state in words, with its differences from `reference` (normally the status quo). */
export function describeState(
  model: GmcrModel,
  state: number,
  reference: number,
): StateDescription {
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

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const quoted = (labels: string[]) => joinWords(labels.map((l) => `“${l}”`));

/** What one owner does in a move: `DPRK suspends testing`, `USA takes “A” and reverses “B”`. */
function ownerPhrase(
  owner: { id: string; name: string },
  taken: string[],
  withdrawn: string[],
): string[] {
  const plain = taken.filter((l) => namesActor(l, owner));
  const other = taken.filter((l) => !namesActor(l, owner));
  const verbs = [
    other.length > 0 ? `takes ${quoted(other)}` : '',
    withdrawn.length > 0 ? `reverses ${quoted(withdrawn)}` : '',
  ].filter(Boolean);
  return [...plain, ...(verbs.length > 0 ? [`${owner.name} ${joinWords(verbs)}`] : [])];
}

/** A move in words, owner by owner (a coalition moves several owners' options at once). */
export function describeMove(model: GmcrModel, movers: readonly Mover[], move: Move): PathStep {
  const from = model.decimals[move.from]!;
  const to = model.decimals[move.to]!;
  const parts = model.input.decisionMakers.flatMap((owner, dm) => {
    const taken: string[] = [];
    const withdrawn: string[] = [];
    model.input.options.forEach((o, k) => {
      if (o.owner !== dm || bit(from, k) === bit(to, k)) return;
      (bit(to, k) ? taken : withdrawn).push(labelOf(model, k));
    });
    return ownerPhrase(owner, taken, withdrawn);
  });
  return {
    from: move.from + 1,
    to: move.to + 1,
    mover: movers[move.mover]!.name,
    improvement: move.improvement,
    text: parts.join('; '),
  };
}
