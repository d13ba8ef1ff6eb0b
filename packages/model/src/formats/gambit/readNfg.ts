/**
 * Reads Gambit's strategic-form format `.nfg` (version 1), both bodies (research/gambit.md
 * §1.2–1.3):
 *
 *     NFG 1 R "title" { "P1" "P2" } { { "U" "D" } { "L" "R" } }   (or counts: { 2 2 })
 *     "optional comment"
 *     payoff version:  one payoff per player for every profile, player 1's strategy fastest
 *     outcome version: { { "label" p1, p2 } … } then one outcome number per profile (0 = null)
 *
 * What Gambit 16/17 accept is accepted (`D` type, counts instead of labels, no comment, optional
 * commas in outcome lists); what they reject is rejected with a line:col diagnostic (commas in
 * the payoff body, too few or too many numbers, trailing tokens, `+5`, `1e+3`, `1/0`, an outcome
 * number beyond the outcome list). Never throws on bad input.
 */
import type { Diagnostic, Parsed } from '../../diagnostic.ts';
import type { GambitOutcome, NfgGame } from './gambitGame.ts';
import { GambitLexer } from './gambitLexer.ts';
import type { GambitNumber } from './gambitNumber.ts';
import {
  catchSyntax,
  describeToken,
  expect,
  expectIndex,
  numberValue,
  readHeader,
} from './gambitParse.ts';
import { normalizeScope, type LocatedLabel } from './normalizeLabels.ts';

/** Larger tables are refused: every payoff is an exact BigInt fraction held in memory. */
export const MAX_PAYOFF_ENTRIES = 4_000_000;
const MAX_STRATEGIES = 100_000;

/** Reads an `.nfg` text. `file` is only used in diagnostics. */
export function readNfg(text: string, file?: string): Parsed<NfgGame> {
  const diagnostics: Diagnostic[] = [];
  const lexer = new GambitLexer(text, file);
  const game = catchSyntax(diagnostics, () => parse(lexer, diagnostics, file));
  if (game === undefined || diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, diagnostics };
  }
  return { ok: true, value: game, diagnostics };
}

function parse(lexer: GambitLexer, diagnostics: Diagnostic[], file?: string): NfgGame {
  const header = readHeader(lexer, 'NFG', '1');
  const strategyLabels = readStrategies(lexer, header.players.length);
  let comment = '';
  if (lexer.peek().kind === 'text') comment = lexer.next().text;
  const counts = strategyLabels.map((s) => s.length);
  const profiles = counts.reduce((a, b) => a * b, 1);
  const start = lexer.peek();
  if (profiles * counts.length > MAX_PAYOFF_ENTRIES) {
    lexer.fail(
      start,
      `The table has ${profiles} profiles: too large to read exactly`,
      'strategies',
    );
  }
  let body: OutcomeBody;
  let version: NfgGame['version'];
  if (start.kind === 'lbrace') {
    body = readOutcomeBody(lexer, counts.length, profiles);
    version = 'outcome';
  } else if (start.kind === 'number') {
    body = readPayoffBody(lexer, counts.length, profiles);
    version = 'payoff';
  } else {
    lexer.fail(start, `Expected an outcome list or payoffs, found ${describeToken(start)}`);
  }
  const end = lexer.next();
  if (end.kind !== 'eof') {
    lexer.fail(
      end,
      `Expected end of file, found ${describeToken(end)}`,
      'payoffs',
      'too many numbers or a stray token?',
    );
  }
  const players = normalizeScope(header.players, 'player name', 'players', diagnostics, file);
  const strategies = strategyLabels.map((labels, i) =>
    normalizeScope(
      labels,
      `strategy label of player ${i + 1}`,
      `strategies[${i}]`,
      diagnostics,
      file,
    ),
  );
  if (version === 'outcome') {
    const names = normalizeScope(body.labelsAt, 'outcome label', 'outcomes', diagnostics, file);
    body.outcomes.forEach((o, k) => (o.label = names[k]!));
  }
  const { outcomes, profileOutcomes } = body;
  return {
    kind: 'nfg',
    title: header.title,
    comment,
    players,
    strategies,
    version,
    outcomes,
    profileOutcomes,
  };
}

