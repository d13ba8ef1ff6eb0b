/**
 * Gambit 17's label rules (research/gambit.md §1.5), applied leniently:
 *
 * - Gambit 17 rejects labels with control characters, leading/trailing whitespace or two
 *   whitespace characters in a row; Gambit 16 accepted them. Parley accepts them with a warning
 *   and cleans them (control characters become spaces, runs of whitespace collapse, ends are
 *   trimmed).
 * - Within one scope (the players, one player's strategies, one information set's actions, the
 *   outcomes), empty and duplicate labels are renamed exactly as Gambit 17 does: every empty
 *   label and every member of a group of equal labels becomes `label_k` with the next k whose
 *   result is not already used (`x x x_1` → `x_2 x_3 x_1`, `"" ""` → `_1 _2`).
 */
import type { Diagnostic } from '../../diagnostic.ts';

/** A label and where it was read. */
export interface LocatedLabel {
  text: string;
  line: number;
  col: number;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- likewise
const CONTROLS = /[\u0000-\u001f\u007f]/g;
const WHITESPACE_RUN = /\s\s/;

/** Why Gambit 17 would refuse this label, or undefined when it is fine. */
export function labelProblem(label: string): string | undefined {
  if (CONTROL.test(label)) return 'contains a control character (newline, tab, …)';
  if (label !== label.trim()) return 'begins or ends with whitespace';
  if (WHITESPACE_RUN.test(label)) return 'contains two whitespace characters in a row';
  return undefined;
}

/** The label with control characters replaced by spaces, whitespace collapsed and trimmed. */
export function cleanLabel(label: string): string {
  return label.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}

/** Gambit 17's renaming of empty and duplicate labels within one scope. */
export function dedupeLabels(labels: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const used = new Set<string>();
  for (const l of labels) {
    counts.set(l, (counts.get(l) ?? 0) + 1);
    used.add(l);
  }
  const visited = new Map<string, number>();
  return labels.map((label) => {
    if (counts.get(label) === 1 && label !== '') return label;
    let candidate: string;
    do {
      const k = (visited.get(label) ?? 0) + 1;
      visited.set(label, k);
      candidate = `${label}_${k}`;
    } while (used.has(candidate));
    used.add(candidate);
    return candidate;
  });
}

/**
 * Cleans (with a warning per label Gambit 17 would reject) and de-duplicates one scope of
 * labels. `what` names the scope in messages ("strategy label of player 1").
 */
export function normalizeScope(
  labels: readonly LocatedLabel[],
  what: string,
  path: string,
  diagnostics: Diagnostic[],
  file?: string,
): string[] {
  const cleaned = labels.map((l) => {
    const problem = labelProblem(l.text);
    if (problem === undefined) return l.text;
    const fixed = cleanLabel(l.text);
    const d: Diagnostic = {
      code: 'gambit-label',
      severity: 'warning',
      path,
      line: l.line,
      col: l.col,
      message: `The ${what} ${JSON.stringify(l.text)} ${problem}; Gambit 17 rejects it`,
      hint: `read as ${JSON.stringify(fixed)}`,
    };
    if (file !== undefined) d.file = file;
    diagnostics.push(d);
    return fixed;
  });
  return dedupeLabels(cleaned);
}
