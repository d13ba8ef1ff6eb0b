/**
 * Why the game view and the graph model disagree on a state, in words: an improvement the game
 * allows but GMCR does not (an irreversible option, a misperceived state), or an improvement
 * GMCR lets the others sanction (GMR, SEQ) that a one-shot game cannot express.
 */
import { compare, games, type GmcrModel } from '@parley/engines';

const profileText = (view: compare.GameView, p: number): string =>
  `(${games
    .pureProfile(view.game, p)
    .map((k, i) => view.game.strategies[i]![k]!)
    .join(', ')})`;

/** A player's strategy in a profile, for prose (`—` is spelt out). */
const strategyAt = (view: compare.GameView, p: number, player: number): string => {
  const label = view.game.strategies[player]![games.pureProfile(view.game, p)[player]!]!;
  return label === '—' ? '— (no option)' : label;
};

const pay = (view: compare.GameView, player: number, p: number) =>
  view.game.payoffs[player]![p]!.toString();

function undoText(model: GmcrModel, view: compare.GameView, p: number, k: number): string {
  const option = model.input.options[k]!;
  const label = `“${option.label ?? option.id}”`;
  const taken = (model.decimals[view.states[p]!]! >>> k) & 1;
  return taken ? `${label} cannot be withdrawn once taken` : `${label} cannot be taken again`;
}

/** A GMCR-Nash state that is no equilibrium of the game. */
export function blockedText(model: GmcrModel, view: compare.GameView, p: number): string | null {
  const why = compare.blockedImprovement(model, view, p);
  if (!why) return null;
  const player = view.game.players[why.player]!;
  const reasons = why.irreversible.map((k) => undoText(model, view, p, k));
  if (why.misperceived) reasons.push(`${player} does not perceive one of the two states`);
  return (
    `${profileText(view, p)} is Nash-stable in the graph model but no equilibrium of the game: ` +
    `${player} would rather play ${strategyAt(view, why.to, why.player)}, which pays it ` +
    `${pay(view, why.player, why.to)} instead of ${pay(view, why.player, p)}, but ` +
    `${reasons.join(' and ')}.`
  );
}

/** A GMR- or SEQ-stable state where some player could improve: the sanction that deters it. */
export function sanctionText(
  comparison: compare.GameViewComparison,
  view: compare.GameView,
  p: number,
  concept: 'gmr' | 'seq',
): string | null {
  const s = compare.sanctionedImprovement(comparison, view, p, concept);
  if (!s) return null;
  const player = view.game.players[s.player]!;
  const responses = s.responses
    .map((r) => `${view.game.players[r.player]} plays ${strategyAt(view, r.to, r.player)}`)
    .join(', then ');
  const end = s.responses.at(-1)!.to;
  const name = concept === 'seq' ? 'SEQ' : 'GMR';
  const credible = concept === 'seq' ? 'a credible sanction (every response' : 'a sanction (the';
  const credibleEnd =
    concept === 'seq'
      ? ' is an improvement for whoever makes it)'
      : ' responses need not pay off for whoever makes them)';
  return (
    `${profileText(view, p)} is ${name}-stable but no equilibrium of the game: ${player} would ` +
    `gain by playing ${strategyAt(view, s.to, s.player)}, which pays it ${pay(view, s.player, s.to)} ` +
    `instead of ${pay(view, s.player, p)}, but if ${responses}, ${player} ends with ` +
    `${pay(view, s.player, end)} — ${credible}${credibleEnd} that a one-shot game does not see.`
  );
}
