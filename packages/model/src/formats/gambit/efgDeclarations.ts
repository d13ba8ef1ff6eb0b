/**
 * The declarations inside `.efg` nodes: information sets (`"name" { "a" "b" }`, for chance with
 * probabilities) and outcomes (`"name" { payoffs }`), described at their first mention and
 * optionally repeated, textually identical, later (research/gambit.md §1.4). Used by readEfg.ts.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import type { EfgChanceInfoset, EfgPlayerInfoset, GambitOutcome } from './gambitGame.ts';
import type { GambitLexer, Token } from './gambitLexer.ts';
import { addExact, type ExactNumber, type GambitNumber } from './gambitNumber.ts';
import { expect, expectIndex, expectNumber } from './gambitParse.ts';
import type { LocatedLabel } from './normalizeLabels.ts';

export const MAX_ID = 2 ** 31 - 1;

/** What the tree reader has declared so far. */
export interface TreeState {
  lexer: GambitLexer;
  diagnostics: Diagnostic[];
  playerCount: number;
  infosets: EfgPlayerInfoset[][];
  infosetIds: Map<number, number>[];
  chanceInfosets: EfgChanceInfoset[];
  chanceIds: Map<number, number>;
  outcomes: GambitOutcome[];
  outcomeIds: Map<number, number>;
  /** Positions of first declarations, for label warnings. */
  actionsAt: Map<EfgPlayerInfoset | EfgChanceInfoset, LocatedLabel[]>;
  outcomesAt: LocatedLabel[];
  nodeLabelsAt: LocatedLabel[];
}

/** `{ "a" "b" }` (with `withProbs`: `{ "a" 1/2 "b" 1/2 }`). */
function readActions(state: TreeState, withProbs: boolean, path: string) {
  const { lexer } = state;
  expect(lexer, 'lbrace', "'{' before the actions", path);
  const actions: LocatedLabel[] = [];
  const probs: GambitNumber[] = [];
  do {
    const a = expect(lexer, 'text', 'an action label (quoted text)', path);
    actions.push({ text: a.text, line: a.line, col: a.col });
    if (withProbs) probs.push(expectNumber(lexer, 'the action probability', path));
  } while (lexer.peek().kind !== 'rbrace');
  lexer.next();
  return { actions, probs };
}

export function readChanceInfoset(state: TreeState): number {
  const { lexer } = state;
  const idToken = lexer.peek();
  const id = expectIndex(lexer, 'the infoset number', MAX_ID, 'nodes');
  const known = state.chanceIds.get(id);
  if (lexer.peek().kind !== 'text') {
    if (known === undefined)
      return lexer.fail(idToken, `Chance infoset ${id} is used before it is described`, 'nodes');
    return known;
  }
  const name = lexer.next();
  const path = `chanceInfosets[${id}]`;
  const { actions, probs } = readActions(state, true, path);
  if (known !== undefined) {
    const prev = state.chanceInfosets[known]!;
    checkSame(
      state,
      name,
      `chance infoset ${id}`,
      path,
      prev.label,
      name.text,
      state.actionsAt.get(prev)!,
      actions,
    );
    if (prev.probs.map((p) => p.text).join(' ') !== probs.map((p) => p.text).join(' ')) {
      lexer.fail(
        name,
        `Chance infoset ${id}: probabilities do not match its previous definition`,
        path,
      );
    }
    return known;
  }
  checkProbabilities(state, name, id, probs, path);
  const infoset: EfgChanceInfoset = {
    id,
    label: name.text,
    actions: actions.map((a) => a.text),
    probs,
  };
  state.actionsAt.set(infoset, actions);
  state.chanceInfosets.push(infoset);
  state.chanceIds.set(id, state.chanceInfosets.length - 1);
  return state.chanceInfosets.length - 1;
}

