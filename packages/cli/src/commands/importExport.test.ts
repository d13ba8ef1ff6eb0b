import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PD_GMCR, PD_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

const files = tempFiles({ 'pd.yaml': PD_YAML, 'pd.gmcr': PD_GMCR });

describe('parley import', () => {
  it('turns a .gmcr file into a commented YAML scenario that checks clean', async () => {
    const r = await runCli(['import', files['pd.gmcr']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Imported from pd\.gmcr \(GMCR\+ \.gmcr\) by parley /);
    const scenario = parse(r.stdout) as { parley: number; options: { label: string }[] };
    expect(scenario.parley).toBe(1);
    expect(scenario.options.map((o) => o.label)).toEqual([
      'Prisoner 1 confesses',
      'Prisoner 2 confesses',
    ]);
    const out = join(files.dir, 'imported.yaml');
    expect((await runCli(['import', files['pd.gmcr']!, '-o', out])).code).toBe(0);
    expect((await runCli(['check', out])).code).toBe(0);
  });

  it('reports a broken .gmcr file as diagnostics (exit 1)', async () => {
    const bad = tempFiles({ 'bad.gmcr': '{"options": [' });
    const r = await runCli(['import', bad['bad.gmcr']!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^× /);
  });

  it('says a Parley scenario needs no import, instead of listing its keys as unknown', async () => {
    const r = await runCli(['import', files['pd.yaml']!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a Parley scenario already, not a GMCR+ file');
    expect(r.stderr).toContain('--to gmcr');
    expect(r.stderr).not.toContain('unknown key');
  });
});

describe('parley export', () => {
  it('writes a GMCR+ file that imports back to the same equilibria', async () => {
    const out = join(files.dir, 'exported.gmcr');
    const r = await runCli(['export', files['pd.yaml']!, '--to', 'gmcr', '-o', out]);
    expect(r.code).toBe(0);
    const gmcr = JSON.parse(readFileSync(out, 'utf8')) as { decisionMakers: { name: string }[] };
    expect(gmcr.decisionMakers.map((d) => d.name)).toEqual(['Prisoner 1', 'Prisoner 2']);
    const analysed = await runCli(['gmcr', 'analyze', out, '--json']);
    expect((JSON.parse(analysed.stdout) as { equilibria: unknown }).equilibria).toEqual({
      nash: [4],
      gmr: [1, 4],
      smr: [1, 4],
      seq: [1, 4],
      sim: [1, 4],
    });
  });

  it('an unknown or missing target is a usage error', async () => {
    const unknown = await runCli(['export', files['pd.yaml']!, '--to', 'genius']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('hint: use --to gmcr | yaml | json');
    expect((await runCli(['export', files['pd.yaml']!])).code).toBe(2);
  });
});

describe('parley schema', () => {
  it('prints a JSON Schema of the scenario format', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties?: Record<string, unknown> };
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['parley', 'actors', 'options']),
    );
  });
});
