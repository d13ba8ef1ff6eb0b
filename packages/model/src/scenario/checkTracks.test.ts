import { describe, expect, it } from 'vitest';
import { codesAt, validateInput } from '../testing/fixtures.ts';
import { trackedInput, trackedYaml } from './architectureFixtures.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './schema.ts';

const tracked = (edit: (input: ScenarioInput) => void): ScenarioInput => {
  const input = trackedInput();
  edit(input);
  return input;
};
const track = (input: ScenarioInput, i: number) => input.tracks![i]!;

describe('checkTracks', () => {
  it('finds nothing wrong with the tracked toy scenario', () => {
    expect(validateInput(trackedInput())).toEqual([]);
  });

  it('names an unknown party, with the closest actor id and its line:col in the file', () => {
    const input = tracked((s) => (track(s, 0).parties = ['usa', 'dprkk']));
    const result = parseScenario(trackedYaml(input), { file: 't.yaml' });
    const [d] = result.diagnostics;
    expect(d).toMatchObject({
      code: 'unknown-actor',
      path: 'tracks[0].parties[1]',
      message: 'unknown actor `dprkk` as party of track `nuclear`',
      hint: 'did you mean `dprk`?',
    });
    expect(d!.line).toBeGreaterThan(1);
  });

  it('names an unknown issue on a track', () => {
    const input = tracked((s) => (track(s, 1).issues = ['peac']));
    expect(validateInput(input)[0]).toMatchObject({
      code: 'unknown-issue',
      path: 'tracks[1].issues[0]',
      hint: 'did you mean `peace`?',
    });
  });

  it('refuses a chair who is not a party, but accepts a mediator from outside the table', () => {
    const input = tracked((s) => {
      track(s, 0).chair = 'china';
      track(s, 0).mediator = 'china';
    });
    expect(codesAt(validateInput(input))).toEqual(['chair-not-party@tracks[0].chair']);
  });

  it('refuses a veto player who is not at the table, pointing to implementation vetoes', () => {
    const input = tracked(
      (s) => (track(s, 0).decisionRule = { kind: 'veto-players', vetoPlayers: ['usa', 'china'] }),
    );
    const [d] = validateInput(input);
    expect(d).toMatchObject({
      code: 'veto-player-not-party',
      path: 'tracks[0].decisionRule.vetoPlayers[1]',
    });
    expect(d!.hint).toContain('`vetoes`');
  });

  it('checks that each decision rule has the keys its kind needs and no others', () => {
    const input = tracked((s) => {
      track(s, 0).decisionRule = { kind: 'unanimity', vetoPlayers: ['usa'], quota: 1 };
      track(s, 1).decisionRule = { kind: 'veto-players' };
    });
    expect(codesAt(validateInput(input))).toEqual([
      'decision-rule-extra@tracks[0].decisionRule.vetoPlayers',
      'decision-rule-extra@tracks[0].decisionRule.quota',
      'decision-rule-incomplete@tracks[1].decisionRule',
    ]);
  });

  it('takes a majority quota from 1 to the number of parties, in whole parties', () => {
    const withQuota = (quota: number) =>
      validateInput(tracked((s) => (track(s, 1).decisionRule = { kind: 'majority', quota })));
    expect(withQuota(2)).toEqual([]);
    expect(codesAt(withQuota(4))).toEqual(['quota-out-of-range@tracks[1].decisionRule.quota']);
    expect(codesAt(withQuota(1.5))).toEqual(['quota-out-of-range@tracks[1].decisionRule.quota']);
  });

  it('puts an issue at one table at most, and suggests linking the tables instead', () => {
    const [d] = validateInput(tracked((s) => (track(s, 1).issues = ['peace', 'sanctions'])));
    expect(d).toMatchObject({ code: 'issue-on-two-tracks', path: 'tracks[1].issues[1]' });
    expect(d!.hint).toContain('linked');
  });

  it('refuses two tracks with one id', () => {
    const input = tracked((s) => (track(s, 1).id = 'nuclear'));
    expect(codesAt(validateInput(input))).toContain('duplicate-id@tracks[1].id');
  });

  it('warns about a one-party table, a repeated party and a party without a position', () => {
    const input = tracked((s) => {
      track(s, 0).parties = ['usa', 'usa'];
      delete s.issues![1]!.positions.china;
    });
    expect(codesAt(validateInput(input))).toEqual([
      'duplicate-reference@tracks[0].parties[1]',
      'track-too-few-parties@tracks[0].parties',
      'party-without-position@tracks[1].issues[0]',
    ]);
  });
});

describe('checkTracks: sequencing', () => {
  const sequenced = (sequencing: NonNullable<ScenarioInput['sequencing']>) =>
    codesAt(validateInput(tracked((s) => (s.sequencing = sequencing))));

  it('accepts an order of steps, a step being one track or several in parallel', () => {
    expect(sequenced({ kind: 'sequenced', order: ['nuclear', 'peace_talks'] })).toEqual([]);
    expect(sequenced({ kind: 'sequenced', order: [['nuclear', 'peace_talks']] })).toEqual([]);
  });

  it('requires a sequenced order to name every track once, and only declared tracks', () => {
    expect(sequenced({ kind: 'sequenced', order: ['nuclear', 'nuclear', 'peace'] })).toEqual([
      'sequencing-duplicate-track@sequencing.order[1]',
      'unknown-track@sequencing.order[2]',
      'sequencing-missing-track@sequencing.order',
    ]);
  });

  it('requires the key each kind uses and refuses the others', () => {
    expect(sequenced({ kind: 'sequenced' })).toEqual(['sequencing-incomplete@sequencing']);
    expect(sequenced({ kind: 'parallel', order: ['nuclear'] })).toEqual([
      'sequencing-extra@sequencing.order',
    ]);
    expect(sequenced({ kind: 'linked', order: ['nuclear'] })).toEqual([
      'sequencing-extra@sequencing.order',
      'sequencing-incomplete@sequencing',
    ]);
  });

  it('lets linked packages leave tracks alone, but warns about a package of one', () => {
    expect(sequenced({ kind: 'linked', packages: [['nuclear', 'peace_talks']] })).toEqual([]);
    expect(sequenced({ kind: 'linked', packages: [['nuclear']] })).toEqual([
      'package-too-small@sequencing.packages[0]',
    ]);
  });

  it('warns about sequencing in a scenario without tracks', () => {
    const input = tracked((s) => {
      delete s.tracks;
      delete s.roles;
      delete s.architectures;
    });
    expect(codesAt(validateInput(input))).toEqual(['sequencing-without-tracks@sequencing']);
  });
});
