/**
 * Writes Gambit's `.nfg` format, in either body version (research/gambit.md §1.2, 1.3, 1.6).
 *
 * The output is laid out the way Gambit writes table games and is readable by Gambit 16 and 17:
 * labels are non-empty, unique, trimmed and single-spaced (Gambit 17's rules); backslashes are
 * never emitted (Gambit's reader and writer disagree about them, so they cannot round-trip) and
 * quotes are escaped as `\"`; numbers keep their source text when they came from a Gambit file,
 * otherwise they are written exactly as integers or `a/b`.
 */
import type { GambitOutcome, NfgGame } from './gambitGame.ts';
import { exact, formatExact, type ExactNumber, type GambitNumber } from './gambitNumber.ts';
import { cleanLabel, dedupeLabels } from './normalizeLabels.ts';

export interface WriteNfgOptions {
  /** Body version; defaults to the version the game was read with ('payoff' for new games). */
  version?: 'payoff' | 'outcome';
}

/** Quoted free text (title, comment): only `"` is escaped; `\` becomes `/`. */
const quoteText = (s: string): string => `"${s.replace(/\\/g, '/').replace(/"/g, '\\"')}"`;

/** A scope of labels made valid for Gambit 16 and 17 alike. */
const safeLabels = (labels: readonly string[]): string[] =>
  dedupeLabels(labels.map((l) => cleanLabel(l.replace(/\\/g, '/')))).map(quoteText);

const numberText = (x: ExactNumber | GambitNumber): string =>
  'text' in x && typeof x.text === 'string' ? x.text : formatExact(x);

/** The `.nfg` text of a game. */
export function writeNfg(game: NfgGame, options: WriteNfgOptions = {}): string {
  const version = options.version ?? game.version;
  const players = safeLabels(game.players);
  const lines = [`NFG 1 R ${quoteText(game.title)} { ${players.join(' ')} }`, ''];
  lines.push(`{ ${game.strategies.map((s) => `{ ${safeLabels(s).join(' ')} }`).join('\n')}`);
  lines.push('}');
  lines.push(quoteText(game.comment), '');
  if (version === 'outcome') writeOutcomeBody(game, lines);
  else writePayoffBody(game, lines);
  return lines.join('\n') + '\n';
}

function writeOutcomeBody(game: NfgGame, lines: string[]): void {
  const used = game.outcomes;
  const labels = safeLabels(used.map((o) => o.label));
  lines.push('{');
  used.forEach((o, k) => lines.push(`{ ${labels[k]} ${o.payoffs.map(numberText).join(', ')} }`));
  lines.push('}');
  lines.push(Array.from(game.profileOutcomes).join(' '));
}

function writePayoffBody(game: NfgGame, lines: string[]): void {
  const zero = game.players.map(() => '0');
  for (const k of game.profileOutcomes) {
    const o = k === 0 ? undefined : game.outcomes[k - 1];
    lines.push((o ? o.payoffs.map(numberText) : zero).join(' '));
  }
}

/**
 * Builds an `NfgGame` from payoff tables: `payoffs[i][profile]` is player i's payoff, profiles
 * indexed with player 1's strategy fastest. Each distinct payoff vector becomes one outcome.
 */
export function nfgFromPayoffs(spec: {
  title?: string;
  comment?: string;
  players: string[];
  strategies: string[][];
  payoffs: readonly (readonly ExactNumber[])[];
}): NfgGame {
  const profiles = spec.strategies.reduce((a, s) => a * s.length, 1);
  const outcomes: GambitOutcome[] = [];
  const index = new Map<string, number>();
  const profileOutcomes = new Int32Array(profiles);
  for (let p = 0; p < profiles; p++) {
    const payoffs = spec.payoffs.map((row) => {
      const v = row[p];
      if (v === undefined) throw new RangeError(`nfgFromPayoffs: no payoff for profile ${p}`);
      const e = exact(v.num, v.den);
      return { ...e, text: formatExact(e) };
    });
    const key = payoffs.map((x) => x.text).join(',');
    let k = index.get(key);
    if (k === undefined) {
      outcomes.push({ label: '', payoffs });
      k = outcomes.length;
      index.set(key, k);
    }
    profileOutcomes[p] = k;
  }
  outcomes.forEach((o, k) => (o.label = `o${k + 1}`));
  return {
    kind: 'nfg',
    title: spec.title ?? '',
    comment: spec.comment ?? '',
    players: spec.players,
    strategies: spec.strategies,
    outcomes,
    profileOutcomes,
    version: 'payoff',
  };
}

/** Player `player`'s payoff at a profile (0 for the null outcome). */
export function nfgPayoff(game: NfgGame, player: number, profile: number): ExactNumber {
  const k = game.profileOutcomes[profile] ?? 0;
  return k === 0 ? { num: 0n, den: 1n } : game.outcomes[k - 1]!.payoffs[player]!;
}
