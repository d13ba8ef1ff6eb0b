import { describe, expect, it } from 'vitest';
import { gmcr } from '@parley/engines';
import { gamesSection } from '../build/gamesSections.ts';
import type { GamesSection } from '../gamesReport.ts';
import { renderHtml } from '../render/renderHtml.ts';
import { renderText } from '../render/renderText.ts';
import { prisonersDilemma } from '../testing/prisonersDilemma.ts';
import { cellText, type Block, type TableBlock } from './blocks.ts';
import { layoutGames } from './layoutGames.ts';

const scenario = prisonersDilemma();
const section = gamesSection(gmcr.analyze(gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario))))!;
const blocks = layoutGames(section);
const tables = blocks.filter((b): b is TableBlock => b.type === 'table');

describe("the game view section of the Prisoner's Dilemma, laid out", () => {
  it('opens by saying what the game is and how it pays', () => {
    const first = blocks[0] as Extract<Block, { type: 'paragraph' }>;
    expect(first.text).toContain('one-shot game');
    expect(first.text).toContain('preference rank');
  });

  it('draws the strategic form with the equilibrium (●) and the status quo (*) marked', () => {
    const matrix = tables[0]!;
    expect(matrix.head.map(cellText)).toEqual(['Prisoner 1 \\ Prisoner 2', '—', 'c2']);
    expect(matrix.rows.map((r) => r.map(cellText))).toEqual([
      ['—', '3, 3 *', '1, 4'],
      ['c1', '4, 1', '2, 2 ●'],
    ]);
  });

  it('tables the outcomes with the game’s and GMCR’s verdicts side by side', () => {
    const outcomes = tables[1]!;
    expect(outcomes.head.map(cellText).slice(-3)).toEqual([
      'Game',
      'GMCR, same options',
      'GMCR, full',
    ]);
    expect(outcomes.rows.map((r) => r.map(cellText))).toContainEqual([
      'c1',
      'c2',
      '4',
      '2, 2',
      '● Nash',
      'all five',
      'all five',
    ]);
  });

  it('charts the QRE path per player and tabulates it, with the exact limit last', () => {
    const charts = blocks.filter((b) => b.type === 'chart');
    expect(charts.map((c) => c.caption)).toEqual([
      'Prisoner 1: probability of each strategy (%) along the logit QRE branch',
      'Prisoner 2: probability of each strategy (%) along the logit QRE branch',
    ]);
    const qre = tables.at(-1)!;
    expect(cellText(qre.head.at(-1)!)).toBe('limit');
    expect(qre.rows.map((r) => cellText(r.at(-1)!))).toEqual(['0', '1', '0', '1']);
  });

  it('warns that mixing ordinal ranks is a modelling assumption', () => {
    expect(blocks.at(-1)).toMatchObject({ type: 'note', text: expect.stringContaining('ordinal') });
  });
});

describe('the game view section in the renderers', () => {
  const report = { title: 'PD', generator: 'test', sections: [section as GamesSection] };

  it('fits 100 columns of text', () => {
    const lines = renderText(report, { width: 100 }).split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });

  it('draws one SVG chart per player in HTML', () => {
    expect(renderHtml(report).match(/<svg /g)).toHaveLength(2);
  });
});
