import type { Track } from '@parley/model';
import { describe, expect, it } from 'vitest';
import { unitRule } from './tableRule.ts';

const track = (id: string, parties: string[], decisionRule: Track['decisionRule']): Track => ({
  id,
  name: id,
  issues: [],
  parties,
  decisionRule,
});

describe('unitRule', () => {
  it('keeps unanimity, and turns veto players into a quorum of exactly those players', () => {
    const seated = ['usa', 'dprk', 'china'];
    expect(unitRule([track('t', seated, { kind: 'unanimity' })], seated).rule).toEqual({
      kind: 'unanimity',
    });
    const veto = unitRule(
      [track('t', seated, { kind: 'veto-players', vetoPlayers: ['usa', 'dprk'] })],
      seated,
    );
    expect(veto.rule).toEqual({ kind: 'veto', vetoPlayers: ['usa', 'dprk'], quorum: 2 });
    expect(veto.text).toBe('veto players: usa, dprk');
  });

  it('gives a majority rule more than half the seats by default', () => {
    const seated = ['a', 'b', 'c', 'd', 'e'];
    const rule = unitRule([track('t', seated, { kind: 'majority', vetoPlayers: ['a'] })], seated);
    expect(rule.rule).toEqual({ kind: 'veto', vetoPlayers: ['a'], quorum: 3 });
    expect(rule.text).toBe('majority 3 of 5 (veto: a)');
  });

  it('asks a linked package for the consent every one of its tables asks for', () => {
    // Table 1: unanimity of a, b; table 2: only c's veto among c, d. Together: a, b and c.
    const rule = unitRule(
      [
        track('t1', ['a', 'b'], { kind: 'unanimity' }),
        track('t2', ['c', 'd'], { kind: 'veto-players', vetoPlayers: ['c'] }),
      ],
      ['a', 'b', 'c', 'd'],
    );
    expect(rule.rule).toEqual({ kind: 'veto', vetoPlayers: ['a', 'b', 'c'], quorum: 3 });
    expect(rule.warnings).toEqual([]);
  });

  it('warns that a majority table in a package is approximated', () => {
    const rule = unitRule(
      [
        track('t1', ['a', 'b'], { kind: 'unanimity' }),
        track('t2', ['c', 'd', 'e'], { kind: 'majority' }),
      ],
      ['a', 'b', 'c', 'd', 'e'],
    );
    expect(rule.rule).toEqual({ kind: 'veto', vetoPlayers: ['a', 'b'], quorum: 2 });
    expect(rule.warnings).toEqual([
      'the majority rule of t2 is applied to the whole linked package (an approximation)',
    ]);
  });

  it('leaves out required parties that are not seated', () => {
    expect(
      unitRule([track('t', ['a', 'b', 'c'], { kind: 'unanimity' })], ['a', 'b']).required,
    ).toEqual(['a', 'b']);
  });
});
