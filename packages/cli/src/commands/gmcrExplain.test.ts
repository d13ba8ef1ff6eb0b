import { describe, expect, it } from 'vitest';
import { PD_GMCR, PD_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

const files = tempFiles({ 'pd.yaml': PD_YAML, 'pd.gmcr': PD_GMCR });

describe('parley gmcr explain', () => {
  it('explains why mutual silence is SEQ-stable for Prisoner 1: the other confesses in reply', async () => {
    const r = await runCli(['gmcr', 'explain', files['pd.yaml']!, '1', 'p1', 'seq']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^State 1 \(NN\) — stable\n/);
    expect(r.stdout).toContain('SEQ-stable for Prisoner 1');
    expect(r.stdout).toMatch(/• Prisoner 1 could move to state 2/);
    expect(r.stdout).toContain('state 4');
  });

  it('says mutual silence is not Nash-stable, naming the improvement', async () => {
    const r = await runCli(['gmcr', 'explain', files['pd.yaml']!, 'NN', 'Prisoner 1', 'nash']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^State 1 \(NN\) — not stable\n/);
    expect(r.stdout).toContain('state 2');
  });

  it('accepts a decision-maker name from a .gmcr file and the limited concept', async () => {
    const r = await runCli([
      'gmcr',
      'explain',
      files['pd.gmcr']!,
      '4',
      'Prisoner 2',
      'limited',
      '--horizon',
      '2',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('L2');
  });

  it('--json gives the state id, the decision maker and the verdict', async () => {
    const r = await runCli(['gmcr', 'explain', files['pd.yaml']!, '4', 'p2', 'gmr', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      state: 4,
      yn: 'YY',
      decisionMaker: 'Prisoner 2',
      concept: 'gmr',
      stable: true,
    });
  });

  it('explains for a coalition by its name', async () => {
    const r = await runCli([
      'gmcr',
      'explain',
      files['pd.yaml']!,
      '4',
      'Prisoner 1 + Prisoner 2',
      'nash',
      '--coalitions',
      'p1+p2',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('not stable');
  });

  it('explains for a coalition written as in --coalitions, members in any order', async () => {
    const args = ['gmcr', 'explain', files['pd.yaml']!, '4', 'p2+p1', 'nash'];
    const r = await runCli([...args, '--coalitions', 'p1+p2', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ decisionMaker: 'Prisoner 1 + Prisoner 2' });
  });

  it.each([
    [['0', 'p1', 'nash'], /state 0 does not exist/],
    [['1', 'p3', 'nash'], /unknown decision maker "p3"/],
    [['1', 'p1', 'nsh'], /unknown concept "nsh"/],
    [['NNY', 'p1', 'nash'], /bad state "NNY"/],
  ])('rejects %j with a usage error (exit 2)', async (args, message) => {
    const r = await runCli(['gmcr', 'explain', files['pd.yaml']!, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('hint: ');
  });
});
