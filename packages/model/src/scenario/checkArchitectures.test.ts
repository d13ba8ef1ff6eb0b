import { describe, expect, it } from 'vitest';
import { codesAt, validateInput } from '../testing/fixtures.ts';
import { trackedInput, trackedYaml } from './architectureFixtures.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './schema.ts';

type ArchitectureInput = NonNullable<ScenarioInput['architectures']>[number];

/** Diagnostics of the tracked toy with one more architecture. */
const withArchitecture = (architecture: ArchitectureInput) => {
  const input = trackedInput();
  input.architectures!.push(architecture);
  return validateInput(input);
};
const codesWith = (changes: ArchitectureInput['changes']) =>
  codesAt(withArchitecture({ id: 'extra', name: 'Extra', changes }));

describe('checkArchitectures: declarations', () => {
  it('accepts one baseline that changes nothing', () => {
    expect(withArchitecture({ id: 'as_of_2018', name: 'As of 2018', baseline: true })).toEqual([]);
  });

  it('refuses a second baseline, and a baseline with changes', () => {
    const input = trackedInput();
    input.architectures!.forEach((a) => (a.baseline = true));
    expect(codesAt(validateInput(input))).toEqual([
      'duplicate-baseline@architectures[1].baseline',
      'baseline-with-changes@architectures[0].changes',
      'baseline-with-changes@architectures[1].changes',
    ]);
  });

  it('keeps the id `baseline` for the implicit baseline', () => {
    expect(codesWith({ fixOptions: { lift: false } }).length).toBe(0);
    const ds = withArchitecture({
      id: 'baseline',
      name: 'B',
      changes: { fixOptions: { lift: false } },
    });
    expect(codesAt(ds)).toEqual(['reserved-architecture-id@architectures[2].id']);
  });

  it('warns about an architecture that changes nothing', () => {
    expect(codesAt(withArchitecture({ id: 'same', name: 'Same' }))).toEqual([
      'architecture-without-changes@architectures[2]',
    ]);
  });

  it('refuses two architectures with one id', () => {
    const ds = withArchitecture({
      id: 'inclusive',
      name: 'Again',
      changes: { removeOptions: ['lift'] },
    });
    expect(codesAt(ds)).toEqual(['duplicate-id@architectures[2].id']);
  });
});