/** `{ { "a" "b" } { "c" } }` or `{ 2 1 }`. */
function readStrategies(lexer: GambitLexer, playerCount: number): LocatedLabel[][] {
  expect(lexer, 'lbrace', "'{' before the strategies", 'strategies');
  const result: LocatedLabel[][] = [];
  const nested = lexer.peek().kind === 'lbrace';
  for (let i = 0; i < playerCount; i++) {
    const path = `strategies[${i}]`;
    if (nested) {
      const open = expect(lexer, 'lbrace', `'{' before the strategies of player ${i + 1}`, path);
      const labels: LocatedLabel[] = [];
      let t = lexer.next();
      while (t.kind === 'text') {
        labels.push({ text: t.text, line: t.line, col: t.col });
        t = lexer.next();
      }
      if (t.kind !== 'rbrace') {
        lexer.fail(t, `Expected a quoted strategy label or '}', found ${describeToken(t)}`, path);
      }
      if (labels.length === 0) lexer.fail(open, `Player ${i + 1} has no strategies`, path);
      if (labels.length > MAX_STRATEGIES)
        lexer.fail(open, `Player ${i + 1} has too many strategies`, path);
      result.push(labels);
    } else {
      const at = lexer.peek();
      const n = expectIndex(
        lexer,
        `the number of strategies of player ${i + 1}`,
        MAX_STRATEGIES,
        path,
      );
      if (n === 0) lexer.fail(at, `Player ${i + 1} has no strategies`, path);
      result.push(
        Array.from({ length: n }, (_, k) => ({ text: String(k + 1), line: at.line, col: at.col })),
      );
    }
  }
  const close = lexer.next();
  if (close.kind !== 'rbrace') {
    lexer.fail(
      close,
      `Expected '}' after the strategies of ${playerCount} players, found ${describeToken(close)}`,
      'strategies',
      'is there one strategy list per player?',
    );
  }
  return result;
}

interface OutcomeBody {
  outcomes: GambitOutcome[];
  profileOutcomes: Int32Array;
  /** Outcome labels with their positions (outcome version only). */
  labelsAt: LocatedLabel[];
}

function readPayoffBody(lexer: GambitLexer, playerCount: number, profiles: number): OutcomeBody {
  const outcomes: GambitOutcome[] = new Array(profiles);
  const profileOutcomes = new Int32Array(profiles);
  for (let p = 0; p < profiles; p++) {
    const payoffs: GambitNumber[] = new Array(playerCount);
    for (let i = 0; i < playerCount; i++) {
      const t = lexer.next();
      if (t.kind !== 'number') {
        const why = t.kind === 'eof' ? `: the table needs ${profiles * playerCount} payoffs` : '';
        lexer.fail(
          t,
          `Expected a numerical payoff, found ${describeToken(t)}${why}`,
          `payoffs[${p}][${i}]`,
        );
      }
      payoffs[i] = numberValue(lexer, t, `payoffs[${p}][${i}]`);
    }
    outcomes[p] = { label: '', payoffs };
    profileOutcomes[p] = p + 1;
  }
  return { outcomes, profileOutcomes, labelsAt: [] };
}

function readOutcomeBody(lexer: GambitLexer, playerCount: number, profiles: number): OutcomeBody {
  expect(lexer, 'lbrace', "'{' before the outcome list", 'outcomes');
  const outcomes: GambitOutcome[] = [];
  const labelsAt: LocatedLabel[] = [];
  while (lexer.peek().kind === 'lbrace') {
    lexer.next();
    const path = `outcomes[${outcomes.length}]`;
    const labelToken = expect(lexer, 'text', 'the outcome label (quoted text)', path);
    const label = labelToken.text;
    labelsAt.push({ text: label, line: labelToken.line, col: labelToken.col });
    const payoffs: GambitNumber[] = [];
    for (let i = 0; i < playerCount; i++) {
      const t = lexer.next();
      if (t.kind !== 'number') {
        lexer.fail(
          t,
          `Expected payoff ${i + 1} of ${playerCount}, found ${describeToken(t)}`,
          path,
        );
      }
      payoffs.push(numberValue(lexer, t, path));
      if (lexer.peek().kind === 'comma') lexer.next();
    }
    expect(lexer, 'rbrace', `'}' after ${playerCount} payoffs`, path);
    outcomes.push({ label, payoffs });
  }
  expect(lexer, 'rbrace', "'{' starting an outcome or '}' ending the outcome list", 'outcomes');
  const profileOutcomes = new Int32Array(profiles);
  for (let p = 0; p < profiles; p++) {
    const at = lexer.peek();
    const path = `profiles[${p}]`;
    if (at.kind === 'eof') {
      lexer.fail(at, `Expected an outcome number for profile ${p + 1} of ${profiles}`, path);
    }
    const k = expectIndex(lexer, 'an outcome number', Number.MAX_SAFE_INTEGER, path);
    if (k > outcomes.length) {
      lexer.fail(at, `Outcome ${k} is not defined (there are ${outcomes.length} outcomes)`, path);
    }
    profileOutcomes[p] = k;
  }
  return { outcomes, profileOutcomes, labelsAt };
}
