import { describe, expect, it } from 'vitest';
import { readGmcrFile } from './readGmcrFile.ts';

const base = (extra: string) =>
  `{"options": [{"name": "x", "permittedDirection": "both"}],
    "decisionMakers": [{"name": "A", "options": [0], "preferences": []},
                       {"name": "B", "options": [], "preferences": []}],
    "infeasibles": [], "useManualPreferenceRanking": false${extra}}`;

describe('readGmcrFile', () => {
  it('reads a partition of the decision makers', () => {
    expect(readGmcrFile(base(', "coalitions": [[1, 0]]')).gmcr?.coalitions).toEqual([[1, 0]]);
  });

  it.each([
    ['[0]', 'not every decision maker is in a coalition'],
    ['[0, [1, 0]]', 'decision maker 0 appears twice'],
    ['[0, 5]', 'there is no decision maker 5'],
    ['[0, "1"]', '"1" is not a DM index'],
    ['{"a": 1}', 'expected a list'],
  ])('resets coalitions %s to singletons with a warning (%s)', (coalitions, why) => {
    const read = readGmcrFile(base(`, "coalitions": ${coalitions}`));
    expect(read.gmcr?.coalitions).toBeUndefined();
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({
      code: 'gmcr-coalitions',
      severity: 'warning',
      line: 4,
    });
    expect(read.diagnostics[0]?.message).toContain(why);
  });

  it('quietly ignores what GMCR+ writes for its own tools (payoffs, coalitionsFull, nodes)', () => {
    const text = base(', "coalitionsFull": [], "nodes": []').replace(
      '"options": [0],',
      '"options": [0], "payoffs": [1, 2],',
    );
    expect(readGmcrFile(text).diagnostics).toEqual([]);
  });

  it('locates visited paths for later diagnostics', () => {
    const read = readGmcrFile(base(''));
    expect(read.locate('decisionMakers[1].options')).toEqual({ line: 3, col: 49 });
    expect(read.locate('nowhere')).toBeUndefined();
  });
});
