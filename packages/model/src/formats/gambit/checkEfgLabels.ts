/**
 * Gambit 17 refuses trees whose non-empty node labels repeat, or where one player's infoset
 * labels repeat (research/gambit.md §1.5: 8 of Gambit's own sample trees fail this). Gambit 16
 * reads them, so Parley does too and warns that Gambit 17 will not.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import type { EfgPlayerInfoset } from './gambitGame.ts';
import type { LocatedLabel } from './normalizeLabels.ts';

export function checkEfgLabels(
  nodeLabels: readonly LocatedLabel[],
  infosets: readonly (readonly EfgPlayerInfoset[])[],
  diagnostics: Diagnostic[],
  file?: string,
): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const l of nodeLabels) {
    if (l.text === '') continue;
    if (seen.has(l.text) && !repeated.has(l.text)) {
      repeated.add(l.text);
      diagnostics.push(
        warning(
          l,
          `The node label ${JSON.stringify(l.text)} is used more than once; Gambit 17 rejects such files`,
          'nodes',
          file,
        ),
      );
    }
    seen.add(l.text);
  }
  infosets.forEach((list, player) => {
    const names = new Set<string>();
    for (const infoset of list) {
      if (infoset.label === '') continue;
      if (names.has(infoset.label)) {
        const d: Diagnostic = {
          code: 'gambit-label',
          severity: 'warning',
          path: `infosets[${player}]`,
          message: `Player ${player + 1} has two information sets labelled ${JSON.stringify(infoset.label)}; Gambit 17 rejects such files`,
        };
        if (file !== undefined) d.file = file;
        diagnostics.push(d);
      }
      names.add(infoset.label);
    }
  });
}

function warning(at: LocatedLabel, message: string, path: string, file?: string): Diagnostic {
  const d: Diagnostic = {
    code: 'gambit-label',
    severity: 'warning',
    path,
    line: at.line,
    col: at.col,
    message,
  };
  if (file !== undefined) d.file = file;
  return d;
}
