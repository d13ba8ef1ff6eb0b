import { describe, expect, it } from 'vitest';
import { readEfg } from '@parley/model';
import { r } from '../shared/rational.ts';
import { behaviourLayout, toBehaviour, toBehaviourFloat } from './behaviourProfile.ts';
import { reducedStrategicForm } from './reducedStrategicForm.ts';
import { enumPure } from './solvers/enumpure.ts';

function layoutOf(text: string) {
  const parsed = readEfg(text);
  if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const reduced = reducedStrategicForm(parsed.value);
  return { reduced, layout: behaviourLayout(parsed.value, reduced) };
}

// Selten (1975), figure 2: player 1 ends the game (1, 1) or passes; player 2 then ends it (0, 2)
// or passes; player 1 finally chooses between (0, 3) and (2, 0). Reduced strategies of player 1:
// 1*, 21, 22.
const SELTEN_FIG2 = `EFG 2 R "Selten 1975, figure 2" { "One" "Two" } ""
p "" 1 1 "first" { "end" "pass" } 0
t "" 1 "a" { 1, 1 }
p "" 2 1 "second" { "end" "pass" } 0
t "" 2 "b" { 0, 2 }
p "" 1 2 "third" { "low" "high" } 0
t "" 3 "c" { 0, 3 }
t "" 4 "d" { 2, 0 }
`;

const line = (values: readonly { toString(): string }[]) => values.map(String).join(',');

describe('behaviour strategies of mixed profiles over reduced strategies (Kuhn 1953)', () => {
  it('prints 0 at the information set the pure equilibrium never reaches, as gambit-enumpure does (NE,1,0,0,0,1,0 in Gambit’s documentation)', () => {
    const { reduced, layout } = layoutOf(SELTEN_FIG2);
    expect(reduced.game.strategies[0]).toEqual(['1*', '21', '22']);
    const [eq] = enumPure(reduced.game).equilibria;
    expect(line(toBehaviour(layout, eq!.profile))).toBe('1,0,0,0,1,0');
  });

  it('fills unreached information sets with the centroid for the sequence-form methods (gambit-lcp prints NE,1,0,1/2,1/2,1/2,1/2)', () => {
    const { layout } = layoutOf(SELTEN_FIG2);
    const profile = [
      [r(1), r(0), r(0)],
      [r(1, 2), r(1, 2)],
    ];
    expect(line(toBehaviour(layout, profile, 'centroid'))).toBe('1,0,1/2,1/2,1/2,1/2');
  });

  it('conditions on the player’s own moves reaching the set: 21 and 22 with weights 1/6, 1/2 give 1/4, 3/4 at the last move', () => {
    const { layout } = layoutOf(SELTEN_FIG2);
    const profile = [
      [r(1, 3), r(1, 6), r(1, 2)],
      [r(1), r(0)],
    ];
    expect(line(toBehaviour(layout, profile))).toBe('1/3,2/3,1/4,3/4,1,0');
    expect(
      toBehaviourFloat(layout, [
        [1 / 3, 1 / 6, 1 / 2],
        [1, 0],
      ])[2],
    ).toBeCloseTo(0.25, 12);
  });

  it('gives 0 at an information set that only chance moves of probability 0 lead to', () => {
    const { layout } = layoutOf(`EFG 2 R "t" { "A" } ""
c "" 1 "" { "l" 1 "r" 0 } 0
p "" 1 1 "x" { "a" "b" } 0
t "" 1 "" { 1 }
t "" 2 "" { 2 }
p "" 1 2 "y" { "c" "d" } 0
t "" 3 "" { 3 }
t "" 4 "" { 4 }
`);
    const profile = [[r(1, 4), r(1, 4), r(1, 4), r(1, 4)]];
    expect(line(toBehaviour(layout, profile))).toBe('1/2,1/2,0,0');
    expect(toBehaviourFloat(layout, [[0.25, 0.25, 0.25, 0.25]])).toEqual([0.5, 0.5, 0, 0]);
  });
});
