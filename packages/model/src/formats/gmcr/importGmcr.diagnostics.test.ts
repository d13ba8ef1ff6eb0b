import { describe, expect, it } from 'vitest';
import { importGmcr } from './importGmcr.ts';
import { CHICKEN, UNGROUPED } from './testFixtures.ts';

const codes = (text: string) => importGmcr(text).diagnostics.map((d) => d.code);

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
