import { describe, expect, it } from 'vitest';
import { EngineHost } from '@parley/views';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { dilemma } from '@parley/views/testing';
import {
  conceptsOf,
  matchesPattern,
  moveText,
  stateRows,
  takenByOwner,
  ynOf,
} from './gmcrModel.ts';
import { stateFromInput } from './stateFromInput.ts';
import { layoutPairs, projectedPositions, visibleEdges } from './stateGraph.ts';

const data = new EngineHost().handle({ kind: 'gmcr', scenario: dilemma() }, () => {})
  .result as GmcrViewData;

describe('reading a GMCR analysis', () => {
  it('writes Y/N letters option 0 first, as the CLI does (docs/cli.md, "States")', () => {
    expect(ynOf(1, 2)).toBe('YN');
    expect(stateRows(data).map((r) => r.yn)).toEqual(['NN', 'YN', 'NY', 'YY']);
  });

  it('marks mutual silence (state 1) as a GMR/SMR/SEQ/SIM equilibrium but not Nash', () => {
    const silence = stateRows(data)[0]!;
    expect(conceptsOf(data, silence.equilibria)).toEqual(['gmr', 'smr', 'seq', 'sim']);
    expect(silence.statusQuo).toBe(true);
  });

  it('matches Y/N patterns with - for either', () => {
    expect(matchesPattern('YNY', 'y-y')).toBe(true);
    expect(matchesPattern('YNY', 'N')).toBe(false);
    expect(matchesPattern('YNY', '')).toBe(true);
  });

  it('says what a move changes, by owner', () => {
    expect(moveText(data, { from: 0, to: 1 })).toBe('Prisoner 1 takes “Prisoner 1 confesses”');
    expect(moveText(data, { from: 3, to: 1 })).toBe('Prisoner 2 abandons “Prisoner 2 confesses”');
  });

  it('lists the options taken in a state by owner', () => {
    expect(takenByOwner(data, 3)).toEqual([
      { owner: 'Prisoner 1', labels: ['Prisoner 1 confesses'] },
      { owner: 'Prisoner 2', labels: ['Prisoner 2 confesses'] },
    ]);
  });

  it('reads a typed state as an id or Y/N letters, and says what is wrong otherwise', () => {
    expect(stateFromInput(data, '4')).toBe(3);
    expect(stateFromInput(data, 'ny')).toBe(2);
    expect(stateFromInput(data, '9')).toEqual({ problem: expect.stringMatching(/states are 1–4/) });
    expect(stateFromInput(data, 'YNY')).toEqual({
      problem: expect.stringMatching(/2 Y\/N letters/),
    });
  });
});

describe('the state graph', () => {
  const everyone = [true, true];

  it('draws every move, only the improvements, or only the paths from the status quo', () => {
    expect(visibleEdges(data, 'all', everyone, null)).toHaveLength(8);
    expect(visibleEdges(data, 'improvements', everyone, null)).toHaveLength(4);
    // The status quo reaches its equilibria (itself, and state 4 in two moves).
    expect(visibleEdges(data, 'paths', everyone, null)).toHaveLength(2);
  });

  it('always draws the moves out of the selected state, and none of a hidden mover', () => {
    expect(visibleEdges(data, 'paths', everyone, 3)).toHaveLength(4);
    const onlyP1 = visibleEdges(data, 'all', [true, false], null);
    expect([...onlyP1].every((e) => data.edges!.mover[e] === 0)).toBe(true);
  });

  it('pulls together each pair of states joined by an improvement, once', () => {
    expect(layoutPairs(data).length / 2).toBe(4);
  });

  it('starts states that differ in one option close together', () => {
    const p = projectedPositions(data);
    const d = (a: number, b: number) =>
      Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);
    expect(d(0, 1)).toBeLessThan(d(0, 3));
  });
});
