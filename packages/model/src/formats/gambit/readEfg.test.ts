import { describe, expect, it } from 'vitest';
import { readEfg } from './readEfg.ts';
import type { EfgGame } from './gambitGame.ts';

function read(text: string): EfgGame {
  const result = readEfg(text, 'test.efg');
  if (!result.ok)
    throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return result.value;
}

function errorOf(text: string) {
  const result = readEfg(text);
  expect(result.ok).toBe(false);
  return result.diagnostics.find((d) => d.severity === 'error')!;
}

// Selten's (1978) chain-store entry stage, hand-encoded.
const ENTRY = `EFG 2 R "Entry" { "Entrant" "Incumbent" }
"one stage of the chain store"
p "root" 1 1 "E" { "Out" "In" } 0
t "out" 1 "stay out" { 0, 2 }
p "in" 2 1 "I" { "Fight" "Accommodate" } 0
t "fight" 2 "war" { -1, -1 }
t "accommodate" 3 "share" { 1 1 }
`;

// Nature moves first; player 2 does not observe it (one infoset across both branches).
const CHANCE = `EFG 2 R "Chance" { "P1" "P2" } ""
c "" 1 "nature" { "good" 1/3 "bad" 2/3 } 0
p "" 1 1 "P1 good" { "a" "b" } 0
p "" 2 1 "P2" { "x" "y" } 1 "bonus" { 1/2, 0 }
t "" 2 "ax" { 3, 1 }
t "" 3 "ay" { 0, 0 }
t "" 4 "b" { 1, 1 }
p "" 2 1 0
t "" 5 "bad x" { 0, 2 }
t "" 6 "bad y" { 2, 0 }
`;

describe('readEfg', () => {
  it('reads players, infosets, outcomes and the tree in preorder', () => {
    const g = read(ENTRY);
    expect(g.players).toEqual(['Entrant', 'Incumbent']);
    expect(g.comment).toBe('one stage of the chain store');
    expect(g.infosets.map((l) => l.map((i) => i.actions))).toEqual([
      [['Out', 'In']],
      [['Fight', 'Accommodate']],
    ]);
    expect(g.outcomes.map((o) => o.label)).toEqual(['stay out', 'war', 'share']);
    expect(g.root).toMatchObject({ kind: 'personal', player: 0, infoset: 0, outcome: 0 });
    if (g.root.kind !== 'personal') throw new Error('root');
    expect(g.root.children.map((c) => c.kind)).toEqual(['terminal', 'personal']);
  });

  it('reads chance probabilities exactly and lets later nodes refer to a described infoset', () => {
    const g = read(CHANCE);
    expect(g.chanceInfosets[0]!.probs.map((p) => `${p.num}/${p.den}`)).toEqual(['1/3', '2/3']);
    expect(g.infosets[1]).toHaveLength(1);
    if (g.root.kind !== 'chance') throw new Error('root');
    const bad = g.root.children[1]!;
    expect(bad).toMatchObject({ kind: 'personal', player: 1, infoset: 0, outcome: 0 });
  });

  it('ignores tokens after the complete tree, as Gambit does', () => {
    expect(read(ENTRY + '\nanything } { at all').outcomes).toHaveLength(3);
  });

  it('warns about duplicate node labels that Gambit 17 rejects (as in nim.efg) but reads the tree', () => {
    const text = ENTRY.replace('"fight"', '"out"');
    const result = readEfg(text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'gambit-label', line: 6, col: 3 }),
    ]);
  });

  it('reads a path of 50,000 nodes without recursion', () => {
    const lines = ['EFG 2 R "deep" { "A" }', 'p "" 1 1 "i" { "go" } 0'];
    for (let k = 1; k < 50_000; k++) lines.push('p "" 1 1 0');
    lines.push('t "" 1 "end" { 1 }');
    const g = read(lines.join('\n'));
    expect(g.outcomes).toHaveLength(1);
  });
});

describe('readEfg rejects what Gambit rejects', () => {
  const cases: [string, string, number, number, RegExp][] = [
    [
      'chance probabilities not summing to 1',
      CHANCE.replace('2/3', '1/2'),
      2,
      8,
      /sum to 5\/6, not 1/,
    ],
    [
      'a negative chance probability',
      CHANCE.replace('1/3', '-1/3').replace('2/3', '4/3'),
      2,
      8,
      /negative/,
    ],
    [
      'a re-declaration that differs textually (1/2 vs 0.5)',
      CHANCE.replace('p "" 2 1 0', 'p "" 2 1 "P2" { "x" "z" } 0'),
      8,
      10,
      /action labels/,
    ],
    [
      'an outcome re-declared with other payoffs',
      ENTRY.replace('t "accommodate" 3 "share" { 1 1 }', 't "accommodate" 2 "war" { -1, -1.0 }'),
      7,
      19,
      /Outcome 2 does not match/,
    ],
    [
      'payoffs on the null outcome',
      ENTRY.replace('t "out" 1 "stay out"', 't "out" 0 "stay out"'),
      4,
      11,
      /null outcome/,
    ],
    [
      'an undescribed infoset',
      ENTRY.replace('p "in" 2 1 "I" { "Fight" "Accommodate" } 0', 'p "in" 2 1 0'),
      5,
      10,
      /used before it is described/,
    ],
    [
      'an undefined outcome',
      ENTRY.replace('t "out" 1 "stay out" { 0, 2 }', 't "out" 9'),
      4,
      9,
      /Outcome 9 is used before/,
    ],
    [
      'a player beyond the player list',
      ENTRY.replace('p "in" 2', 'p "in" 3'),
      5,
      8,
      /Player 3 does not exist/,
    ],
    ['an incomplete tree', ENTRY.split('\n').slice(0, 5).join('\n'), 5, 43, /tree is incomplete/],
    ['an unknown node type', ENTRY.replace('t "out"', 'x "out"'), 4, 1, /Invalid type of node/],
    ['an empty action list', ENTRY.replace('{ "Out" "In" }', '{ }'), 3, 20, /action label/],
    ['EFG version 1', ENTRY.replace('EFG 2', 'EFG 1'), 1, 5, /only EFG version 2/],
  ];
  it.each(cases)('%s', (_what, text, line, col, message) => {
    const e = errorOf(text);
    expect(e.message).toMatch(message);
    expect([e.line, e.col]).toEqual([line, col]);
  });
});
