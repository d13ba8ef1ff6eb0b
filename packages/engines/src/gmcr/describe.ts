/**
 * Plain-words descriptions of states and moves, from the options' labels, for explanations and
 * reports. States are shown with GMCR+'s 1-based numbering (`state 5` is state index 4).
 */
import type { GmcrModel } from './model.ts';
import type { Move } from './types.ts';

/** How a state is named in text: `state 5` for index 4. */
export const stateName = (state: number): string => `state ${state + 1}`;

export interface StateSummary {
  /** State index (0-based). */
  state: number;
  /** 1-based id, as GMCR+ numbers states. */
  id: number;
  decimal: number;
  /** One Y/N letter per option, option 0 first. */
  yn: string;
  /** Labels of the options taken. */
  taken: string[];
  /** e.g. `USA: Lift sanctions; DPRK: Suspend testing`, or `no option taken`. */
  text: string;
}

const labelOf = (model: GmcrModel, option: number): string => {
  const o = model.input.options[option]!;
  return o.label ?? o.id;
};

/** The options taken in a state, grouped by owner. */
export function describeState(model: GmcrModel, state: number): StateSummary {
  const decimal = model.decimals[state]!;
  const byOwner = new Map<number, string[]>();
  const taken: string[] = [];
  model.input.options.forEach((option, k) => {
    if (((decimal >>> k) & 1) === 0) return;
    taken.push(labelOf(model, k));
    byOwner.set(option.owner, [...(byOwner.get(option.owner) ?? []), labelOf(model, k)]);
  });
  const parts = [...byOwner.entries()]
    .sort(([a], [b]) => a - b)
    .map(([owner, labels]) => `${model.input.decisionMakers[owner]!.name}: ${labels.join(', ')}`);
  return {
    state,
    id: state + 1,
    decimal,
    yn: model.yn(state),
    taken,
    text: parts.length === 0 ? 'no option taken' : parts.join('; '),
  };
}

/**
 * What a move changes, by the owners of the changed options: `USA takes “Lift sanctions”`,
 * `DPRK takes “Talks” and abandons “Testing” and “Missiles”`; several owners (a coalition move) are joined by `;`.
 */
export function describeMove(model: GmcrModel, move: Pick<Move, 'from' | 'to'>): string {
  const changed = model.decimals[move.from]! ^ model.decimals[move.to]!;
  const after = model.decimals[move.to]!;
  const byOwner = new Map<number, { takes: string[]; abandons: string[] }>();
  model.input.options.forEach((option, k) => {
    if (((changed >>> k) & 1) === 0) return;
    const entry = byOwner.get(option.owner) ?? { takes: [], abandons: [] };
    (((after >>> k) & 1) === 1 ? entry.takes : entry.abandons).push(`“${labelOf(model, k)}”`);
    byOwner.set(option.owner, entry);
  });
  if (byOwner.size === 0) return 'nothing changes';
  return [...byOwner.entries()]
    .sort(([a], [b]) => a - b)
    .map(([owner, { takes, abandons }]) => {
      const verbs = [
        takes.length > 0 ? `takes ${joinWords(takes)}` : '',
        abandons.length > 0 ? `abandons ${joinWords(abandons)}` : '',
      ];
      return `${model.input.decisionMakers[owner]!.name} ${verbs.filter(Boolean).join(' and ')}`;
    })
    .join('; ');
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