export function readPlayerInfoset(state: TreeState, player: number): number {
  const { lexer } = state;
  const idToken = lexer.peek();
  const id = expectIndex(lexer, 'the infoset number', MAX_ID, 'nodes');
  const ids = state.infosetIds[player]!;
  const list = state.infosets[player]!;
  const known = ids.get(id);
  if (lexer.peek().kind !== 'text') {
    if (known === undefined) {
      return lexer.fail(
        idToken,
        `Infoset ${id} of player ${player + 1} is used before it is described`,
        'nodes',
      );
    }
    return known;
  }
  const name = lexer.next();
  const path = `infosets[${player}][${id}]`;
  const { actions } = readActions(state, false, path);
  if (known !== undefined) {
    const prev = list[known]!;
    checkSame(
      state,
      name,
      `infoset ${id} of player ${player + 1}`,
      path,
      prev.label,
      name.text,
      state.actionsAt.get(prev)!,
      actions,
    );
    return known;
  }
  const infoset: EfgPlayerInfoset = { id, label: name.text, actions: actions.map((a) => a.text) };
  state.actionsAt.set(infoset, actions);
  list.push(infoset);
  ids.set(id, list.length - 1);
  return list.length - 1;
}

/** A repeated infoset description must match the first one textually. */
function checkSame(
  state: TreeState,
  at: Token,
  what: string,
  path: string,
  label: string,
  newLabel: string,
  actions: readonly LocatedLabel[],
  newActions: readonly LocatedLabel[],
): void {
  if (label !== newLabel)
    state.lexer.fail(at, `The label of ${what} does not match its previous definition`, path);
  if (actions.length !== newActions.length) {
    state.lexer.fail(
      at,
      `The number of actions of ${what} does not match its previous definition`,
      path,
    );
  }
  if (actions.some((a, k) => a.text !== newActions[k]!.text)) {
    state.lexer.fail(
      at,
      `The action labels of ${what} do not match their previous definition`,
      path,
    );
  }
}

function checkProbabilities(
  state: TreeState,
  at: Token,
  id: number,
  probs: GambitNumber[],
  path: string,
): void {
  const negative = probs.find((p) => p.num < 0n);
  let sum: ExactNumber = { num: 0n, den: 1n };
  for (const p of probs) sum = addExact(sum, p);
  const message = negative
    ? `Chance infoset ${id}: probability ${negative.text} is negative`
    : sum.num !== sum.den
      ? `Chance infoset ${id}: probabilities sum to ${sum.num}/${sum.den}, not 1`
      : undefined;
  if (message) state.diagnostics.push(state.lexer.diagnostic(at, 'gambit-chance', message, path));
}

/** `outcome ["name" { p1, p2 … }]`; returns the 1-based outcome index, 0 for none. */
export function readOutcome(state: TreeState): number {
  const { lexer } = state;
  const idToken = lexer.peek();
  const id = expectIndex(lexer, 'the outcome number', MAX_ID, 'nodes');
  const known = state.outcomeIds.get(id);
  if (lexer.peek().kind !== 'text') {
    if (id === 0) return 0;
    if (known === undefined)
      return lexer.fail(idToken, `Outcome ${id} is used before it is defined`, 'nodes');
    return known + 1;
  }
  const name = lexer.next();
  const path = `outcomes[${id}]`;
  if (id === 0) lexer.fail(name, 'The null outcome 0 cannot have a label or payoffs', path);
  expect(lexer, 'lbrace', "'{' before the payoffs", path);
  const payoffs: GambitNumber[] = [];
  for (let i = 0; i < state.playerCount; i++) {
    payoffs.push(expectNumber(lexer, `payoff ${i + 1} of ${state.playerCount}`, path));
    if (lexer.peek().kind === 'comma') lexer.next();
  }
  expect(lexer, 'rbrace', `'}' after ${state.playerCount} payoffs`, path);
  if (known !== undefined) {
    const prev = state.outcomes[known]!;
    const same =
      prev.label === name.text && prev.payoffs.every((p, i) => p.text === payoffs[i]!.text);
    if (!same)
      lexer.fail(
        name,
        `Outcome ${id} does not match its previous definition`,
        path,
        'repeat it exactly or omit it',
      );
    return known + 1;
  }
  state.outcomes.push({ label: name.text, payoffs });
  state.outcomesAt.push({ text: name.text, line: name.line, col: name.col });
  state.outcomeIds.set(id, state.outcomes.length - 1);
  return state.outcomes.length;
}
