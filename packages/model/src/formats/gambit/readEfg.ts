/**
 * Reads Gambit's extensive-form format `.efg` (version 2; research/gambit.md §1.4):
 *
 *     EFG 2 R "title" { "P1" "P2" }
 *     "optional comment"
 *     c "node" infoset ["name" { "action" prob … }] outcome ["name" { payoffs }]
 *     p "node" player infoset ["name" { "action" … }] outcome ["name" { payoffs }]
 *     t "node" outcome ["name" { payoffs }]
 *
 * Nodes come in depth-first preorder, each followed by one subtree per action. Infoset ids are
 * per player (chance has its own), outcome ids are global and 0 means none. The first mention of
 * an infoset or outcome must describe it; later mentions may omit the description or repeat it
 * textually (`1/2` and `0.5` differ). Chance probabilities must be non-negative and sum to
 * exactly 1. Tokens after the complete tree are ignored, as Gambit does. Duplicate node labels
 * and duplicate infoset labels of a player are accepted with a warning (Gambit 16 reads them,
 * Gambit 17 refuses the file). Never throws on bad input; deep trees are read without recursion.
 */
import type { Diagnostic, Parsed } from '../../diagnostic.ts';
import type {
  EfgChanceInfoset,
  EfgGame,
  EfgNode,
  EfgPlayerInfoset,
  GambitOutcome,
} from './gambitGame.ts';
import { GambitLexer, type Token } from './gambitLexer.ts';
import { addExact, type ExactNumber, type GambitNumber } from './gambitNumber.ts';
import {
  catchSyntax,
  describeToken,
  expect,
  expectIndex,
  expectNumber,
  readHeader,
} from './gambitParse.ts';
import { normalizeScope, type LocatedLabel } from './normalizeLabels.ts';
import { checkEfgLabels } from './checkEfgLabels.ts';

const MAX_ID = 2 ** 31 - 1;

interface TreeState {
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

/** Reads an `.efg` text. `file` is only used in diagnostics. */
export function readEfg(text: string, file?: string): Parsed<EfgGame> {
  const diagnostics: Diagnostic[] = [];
  const lexer = new GambitLexer(text, file);
  const game = catchSyntax(diagnostics, () => parse(lexer, diagnostics, file));
  if (game === undefined || diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, diagnostics };
  }
  return { ok: true, value: game, diagnostics };
}

function parse(lexer: GambitLexer, diagnostics: Diagnostic[], file?: string): EfgGame {
  const header = readHeader(lexer, 'EFG', '2');
  let comment = '';
  if (lexer.peek().kind === 'text') comment = lexer.next().text;
  const n = header.players.length;
  const state: TreeState = {
    lexer,
    diagnostics,
    playerCount: n,
    infosets: Array.from({ length: n }, () => []),
    infosetIds: Array.from({ length: n }, () => new Map()),
    chanceInfosets: [],
    chanceIds: new Map(),
    outcomes: [],
    outcomeIds: new Map(),
    actionsAt: new Map(),
    outcomesAt: [],
    nodeLabelsAt: [],
  };
  const root = readTree(state);
  const players = normalizeScope(header.players, 'player name', 'players', diagnostics, file);
  const outcomeLabels = normalizeScope(
    state.outcomesAt,
    'outcome label',
    'outcomes',
    diagnostics,
    file,
  );
  state.outcomes.forEach((o, k) => (o.label = outcomeLabels[k]!));
  for (const [infoset, labels] of state.actionsAt) {
    infoset.actions = normalizeScope(
      labels,
      `action label of infoset ${infoset.id}`,
      'actions',
      diagnostics,
      file,
    );
  }
  checkEfgLabels(state.nodeLabelsAt, state.infosets, diagnostics, file);
  return {
    kind: 'efg',
    title: header.title,
    comment,
    players,
    infosets: state.infosets,
    chanceInfosets: state.chanceInfosets,
    outcomes: state.outcomes,
    root,
  };
}

/** Reads the nodes in preorder with an explicit stack of unfinished parents. */
function readTree(state: TreeState): EfgNode {
  let root: EfgNode | undefined;
  const open: { children: EfgNode[]; remaining: number }[] = [];
  do {
    const { node, childCount } = readNode(state);
    if (root === undefined) root = node;
    else {
      const parent = open[open.length - 1]!;
      parent.children.push(node);
      parent.remaining--;
    }
    if (node.kind !== 'terminal' && childCount > 0)
      open.push({ children: node.children, remaining: childCount });
    while (open.length > 0 && open[open.length - 1]!.remaining === 0) open.pop();
  } while (open.length > 0);
  return root;
}

function readNode(state: TreeState): { node: EfgNode; childCount: number } {
  const { lexer } = state;
  const t = lexer.next();
  if (t.kind === 'eof')
    lexer.fail(t, 'Expected a node (c, p or t): the tree is incomplete', 'nodes');
  if (t.kind !== 'symbol' || !['c', 'p', 't'].includes(t.text)) {
    lexer.fail(t, `Invalid type of node: expected c, p or t, found ${describeToken(t)}`, 'nodes');
  }
  const labelToken = expect(lexer, 'text', 'the node label (quoted text)', 'nodes');
  const label = labelToken.text;
  state.nodeLabelsAt.push({ text: label, line: labelToken.line, col: labelToken.col });
  if (t.text === 't')
    return { node: { kind: 'terminal', label, outcome: readOutcome(state) }, childCount: 0 };
  if (t.text === 'c') {
    const infoset = readChanceInfoset(state);
    const outcome = readOutcome(state);
    const childCount = state.chanceInfosets[infoset]!.actions.length;
    return { node: { kind: 'chance', label, infoset, outcome, children: [] }, childCount };
  }
  const playerToken = lexer.peek();
  const player = expectIndex(lexer, 'the player number', MAX_ID, 'nodes');
  if (player < 1 || player > state.playerCount) {
    lexer.fail(
      playerToken,
      `Player ${player} does not exist (the game has ${state.playerCount} players)`,
      'nodes',
    );
  }
  const infoset = readPlayerInfoset(state, player - 1);
  const outcome = readOutcome(state);
  const childCount = state.infosets[player - 1]![infoset]!.actions.length;
  return {
    node: { kind: 'personal', label, player: player - 1, infoset, outcome, children: [] },
    childCount,
  };
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

function readChanceInfoset(state: TreeState): number {
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

function readPlayerInfoset(state: TreeState, player: number): number {
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
function readOutcome(state: TreeState): number {
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
