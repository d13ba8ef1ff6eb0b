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
import { checkEfgLabels } from './checkEfgLabels.ts';
import {
  MAX_ID,
  readChanceInfoset,
  readOutcome,
  readPlayerInfoset,
  type TreeState,
} from './efgDeclarations.ts';
import type { EfgGame, EfgNode } from './gambitGame.ts';
import { GambitLexer } from './gambitLexer.ts';
import { catchSyntax, describeToken, expect, expectIndex, readHeader } from './gambitParse.ts';
import { normalizeScope } from './normalizeLabels.ts';

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
