import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/schema.ts';
import { exportGmcr } from './exportGmcr.ts';
import type { GmcrFile } from './gmcrFile.ts';

/** Chicken written as a Parley scenario (fixture written for these tests). */
function chicken(overrides: Partial<Scenario> = {}): Scenario {
  return {
    parley: 1,
    id: 'chicken',
    title: 'Chicken',
    asOf: 'unknown',
    sources: {},
    actors: [
      { id: 'd1', name: 'Driver 1' },
      { id: 'd2', name: 'Driver 2' },
    ],
    issues: [],
    options: [
      { id: 's1', owner: 'd1', label: 'Driver 1 swerves', reversibility: 'both', statusQuo: false },
      {
        id: 's2',
        owner: 'd2',
        label: 'Driver 2 swerves',
        reversibility: 'forward-only',
        statusQuo: false,
      },
    ],
    infeasible: [],
    preferences: {
      d1: { statements: ['s1 | s2', 's2', '!s1'] },
      d2: { statements: ['s1 | s2', 's1', '!s2'] },
    },
    ...overrides,
  };
}

function exported(s: Scenario): { gmcr: GmcrFile; codes: string[] } {
  const { text, diagnostics } = exportGmcr(s);
  if (text === '') throw new Error(JSON.stringify(diagnostics, null, 2));
  return { gmcr: JSON.parse(text) as GmcrFile, codes: diagnostics.map((d) => d.code) };
}