describe('checkArchitectures: references in the changes', () => {
  it('names unknown tracks, actors, issues, options and vetoes, each with the closest id', () => {
    const ds = withArchitecture({
      id: 'typos',
      name: 'Typos',
      changes: {
        tracks: {
          remove: ['peace_talk'],
          modify: { nucleer: {}, nuclear: { addParties: ['chna'], addIssues: ['peac'] } },
        },
        vetoes: { remove: ['unsc2'] },
        fixOptions: { lfit: true },
        removeOptions: ['freez'],
      },
    });
    expect(ds.map((d) => `${d.code}@${d.path}: ${d.hint}`)).toEqual([
      'unknown-track@architectures[2].changes.tracks.remove[0]: did you mean `peace_talks`?',
      'unknown-track@architectures[2].changes.tracks.modify.nucleer: did you mean `nuclear`?',
      'unknown-actor@architectures[2].changes.tracks.modify.nuclear.addParties[0]: did you mean `china`?',
      'unknown-issue@architectures[2].changes.tracks.modify.nuclear.addIssues[0]: did you mean `peace`?',
      'unknown-veto@architectures[2].changes.vetoes.remove[0]: did you mean `unsc`?',
      'unknown-option@architectures[2].changes.fixOptions.lfit: did you mean `lift`?',
      'unknown-option@architectures[2].changes.removeOptions[0]: did you mean `freeze`?',
    ]);
  });

  it('resolves roles and sequencing against the tracks as the architecture leaves them', () => {
    const added = {
      id: 'security',
      name: 'Security mechanism',
      parties: ['usa', 'china'],
      chair: 'china',
    };
    expect(
      codesWith({
        tracks: { remove: ['peace_talks'], add: [added] },
        roles: { china: [{ role: 'guarantor', track: 'security' }] },
        sequencing: { kind: 'sequenced', order: ['nuclear', 'security'] },
      }),
    ).toEqual([]);
    expect(
      codesWith({
        tracks: { remove: ['peace_talks'] },
        roles: { china: [{ role: 'guarantor', track: 'peace_talks' }] },
        sequencing: { kind: 'sequenced', order: ['nuclear', 'peace_talks'] },
      }),
    ).toEqual([
      'unknown-track@architectures[2].changes.roles.china[0].track',
      'unknown-track@architectures[2].changes.sequencing.order[1]',
    ]);
  });

  it('refuses changes that contradict each other', () => {
    expect(
      codesWith({
        tracks: {
          remove: ['peace_talks'],
          modify: { peace_talks: {}, nuclear: { parties: ['usa'], addParties: ['dprk'] } },
          add: [{ id: 'nuclear', name: 'Again', parties: ['usa', 'dprk'] }],
        },
        fixOptions: { lift: true },
        removeOptions: ['lift'],
      }),
    ).toEqual([
      'conflicting-changes@architectures[2].changes.tracks.modify.peace_talks',
      'conflicting-changes@architectures[2].changes.tracks.modify.nuclear.parties',
      'duplicate-id@architectures[2].changes.tracks.add[0].id',
      'conflicting-changes@architectures[2].changes.fixOptions.lift',
    ]);
  });

  it('places a misspelt option inside an added condition at its character in the file', () => {
    const input = trackedInput();
    input.architectures![1]!.changes!.infeasible = ['lift & !dismantel'];
    const [d] = parseScenario(trackedYaml(input), { file: 't.yaml' }).diagnostics;
    expect(d).toMatchObject({
      code: 'unknown-option',
      path: 'architectures[1].changes.infeasible[0]',
      hint: 'did you mean `dismantle`?',
    });
    const line = trackedYaml(input).split('\n')[d!.line! - 1]!;
    expect(line.slice(d!.col! - 1)).toMatch(/^dismantel/);
  });
});

describe('checkArchitectures: the applied scenario', () => {
  it('reports fixed options that leave no state feasible', () => {
    const [d] = withArchitecture({
      id: 'impossible',
      name: 'Impossible',
      changes: { fixOptions: { dismantle: true, freeze: false } },
    });
    expect(d).toMatchObject({
      code: 'architecture-no-feasible-states',
      path: 'architectures[2].changes',
    });
    expect(d!.message).toMatch(/^with architecture `impossible` applied, `infeasible`: no state/);
  });

  it('reports a fixed option that makes the status quo infeasible', () => {
    // dismantle fixed as taken needs freeze, which the status quo has: feasible.
    expect(codesWith({ fixOptions: { dismantle: true } })).toEqual([]);
    expect(codesWith({ infeasible: ['freeze & !lift'] })).toEqual([
      'architecture-infeasible-status-quo@architectures[2].changes',
    ]);
  });

  it('reports structural errors the changes create, such as unseating the chair', () => {
    const ds = withArchitecture({
      id: 'no_chair',
      name: 'Chair leaves',
      changes: {
        tracks: { modify: { nuclear: { removeParties: ['usa'], addParties: ['china'] } } },
      },
    });
    expect(codesAt(ds)).toEqual(['architecture-chair-not-party@architectures[2].changes']);
    expect(ds[0]!.message).toContain('`tracks[0].chair`');
  });

  it('requires a new track to be placed in a sequenced order', () => {
    const input = trackedInput();
    input.sequencing = { kind: 'sequenced', order: ['nuclear', 'peace_talks'] };
    input.architectures = [
      {
        id: 'more',
        name: 'More',
        changes: { tracks: { add: [{ id: 'x', name: 'X', parties: ['usa', 'china'] }] } },
      },
    ];
    expect(codesAt(validateInput(input))).toEqual([
      'architecture-sequencing-missing-track@architectures[0].changes',
    ]);
  });

  it('does not apply architectures while the scenario itself has errors, rather than repeat them', () => {
    const input = trackedInput();
    input.tracks![0]!.chair = 'china';
    expect(codesAt(validateInput(input))).toEqual(['chair-not-party@tracks[0].chair']);
  });
});
