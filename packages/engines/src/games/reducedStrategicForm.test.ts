import { describe, expect, it } from 'vitest';
import { readEfg } from '@parley/model';
import { reducedStrategicForm } from './reducedStrategicForm.ts';
import { enumPure } from './solvers/enumpure.ts';

function tree(text: string) {
  const parsed = readEfg(text);
  if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  return parsed.value;
}

// One stage of Selten's (1978) chain-store game (entry deterrence), hand-encoded.
const ENTRY = tree(`EFG 2 R "Entry" { "Entrant" "Incumbent" } ""
p "" 1 1 "E" { "Out" "In" } 0
t "" 1 "out" { 0, 2 }
p "" 2 1 "I" { "Fight" "Accommodate" } 0
t "" 2 "fight" { -1, -1 }
t "" 3 "share" { 1, 1 }
`);

describe('reducedStrategicForm', () => {
  it('turns the entry game into its 2×2 strategic form with one strategy per action', () => {
    const { game, perfectRecall } = reducedStrategicForm(ENTRY);
    expect(perfectRecall).toBe(true);
    expect(game.strategies).toEqual([
      ['1', '2'],
      ['1', '2'],
    ]);
    // Profiles (Out,F) (In,F) (Out,A) (In,A), player 1 fastest.
    expect(game.payoffs.map((u) => u.map(String))).toEqual([
      ['0', '-1', '0', '1'],
      ['2', '-1', '2', '1'],
    ]);
  });

  it('finds both pure equilibria of the entry game, including the non-credible threat (Selten 1978)', () => {
    const eqs = enumPure(reducedStrategicForm(ENTRY).game).equilibria.map((e) =>
      e.profile.flat().join(','),
    );
    expect(eqs).toEqual(['1,0,1,0', '0,1,0,1']);
  });

  it('drops choices at information sets that the player’s own move makes unreachable (labels with *)', () => {
    // Centipede with two moves of player 1: after Take at the root, the second move is unreachable.
    const g = tree(`EFG 2 R "Centipede" { "1" "2" } ""
p "" 1 1 "a" { "T" "P" } 0
t "" 1 "" { 1, 0 }
p "" 2 1 "b" { "T" "P" } 0
t "" 2 "" { 0, 2 }
p "" 1 2 "c" { "T" "P" } 0
t "" 3 "" { 3, 1 }
t "" 4 "" { 2, 4 }
`);
    const { game } = reducedStrategicForm(g);
    expect(game.strategies[0]).toEqual(['1*', '21', '22']);
    expect(game.payoffs[0]!.map(String)).toEqual(['1', '0', '0', '1', '3', '2']);
  });

  it('weights chance moves and adds outcomes met along the way (like Gambit)', () => {
    const g = tree(`EFG 2 R "Chance" { "A" "B" } ""
c "" 1 "n" { "h" 1/4 "t" 3/4 } 1 "fee" { -1, 0 }
p "" 1 1 "i" { "x" "y" } 0
t "" 2 "" { 4, 0 }
t "" 0
p "" 1 1 0
t "" 2
t "" 3 "" { 8, 1 }
`);
    const { game } = reducedStrategicForm(g);
    expect(game.strategies).toEqual([['1', '2'], ['*']]);
    // x: 1/4·4 + 3/4·4 − 1 = 3;  y: 1/4·0 + 3/4·8 − 1 = 5.
    expect(game.payoffs[0]!.map(String)).toEqual(['3', '5']);
    expect(game.payoffs[1]!.map(String)).toEqual(['0', '3/4']);
  });

  it('reports imperfect recall (a player forgetting their own move)', () => {
    const g = tree(`EFG 2 R "Forgetful" { "A" "B" } ""
p "" 1 1 "first" { "L" "R" } 0
p "" 1 2 "second" { "l" "r" } 0
t "" 1 "" { 1, 0 }
t "" 2 "" { 0, 0 }
p "" 1 2 "second" { "l" "r" } 0
t "" 3 "" { 0, 0 }
t "" 4 "" { 1, 0 }
`);
    expect(reducedStrategicForm(g).perfectRecall).toBe(false);
  });
});
