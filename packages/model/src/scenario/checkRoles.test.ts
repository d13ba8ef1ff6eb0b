import { describe, expect, it } from 'vitest';
import { codesAt, validateInput } from '../testing/fixtures.ts';
import { trackedInput } from './architectureFixtures.ts';
import type { RoleAssignment, ScenarioInput } from './schema.ts';

/** The tracked toy with the given roles (and no architectures, which would repeat the errors). */
const withRoles = (roles: Record<string, RoleAssignment[]>): ScenarioInput => {
  const input = trackedInput();
  input.roles = roles;
  delete input.architectures;
  return input;
};
const codes = (roles: Record<string, RoleAssignment[]>): string[] =>
  codesAt(validateInput(withRoles(roles)));

describe('checkRoles', () => {
  it('lets guarantors and verifiers stand outside the tables', () => {
    expect(
      codes({ china: [{ role: 'verifier', track: 'nuclear' }, { role: 'guarantor' }] }),
    ).toEqual([]);
  });

  it('seats leads, co-leads and parties at their table', () => {
    expect(codes({ china: [{ role: 'lead', track: 'nuclear' }] })).toEqual([
      'role-not-at-table@roles.china[0].role',
    ]);
    expect(codes({ china: [{ role: 'party' }] })).toEqual([]);
  });

  it("reads a track's mediator from the track, and refuses a role that says otherwise", () => {
    expect(codes({ usa: [{ role: 'mediator', track: 'peace_talks' }] })).toEqual([
      'mediator-mismatch@roles.usa[0].role',
    ]);
  });

  it('keeps observers away from the decision', () => {
    expect(codes({ usa: [{ role: 'observer', track: 'peace_talks' }] })).toEqual([
      'observer-is-party@roles.usa[0].role',
    ]);
  });

  it('refuses an excluded actor who sits at the table, as party or as mediator', () => {
    expect(codes({ dprk: [{ role: 'excluded', track: 'nuclear' }] })).toEqual([
      'excluded-at-table@roles.dprk[0].role',
    ]);
    expect(codes({ china: [{ role: 'excluded' }] })).toEqual([
      'excluded-at-table@roles.china[0].role',
    ]);
  });

  it('refuses being excluded and holding another role in the same place', () => {
    const roles: RoleAssignment[] = [
      { role: 'excluded', track: 'nuclear' },
      { role: 'verifier', track: 'nuclear' },
      { role: 'verifier' },
    ];
    expect(codes({ china: roles })).toEqual(['conflicting-roles@roles.china[1]']);
  });

  it('warns about a role listed twice', () => {
    expect(codes({ china: [{ role: 'guarantor' }, { role: 'guarantor' }] })).toEqual([
      'duplicate-role@roles.china[1]',
    ]);
  });

  it('names unknown actors and tracks, with the closest id', () => {
    const ds = validateInput(
      withRoles({ chna: [], china: [{ role: 'verifier', track: 'nucler' }] }),
    );
    expect(ds.map((d) => [d.code, d.path, d.hint])).toEqual([
      ['unknown-actor', 'roles.chna', 'did you mean `china`?'],
      ['unknown-track', 'roles.china[0].track', 'did you mean `nuclear`?'],
    ]);
  });
});

describe('checkRoles: implementation vetoes', () => {
  const withVeto = (edit: (veto: NonNullable<ScenarioInput['vetoes']>[number]) => void) => {
    const input = trackedInput();
    edit(input.vetoes![0]!);
    return codesAt(validateInput(input));
  };

  it('lets a holder block from outside every table (the point of an implementation veto)', () => {
    expect(withVeto((v) => (v.holders = ['china']))).toEqual([]);
  });

  it('names unknown holders, issues and options', () => {
    expect(
      withVeto((v) => {
        v.holders = ['russia'];
        v.scope = { issues: ['sanction'], options: ['lift_all'] };
      }),
    ).toEqual([
      'unknown-actor@vetoes[0].holders[0]',
      'unknown-issue@vetoes[0].scope.issues[0]',
      'unknown-option@vetoes[0].scope.options[0]',
    ]);
  });

  it('refuses a veto over nothing and two vetoes with one id', () => {
    expect(withVeto((v) => (v.scope = {}))).toEqual(['veto-without-scope@vetoes[0].scope']);
    const input = trackedInput();
    input.vetoes!.push({ ...input.vetoes![0]! });
    expect(codesAt(validateInput(input))).toEqual(['duplicate-id@vetoes[1].id']);
  });
});
