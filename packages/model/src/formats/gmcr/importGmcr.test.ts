import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/schema.ts';
import { importGmcr } from './importGmcr.ts';

/** Loose shapes so tests can also build broken files. */
interface DmFixture {
  name: string;
  options: unknown;
  preferences: unknown[];
  misperceptions?: unknown[];
  payoffs?: number[];
  preferenceRanking?: unknown;
}
interface Fixture {
  decisionMakers: DmFixture[];
  options: { name: string; permittedDirection: string }[];
  infeasibles?: unknown[];
  coalitions?: unknown;
  useManualPreferenceRanking?: boolean;
  [key: string]: unknown;
}

/** A two-driver game of Chicken as GMCR+ saves it (fixture written for these tests). */
const CHICKEN: Fixture = {
  decisionMakers: [
    {
      name: 'Driver 1',
      options: [0],
      preferences: [{ compound: true, members: [[[0, 'Y']], [[1, 'Y']]] }, [[1, 'Y']], [[0, 'N']]],
      payoffs: [1, 2, 4, 3],
      misperceptions: [],
    },
    {
      name: 'Driver 2',
      options: [1],
      preferences: [{ compound: true, members: [[[0, 'Y']], [[1, 'Y']]] }, [[0, 'Y']], [[1, 'N']]],
      payoffs: [1, 4, 2, 3],
      misperceptions: [],
    },
  ],
  coalitions: [0, 1],
  coalitionsFull: [],
  options: [
    { name: 'Driver 1 swerves', permittedDirection: 'both' },
    { name: 'Driver 2 swerves', permittedDirection: 'both' },
  ],
  infeasibles: [],
  useManualPreferenceRanking: false,
  program: 'gmcr-py',
  version: '0.4.1',
};

/**
 * Options NOT grouped by decision maker in the file: A owns file options 0 and 2, B owns 1.
 * GMCR+ regroups them to [a1, a2, b1]; with a1 & a2 infeasible the feasible decimals are
 * 0, 1, 2, 4, 5, 6 (states 1–6).
 */
const UNGROUPED: Fixture = {
  options: [
    { name: 'a1', permittedDirection: 'fwd' },
    { name: 'b1', permittedDirection: 'back' },
    { name: 'a2', permittedDirection: 'both' },
  ],
  decisionMakers: [
    {
      name: 'A',
      options: [0, 2],
      preferences: [],
      misperceptions: [
        [
          [1, 'Y'],
          [2, 'N'],
        ],
      ],
      preferenceRanking: [2, 3, 1, [4, 5], 6],
    },
    { name: 'B', options: [1], preferences: [], preferenceRanking: [[6, 5, 4, 3, 2, 1]] },
  ],
  infeasibles: [
    [
      [0, 'Y'],
      [2, 'Y'],
    ],
  ],
  useManualPreferenceRanking: true,
};

function imported(data: unknown, file = 'Test.gmcr'): Scenario {
  const result = importGmcr(JSON.stringify(data, null, 2), { file });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}

const codes = (text: string) => importGmcr(text).diagnostics.map((d) => d.code);

