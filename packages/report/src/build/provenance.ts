/**
 * Provenance of scenario values. A number may carry its own `source`/`judgement` (a Quantity
 * object) or inherit them from the object around it (a position from its issue, a capability
 * from its actor); the nearest marking wins.
 */
import type { Quantity } from '@parley/model';
import type { Figure, Provenance } from '../report.ts';

/** The provenance fields every scenario object may carry. */
export interface Marked {
  source?: string | string[] | undefined;
  judgement?: boolean | undefined;
  note?: string | undefined;
}

const sourceList = (s: Marked['source']): string[] =>
  s === undefined ? [] : Array.isArray(s) ? [...s] : [s];

const isMarked = (m: Marked): boolean => m.source !== undefined || m.judgement === true;

/** Provenance of the first marked object in `chain` (nearest first); unmarked if none is. */
export function provenanceOf(...chain: (Marked | undefined)[]): Provenance {
  const marked = chain.find((m): m is Marked => m !== undefined && isMarked(m));
  const note = chain.find((m) => m?.note !== undefined)?.note;
  const base: Provenance = {
    sources: sourceList(marked?.source),
    judgement: marked?.judgement === true,
  };
  return note === undefined ? base : { ...base, note };
}

/** A quantity as a Figure, inheriting provenance from `outer` objects when it has none. */
export function figureOf(q: Quantity, ...outer: (Marked | undefined)[]): Figure {
  if (typeof q === 'number') return { value: q, ...provenanceOf(...outer) };
  const figure: Figure = { value: q.value, ...provenanceOf(q, ...outer) };
  if (q.range) figure.range = [q.range[0], q.range[1]];
  return figure;
}

/** Whether the figure is sourced, judgement, or neither. */
export const provenanceKind = (p: Provenance): 'sourced' | 'judgement' | 'unmarked' =>
  p.sources.length > 0 ? 'sourced' : p.judgement ? 'judgement' : 'unmarked';

/** The judgement marker used in every rendering. */
export const JUDGEMENT_MARK = '†';

/** `[a] [b]`, `†`, or empty: the marker written after a value. */
export function provenanceMarker(p: Provenance): string {
  if (p.sources.length > 0) return p.sources.map((s) => `[${s}]`).join(' ');
  return p.judgement ? JUDGEMENT_MARK : '';
}

/** Numbers as an analyst writes them: integers plain, others to at most 2 decimals. */
export const formatNumber = (n: number): string =>
  Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);

/** `42 (30–50) [sipri-2018]` or `42†`. */
export function formatFigure(f: Figure): string {
  const range = f.range ? ` (${formatNumber(f.range[0])}–${formatNumber(f.range[1])})` : '';
  const marker = provenanceMarker(f);
  const sep = marker === '' || marker === JUDGEMENT_MARK ? '' : ' ';
  return `${formatNumber(f.value)}${range}${sep}${marker}`;
}
