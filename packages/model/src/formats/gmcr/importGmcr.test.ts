import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseScenario } from '../../scenario/parseScenario.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { importGmcr } from './importGmcr.ts';
import { CHICKEN, UNGROUPED } from './testFixtures.ts';

function imported(data: unknown, file = 'Test.gmcr'): Scenario {
  const result = importGmcr(JSON.stringify(data, null, 2), { file });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}

describe('importGmcr: model content', () => {
  it('produces scenarios that pass parseScenario (serialised as YAML and read back)', () => {
    for (const fixture of [CHICKEN, UNGROUPED]) {
      const reparsed = parseScenario(stringify(imported(fixture)), { file: 'imported.yaml' });
      expect(reparsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(reparsed.ok).toBe(true);
    }
  });

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

  it('sets the status quo to GMCR+ state 1 when "no option taken" is infeasible, with a warning', () => {
    const file = structuredClone(CHICKEN);
    file.infeasibles = [
      [
        [0, 'N'],
        [1, 'N'],
      ],
    ];
    const result = importGmcr(JSON.stringify(file));
    // Feasible decimals 1 (YN), 2 (NY), 3 (YY): state 1 is YN.
    expect(result.ok && result.value.options.map((o) => o.statusQuo)).toEqual([true, false]);
    expect(result.diagnostics).toMatchObject([{ code: 'gmcr-status-quo', severity: 'warning' }]);
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
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'gmcr-compound-condition',
      'gmcr-status-quo',
    ]);
  });
});