describe('importGmcr: model content', () => {
  it('imports Chicken: one actor per DM, options with slug ids, statements in GMCR+ priority order', () => {
    const s = imported(CHICKEN, 'models/Chicken.gmcr');
    expect(s).toMatchObject({ parley: 1, id: 'chicken', title: 'Chicken', asOf: 'unknown' });
    expect(s.summary).toMatch(
      /Imported from the GMCR\+ file Chicken\.gmcr written by gmcr-py 0\.4\.1/,
    );
    expect(s.actors).toEqual([
      { id: 'driver-1', name: 'Driver 1' },
      { id: 'driver-2', name: 'Driver 2' },
    ]);
    expect(s.options.map((o) => [o.id, o.owner, o.label, o.reversibility, o.statusQuo])).toEqual([
      ['driver-1-swerves', 'driver-1', 'Driver 1 swerves', 'both', false],
      ['driver-2-swerves', 'driver-2', 'Driver 2 swerves', 'both', false],
    ]);
    expect(s.preferences['driver-1']).toEqual({
      statements: ['driver-1-swerves | driver-2-swerves', 'driver-2-swerves', '!driver-1-swerves'],
    });
    expect(s.coalitions).toBeUndefined();
    expect(s.sources).toEqual({});
  });

  it('names the scenario "imported-gmcr" without a file name and takes asOf from the options', () => {
    const result = importGmcr(JSON.stringify(CHICKEN), { asOf: '2018-06-12' });
    expect(result.ok && [result.value.id, result.value.asOf]).toEqual([
      'imported-gmcr',
      '2018-06-12',
    ]);
  });

  it('regroups options by DM as GMCR+ does and renumbers conditions and rankings', () => {
    const s = imported(UNGROUPED);
    expect(s.options.map((o) => `${o.id}:${o.owner}:${o.reversibility}`)).toEqual([
      'a1:a:forward-only',
      'a2:a:both',
      'b1:b:backward-only',
    ]);
    expect(s.infeasible).toEqual(['a1 & a2']);
    // State numbers 1–6 are decimals 0, 1, 2, 4, 5, 6 over bits (a1, a2, b1).
    expect(s.preferences.a?.ranking).toEqual(['YNN', 'NYN', 'NNN', ['NNY', 'YNY'], 'NYY']);
    expect(s.preferences.b?.ranking).toEqual([['NYY', 'YNY', 'NNY', 'NYN', 'YNN', 'NNN']]);
    expect(s.preferences.a?.misperceived).toEqual(['b1 & !a2']);
    expect(s.preferences.a?.statements).toBeUndefined();
  });

  it('reads the legacy keys useManualPreferenceVectors and preferenceVector', () => {
    const legacy = {
      options: [{ name: 'x', permittedDirection: 'both' }],
      decisionMakers: [
        { name: 'Solo', options: [0], preferences: [[[0, 'Y']]], preferenceVector: [1, 2] },
      ],
      infeasibles: [],
      useManualPreferenceVectors: true,
    };
    expect(imported(legacy).preferences.solo).toEqual({ ranking: ['N', 'Y'] });
  });

  it("writes GMCR+'s if/iff encodings back as `q if p` and `q iff p`", () => {
    const file = structuredClone(CHICKEN);
    file.decisionMakers[0]!.preferences = [
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
            [1, 'N'],
            [0, 'Y'],
          ],
          [
            [1, 'Y'],
            [0, 'N'],
          ],
        ],
      },
    ];
    expect(imported(file).preferences['driver-1']?.statements).toEqual([
      'driver-2-swerves if driver-1-swerves',
      'driver-1-swerves iff !driver-2-swerves',
    ]);
  });

  it('keeps non-trivial coalitions, drops singletons-only ones and resets invalid ones with a warning', () => {
    const three = structuredClone(CHICKEN);
    three.decisionMakers.push({
      ...structuredClone(CHICKEN.decisionMakers[1]!),
      name: 'Police',
      options: [],
    });
    three.coalitions = [[0, 2], 1];
    expect(imported(three).coalitions).toEqual([['driver-1', 'police'], ['driver-2']]);
    three.coalitions = [[0, 2], 2];
    const result = importGmcr(JSON.stringify(three));
    expect(result.ok && result.value.coalitions).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      { code: 'gmcr-coalitions', severity: 'warning', path: 'coalitions' },
    ]);
  });

  it('makes repeated names unique, as in Garrison’s two "Full" options', () => {
    const file = structuredClone(CHICKEN);
    file.options[0]!.name = 'Full';
    file.options[1]!.name = 'Full';
    expect(imported(file).options.map((o) => o.id)).toEqual(['full', 'full-2']);
  });

  it('ignores a repeated preference as GMCR+ does and says so', () => {
    const file = structuredClone(CHICKEN);
    file.decisionMakers[0]!.preferences = [[[1, 'Y']], [[0, 'N']], [[1, 'Y']]];
    const result = importGmcr(JSON.stringify(file));
    expect(result.ok && result.value.preferences['driver-1']?.statements).toEqual([
      'driver-2-swerves',
      '!driver-1-swerves',
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['gmcr-duplicate-condition', 'decisionMakers[0].preferences[2]'],
    ]);
  });

  it('leaves out an option no DM owns, dropping the conditions that mention it', () => {
    const file = structuredClone(CHICKEN);
    file.options.push({ name: 'Orphan', permittedDirection: 'both' });
    file.infeasibles = [
      [
        [2, 'Y'],
        [0, 'Y'],
      ],
      [
        [0, 'Y'],
        [1, 'Y'],
      ],
    ];
    const result = importGmcr(JSON.stringify(file));
    expect(result.ok && result.value.options.map((o) => o.id)).toEqual([
      'driver-1-swerves',
      'driver-2-swerves',
    ]);
    expect(result.ok && result.value.infeasible).toEqual(['driver-1-swerves & driver-2-swerves']);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'gmcr-unowned-option',
      'gmcr-condition-dropped',
    ]);
  });

  it('gives a shared option to its first DM with a warning', () => {
    const file = structuredClone(CHICKEN);
    file.decisionMakers[1]!.options = [1, 0];
    const result = importGmcr(JSON.stringify(file));
    expect(result.ok && result.value.options.map((o) => o.owner)).toEqual(['driver-1', 'driver-2']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['gmcr-shared-option']);
  });

  it('reads a compound infeasible as the union of its members, with a warning', () => {
    const file = structuredClone(CHICKEN);
    file.infeasibles = [
      {
        compound: true,
        members: [
          [
            [0, 'Y'],
            [1, 'Y'],
          ],
          [
            [0, 'N'],
            [1, 'N'],
          ],
        ],
      },
    ];
    const result = importGmcr(JSON.stringify(file));
    expect(result.ok && result.value.infeasible).toEqual(['driver-2-swerves iff driver-1-swerves']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['gmcr-compound-condition']);
  });
});

