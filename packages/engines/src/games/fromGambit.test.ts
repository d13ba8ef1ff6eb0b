import { describe, expect, it } from 'vitest';
import { readGambit } from '@parley/model';
import { fromGambit } from './fromGambit.ts';

function load(text: string) {
  const parsed = readGambit(text);
  if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  return fromGambit(parsed.value);
}

describe('fromGambit', () => {
  it('copies an .nfg table exactly, the null outcome paying 0', () => {
    const { game, warnings } = load('NFG 1 R "t" { "A" "B" } { 2 1 } { { "x" 1/3, 0.5 } } 1 0');
    expect(game.payoffs.map((u) => u.map(String))).toEqual([
      ['1/3', '0'],
      ['1/2', '0'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('converts an .efg tree through its reduced strategic form, with a note saying so', () => {
    const { game, warnings } = load(
      'EFG 2 R "t" { "A" } ""\np "" 1 1 "i" { "a" "b" } 0\nt "" 1 "" { 1 }\nt "" 2 "" { 2 }\n',
    );
    expect(game.payoffs[0]!.map(String)).toEqual(['1', '2']);
    expect(warnings[0]).toMatch(/reduced strategic form/);
  });
});