describe('exportGmcr', () => {
  it('writes Chicken in the GMCR+ save format (gmcr-py 0.4.1)', () => {
    const { gmcr, codes } = exported(chicken());
    expect(codes).toEqual([]);
    expect(gmcr).toEqual({
      decisionMakers: [
        {
          name: 'Driver 1',
          options: [0],
          preferences: [
            { compound: true, members: [[[0, 'Y']], [[1, 'Y']]] },
            [[1, 'Y']],
            [[0, 'N']],
          ],
          misperceptions: [],
        },
        {
          name: 'Driver 2',
          options: [1],
          preferences: [
            { compound: true, members: [[[0, 'Y']], [[1, 'Y']]] },
            [[0, 'Y']],
            [[1, 'N']],
          ],
          misperceptions: [],
        },
      ],
      coalitions: [0, 1],
      options: [
        { name: 'Driver 1 swerves', permittedDirection: 'both' },
        { name: 'Driver 2 swerves', permittedDirection: 'fwd' },
      ],
      infeasibles: [],
      useManualPreferenceRanking: false,
      program: 'gmcr-py',
      version: '0.4.1',
    });
  });

  it('writes `q if p` and `q iff p` between literals in the encoding GMCR+ itself uses', () => {
    const s = chicken();
    s.preferences.d1 = { statements: ['s2 if s1', '!s1 iff s2'] };
    expect(exported(s).gmcr.decisionMakers[0]?.preferences).toEqual([
      {
        compound: true,
        members: [
          [
            [0, 'Y'],
            [1, 'Y'],
          ],
          [
            [0, 'N'],
            [1, 'Y'],
          ],
          [
            [0, 'N'],
            [1, 'N'],
          ],
        ],
      },
      {
        compound: true,
        members: [
          [
            [1, 'Y'],
            [0, 'N'],
          ],
          [
            [1, 'N'],
            [0, 'Y'],
          ],
        ],
      },
    ]);
  });

  it('writes other statements in DNF and splits a disjunctive infeasible into simple conditions', () => {
    const { gmcr } = exported(
      chicken({
        infeasible: ['s1 & s2 | !s1 & !s2'],
        preferences: {
          d1: { statements: ['!(s1 & !s2)'] },
          d2: { statements: [{ statement: '!(s1 iff s2)' }] },
        },
      }),
    );
    expect(gmcr.infeasibles).toEqual([
      [
        [0, 'Y'],
        [1, 'Y'],
      ],
      [
        [0, 'N'],
        [1, 'N'],
      ],
    ]);
    expect(gmcr.decisionMakers[0]?.preferences).toEqual([
      { compound: true, members: [[[0, 'N']], [[1, 'Y']]] },
    ]);
  });

  it('groups options by owner in actor order and warns that state numbers then differ', () => {
    const s = chicken();
    s.options = [...s.options].reverse();
    const { gmcr, codes } = exported(s);
    expect(gmcr.options.map((o) => o.name)).toEqual(['Driver 1 swerves', 'Driver 2 swerves']);
    expect(gmcr.decisionMakers.map((d) => d.options)).toEqual([[0], [1]]);
    expect(codes).toEqual(['gmcr-export-option-order']);
  });

  it('writes rankings as 1-based state numbers with nested ties', () => {
    // Feasible decimals with s1 & s2 infeasible: 0 (NN), 1 (YN), 2 (NY) → states 1, 2, 3.
    const { gmcr } = exported(
      chicken({
        infeasible: ['s1 & s2'],
        preferences: { d1: { ranking: ['YN', ['NN', 'NY']] }, d2: { ranking: ['NY', 'NN', 'YN'] } },
      }),
    );
    expect(gmcr.useManualPreferenceRanking).toBe(true);
    expect(gmcr.decisionMakers.map((d) => d.preferenceRanking)).toEqual([
      [2, [1, 3]],
      [3, 1, 2],
    ]);
  });

  it('converts statements to the ranking they induce when only some actors have a ranking', () => {
    const s = chicken({
      preferences: { d1: { ranking: ['NN', 'YN', 'NY', 'YY'] }, d2: { statements: ['s1', '!s2'] } },
    });
    const { gmcr, codes } = exported(s);
    expect(codes).toEqual(['gmcr-export-mixed-preferences']);
    // d2: s1 first, then !s2: YN (2) > YY (4) > NN (1) > NY (3).
    expect(gmcr.decisionMakers[1]?.preferenceRanking).toEqual([2, 4, 1, 3]);
    expect(gmcr.decisionMakers[1]?.preferences).toEqual([[[0, 'Y']], [[1, 'N']]]);
  });

  it('writes misperceptions and coalitions', () => {
    const s = chicken({ coalitions: [['d2', 'd1']] });
    s.preferences.d1 = { statements: ['s2'], misperceived: ['s1 | s2'] };
    const { gmcr } = exported(s);
    expect(gmcr.decisionMakers[0]?.misperceptions).toEqual([[[0, 'Y']], [[1, 'Y']]]);
    expect(gmcr.coalitions).toEqual([[1, 0]]);
  });

  it('leaves out actors that own no option (not decision makers), with a warning', () => {
    const s = chicken({ actors: [...chicken().actors, { id: 'un', name: 'United Nations' }] });
    s.preferences.un = { statements: ['s1'] };
    const { gmcr, codes } = exported(s);
    expect(gmcr.decisionMakers).toHaveLength(2);
    expect(codes).toEqual(['gmcr-export-actor-skipped']);
  });

  it('leaves out a statement that holds everywhere or nowhere, and drops repeats', () => {
    const s = chicken();
    s.preferences.d1 = { statements: ['s1 | !s1', 's2', 's2 & s2', 's1 & !s1'] };
    const { gmcr, codes } = exported(s);
    expect(gmcr.decisionMakers[0]?.preferences).toEqual([[[1, 'Y']]]);
    expect(codes).toEqual(['gmcr-export-constant', 'gmcr-export-constant']);
  });

  it('reports unusable statements as errors and writes nothing', () => {
    const s = chicken({ infeasible: ['s1 | !s1'] });
    s.preferences.d2 = { statements: ['s1 &', 'nope'] };
    const { text, diagnostics } = exportGmcr(s);
    expect(text).toBe('');
    expect(diagnostics.map((d) => [d.severity, d.code, d.path])).toEqual([
      ['error', 'gmcr-export-constant', 'infeasible[0]'],
      ['error', 'statement-syntax', 'preferences.d2.statements[0]'],
      ['error', 'unknown-option', 'preferences.d2.statements[1]'],
    ]);
  });

  it('rejects a ranking that names an infeasible or malformed state', () => {
    const s = chicken({ infeasible: ['s1 & s2'] });
    s.preferences.d1 = { ranking: ['YY', 'NN', 'Q'] };
    const { diagnostics } = exportGmcr(s);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['gmcr-export-ranking', 'preferences.d1.ranking[0]'],
      ['gmcr-export-ranking', 'preferences.d1.ranking[2]'],
      ['gmcr-export-mixed-preferences', 'preferences.d2'],
    ]);
  });
});