describe('importGmcr: problems are diagnostics with line:col, never exceptions', () => {
  it('reports a JSON syntax error at its position', () => {
    const result = importGmcr(
      '{\n  "options": [\n    {"name": "x",, "permittedDirection": "both"}\n  ]\n}',
      { file: 'bad.gmcr' },
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'gmcr-syntax',
      severity: 'error',
      file: 'bad.gmcr',
      line: 3,
    });
  });

  it('reports a bad option index at the index itself', () => {
    const text = [
      '{"options": [{"name": "x", "permittedDirection": "both"}],',
      ' "decisionMakers": [{"name": "D", "options": [0],',
      '   "preferences": [[[3, "Y"]]]}],',
      ' "infeasibles": [], "useManualPreferenceRanking": false}',
    ].join('\n');
    const result = importGmcr(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([
      {
        code: 'gmcr-option-index',
        path: 'decisionMakers[0].preferences[0][0][0]',
        line: 3,
        col: 22,
      },
    ]);
  });

  it('reports an unknown direction, a bad literal, a wrong type and a missing key together', () => {
    const again = structuredClone(CHICKEN);
    again.options[0]!.permittedDirection = 'sideways';
    again.decisionMakers[1]!.preferences = [[[0, 'maybe']]];
    again.decisionMakers[0]!.options = 'all';
    expect(codes(JSON.stringify(again))).toEqual(['gmcr-direction', 'gmcr-type', 'gmcr-literal']);
    const { decisionMakers: _dms, ...noDms } = CHICKEN;
    expect(codes(JSON.stringify(noDms))).toEqual(['gmcr-missing-key']);
  });

  it('rejects a ranking that misses a state or ranks one twice', () => {
    const file = structuredClone(UNGROUPED);
    file.decisionMakers[0]!.preferenceRanking = [2, 3, 1, [4, 2], 7];
    const result = importGmcr(JSON.stringify(file, null, 1));
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['gmcr-ranking-duplicate', 'decisionMakers[0].preferenceRanking[3][1]'],
      ['gmcr-ranking-state', 'decisionMakers[0].preferenceRanking[4]'],
      ['gmcr-ranking-incomplete', 'decisionMakers[0].preferenceRanking'],
    ]);
    expect(result.diagnostics.every((d) => d.line !== undefined && d.col !== undefined)).toBe(true);
  });

  it('requires a ranking from every DM in manual mode', () => {
    const file = structuredClone(UNGROUPED);
    delete file.decisionMakers[1]!.preferenceRanking;
    expect(codes(JSON.stringify(file))).toEqual(['gmcr-ranking-missing']);
  });

  it('rejects infeasibles that remove every state', () => {
    const file = structuredClone(CHICKEN);
    file.infeasibles = [[[0, 'Y']], [[0, 'N']]];
    expect(codes(JSON.stringify(file))).toEqual(['gmcr-no-feasible-states']);
    file.infeasibles = [[]];
    expect(codes(JSON.stringify(file))).toEqual(['gmcr-empty-condition']);
  });

  it('warns about unknown keys and reads a file without infeasibles or manual flag', () => {
    const file = structuredClone(CHICKEN);
    delete file.infeasibles;
    delete file.useManualPreferenceRanking;
    file.colour = 'blue';
    const result = importGmcr(JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['gmcr-unknown-key', 'warning'],
      ['gmcr-missing-key', 'warning'],
      ['gmcr-missing-key', 'warning'],
    ]);
  });

  it('rejects non-object documents and empty text', () => {
    expect(codes('[1, 2, 3]')).toEqual(['gmcr-type']);
    expect(codes('')).toEqual(['gmcr-syntax']);
    expect(codes('"just a string"')).toEqual(['gmcr-type']);
  });
});
