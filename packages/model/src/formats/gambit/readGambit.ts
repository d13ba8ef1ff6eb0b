/**
 * Reads a Gambit game file of either kind, dispatching on the first token as Gambit does
 * (`NFG` → strategic form, `EFG` → tree). Action-graph games (`#AGG`, `#BAGG`) and Gambit's XML
 * workspace files are recognised and refused with a diagnostic.
 */
import type { Diagnostic, Parsed } from '../../diagnostic.ts';
import type { EfgGame, NfgGame } from './gambitGame.ts';
import { GambitLexer } from './gambitLexer.ts';
import { catchSyntax, describeToken } from './gambitParse.ts';
import { readEfg } from './readEfg.ts';
import { readNfg } from './readNfg.ts';

/** Reads `.nfg` or `.efg` text; `file` is only used in diagnostics. Never throws on bad input. */
export function readGambit(text: string, file?: string): Parsed<NfgGame | EfgGame> {
  const diagnostics: Diagnostic[] = [];
  const lexer = new GambitLexer(text, file);
  const first = catchSyntax(diagnostics, () => lexer.peek());
  if (first === undefined) return { ok: false, diagnostics };
  if (first.kind === 'symbol' && first.text === 'NFG') return readNfg(text, file);
  if (first.kind === 'symbol' && first.text === 'EFG') return readEfg(text, file);
  const message =
    first.kind === 'eof'
      ? 'The file is empty'
      : first.kind === 'symbol' && (first.text === '#AGG' || first.text === '#BAGG')
        ? 'Action-graph games (AGG/BAGG) are not supported'
        : first.kind === 'symbol' && first.text.startsWith('<')
          ? 'Gambit workspace (.gbt XML) files are not supported: export the game as .nfg or .efg'
          : `Unrecognized file format: expected NFG or EFG, found ${describeToken(first)}`;
  diagnostics.push(lexer.diagnostic(first, 'gambit-format', message));
  return { ok: false, diagnostics };
}
