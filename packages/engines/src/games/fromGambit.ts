/**
 * The strategic game of a Gambit file as read by @parley/model: `.nfg` directly, `.efg` through
 * its reduced strategic form (reducedStrategicForm.ts). For trees with perfect recall it also
 * returns how to print mixed profiles as behaviour strategies (behaviourProfile.ts), Gambit's
 * default output for trees.
 */
import type { EfgGame, NfgGame } from '@parley/model';
import { behaviourLayout, type BehaviourLayout } from './behaviourProfile.ts';
import { fromNfg } from './fromNfg.ts';
import { reducedStrategicForm } from './reducedStrategicForm.ts';
import type { StrategicGame } from './strategicGame.ts';

/** The note that comes with every tree: results are over its reduced strategies. */
export const REDUCED_FORM_NOTE =
  'the tree was converted to its reduced strategic form; profiles are mixed strategies over reduced strategies (Gambit -S)';

export interface GambitGame {
  game: StrategicGame;
  warnings: string[];
  /** Trees with perfect recall: the map from mixed profiles to behaviour profiles. */
  behaviour?: BehaviourLayout;
}

export function fromGambit(file: NfgGame | EfgGame): GambitGame {
  if (file.kind === 'nfg') return { game: fromNfg(file), warnings: [] };
  const reduced = reducedStrategicForm(file);
  const warnings = [REDUCED_FORM_NOTE];
  if (!reduced.perfectRecall) {
    warnings.push(
      'the tree has imperfect recall: Gambit refuses to solve such games; mixed and behaviour strategies differ',
    );
    return { game: reduced.game, warnings };
  }
  return { game: reduced.game, warnings, behaviour: behaviourLayout(file, reduced) };
}
