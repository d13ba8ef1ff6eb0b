/**
 * The strategic game of a Gambit `.nfg` file (both body versions): payoffs are copied exactly;
 * the null outcome 0 pays everyone 0.
 */
import type { NfgGame } from '@parley/model';
import { Rational } from '../shared/rational.ts';
import { checkGame, type StrategicGame } from './strategicGame.ts';

export function fromNfg(nfg: NfgGame): StrategicGame {
  const outcomes = nfg.outcomes.map((o) => o.payoffs.map((p) => Rational.of(p.num, p.den)));
  const payoffs = nfg.players.map((_, i) =>
    Array.from(nfg.profileOutcomes, (k) => (k === 0 ? Rational.ZERO : outcomes[k - 1]![i]!)),
  );
  return checkGame({
    title: nfg.title,
    players: [...nfg.players],
    strategies: nfg.strategies.map((s) => [...s]),
    payoffs,
  });
}
