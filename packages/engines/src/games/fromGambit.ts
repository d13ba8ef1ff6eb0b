/**
 * The strategic game of a Gambit file as read by @parley/model: `.nfg` directly, `.efg` through
 * its reduced strategic form (reducedStrategicForm.ts).
 */
import type { EfgGame, NfgGame } from '@parley/model';
import { fromNfg } from './fromNfg.ts';
import { reducedStrategicForm } from './reducedStrategicForm.ts';
import type { StrategicGame } from './strategicGame.ts';

export function fromGambit(file: NfgGame | EfgGame): { game: StrategicGame; warnings: string[] } {
  if (file.kind === 'nfg') return { game: fromNfg(file), warnings: [] };
  const reduced = reducedStrategicForm(file);
  const warnings = [
    'the tree was converted to its reduced strategic form; profiles are mixed strategies over reduced strategies (Gambit -S)',
  ];
  if (!reduced.perfectRecall) {
    warnings.push(
      'the tree has imperfect recall: Gambit refuses to solve such games; mixed and behaviour strategies differ',
    );
  }
  return { game: reduced.game, warnings };
}
