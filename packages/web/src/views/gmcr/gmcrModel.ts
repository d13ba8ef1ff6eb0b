/**
 * The GMCR view's reading of an analysis: states as table rows (1-based ids as GMCR+ numbers
 * them; Y/N letters with option 0 first), the concepts under which each state is an
 * equilibrium as a bit mask, and plain words for moves — the same conventions as the CLI and
 * the report (docs/cli.md, "States").
 */
import type { StabilityConcept } from '@parley/engines';
import type { GmcrViewData, PathMove } from '../../engine/protocol.ts';

export const CONCEPT_LABELS: Record<StabilityConcept, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
};

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const MOVER_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C6D1F',
  '#000000',
];
export const moverColor = (mover: number): string => MOVER_COLORS[mover % MOVER_COLORS.length]!;

export interface StateRow {
  /** State index (0-based). */
  index: number;
  /** 1-based id, as GMCR+ and the CLI number states. */
  id: number;
  decimal: number;
  yn: string;
  /** Bit c set when the state is an equilibrium under data.concepts[c]. */
  equilibria: number;
  /** How many concepts it is an equilibrium under. */
  conceptCount: number;
  statusQuo: boolean;
}

/** One Y/N letter per option, option 0 (the least significant bit) first. */
export function ynOf(decimal: number, optionCount: number): string {
  let out = '';
  for (let k = 0; k < optionCount; k++) out += (decimal >>> k) & 1 ? 'Y' : 'N';
  return out;
}

/** Per state, the bit mask of the concepts under which it is an equilibrium. */
export function equilibriumMasks(data: GmcrViewData): Uint8Array {
  const masks = new Uint8Array(data.stateCount);
  data.concepts.forEach((concept, c) => {
    for (const s of data.equilibria[concept] ?? []) masks[s]! |= 1 << c;
  });
  return masks;
}

const bits = (x: number): number => {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
};

export function stateRows(data: GmcrViewData): StateRow[] {
  const masks = equilibriumMasks(data);
  const n = data.options.length;
  return Array.from(data.decimals, (decimal, index) => ({
    index,
    id: index + 1,
    decimal,
    yn: ynOf(decimal, n),
    equilibria: masks[index]!,
    conceptCount: bits(masks[index]!),
    statusQuo: index === data.statusQuo,
  }));
}

/**
 * Whether a row's Y/N letters match a pattern: one letter per option, `Y`, `N`, or `-`/`?`/`*`
 * for either (case-insensitive). A shorter pattern constrains the first options only.
 */
export function matchesPattern(yn: string, pattern: string): boolean {
  const p = pattern.trim().toUpperCase();
  for (let k = 0; k < p.length && k < yn.length; k++) {
    const c = p[k];
    if ((c === 'Y' || c === 'N') && yn[k] !== c) return false;
  }
  return true;
}

/** The labels of the options taken in a state, grouped by their owner's name. */
export function takenByOwner(
  data: GmcrViewData,
  decimal: number,
): { owner: string; labels: string[] }[] {
  const groups = new Map<number, string[]>();
  data.options.forEach((o, k) => {
    if ((decimal >>> k) & 1) groups.set(o.owner, [...(groups.get(o.owner) ?? []), o.label]);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([owner, labels]) => ({ owner: data.decisionMakers[owner]!.name, labels }));
}

/** `USA takes “Lift sanctions”; DPRK abandons “Testing”` — what a move changes. */
export function moveText(data: GmcrViewData, move: Pick<PathMove, 'from' | 'to'>): string {
  const before = data.decimals[move.from]!;
  const after = data.decimals[move.to]!;
  const parts = new Map<number, { takes: string[]; abandons: string[] }>();
  data.options.forEach((o, k) => {
    if ((((before ^ after) >>> k) & 1) === 0) return;
    const entry = parts.get(o.owner) ?? { takes: [], abandons: [] };
    ((after >>> k) & 1 ? entry.takes : entry.abandons).push(`“${o.label}”`);
    parts.set(o.owner, entry);
  });
  return [...parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([owner, { takes, abandons }]) => {
      const verbs = [
        takes.length ? `takes ${takes.join(', ')}` : '',
        abandons.length ? `abandons ${abandons.join(', ')}` : '',
      ].filter(Boolean);
      return `${data.decisionMakers[owner]!.name} ${verbs.join(' and ')}`;
    })
    .join('; ');
}

/** The concepts (labels) of an equilibrium mask, in the analysis's order. */
export function conceptsOf(data: GmcrViewData, mask: number): StabilityConcept[] {
  return data.concepts.filter((_, c) => (mask >>> c) & 1);
}
