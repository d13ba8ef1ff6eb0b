/** The ids a reference field may choose from, read from the scenario as written. */
import { listOf, textOf, type Raw } from './rawData.ts';

export interface Choice {
  value: string;
  label: string;
}

const fromList = (items: unknown, labelKey: string): Choice[] =>
  listOf(items)
    .map((item) => ({ value: textOf(item.id), label: textOf(item[labelKey]) || textOf(item.id) }))
    .filter((c) => c.value !== '');

export const actorChoices = (data: Raw): Choice[] => fromList(data.actors, 'name');
export const issueChoices = (data: Raw): Choice[] => fromList(data.issues, 'name');
export const optionChoices = (data: Raw): Choice[] => fromList(data.options, 'label');
export const trackChoices = (data: Raw): Choice[] => fromList(data.tracks, 'name');
export const vetoChoices = (data: Raw): Choice[] => fromList(data.vetoes, 'name');

/** The label of `id` among `choices`, or the id itself. */
export const labelOf = (choices: readonly Choice[], id: string): string =>
  choices.find((c) => c.value === id)?.label ?? id;

/** A list of ids as written (`[a, b]`, or one id where the format allows it). */
export const idsOf = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(textOf).filter((s) => s !== '') : typeof v === 'string' ? [v] : [];
