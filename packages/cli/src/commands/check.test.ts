import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../io.ts';
import { BROKEN_YAML, PD_GMCR, PD_YAML, UNKNOWN_OWNER_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

describe('parley check', () => {
  const files = tempFiles({
    'pd.yaml': PD_YAML,
    'pd.gmcr': PD_GMCR,
    'broken.yaml': BROKEN_YAML,
    'owner.yaml': UNKNOWN_OWNER_YAML,
  });

  it('prints one ✓ line per valid file with what it contains, and exits 0', async () => {
    const r = await runCli(['check', files['pd.yaml']!, files['pd.gmcr']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `✓ ${files['pd.yaml']}: valid — 2 actors, 0 issues, 2 options, 4 feasible states\n` +
        `✓ ${files['pd.gmcr']}: valid — 2 actors, 0 issues, 2 options, 4 feasible states\n`,
    );
  });

  it('prints every problem as × message / → at path (file:line:col) and exits 1', async () => {
    const r = await runCli(['check', files['broken.yaml']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^× .*capabilty/m);
    expect(r.stderr).toMatch(
      new RegExp(
        `→ at actors\\[0\\]\\.capabilty \\(${files['broken.yaml']!.replace(/[.\\]/g, '\\$&')}:8:\\d+\\)`,
      ),
    );
    expect(r.stderr).toContain('hint: did you mean `capability`?');
    expect(r.stderr).toMatch(
      new RegExp(`× ${files['broken.yaml']!.replace(/[.\\]/g, '\\$&')}: \\d+ errors?\\n$`),
    );
  });

  it('prints warnings too, and counts them in the summary', async () => {
    const r = await runCli(['check', files['owner.yaml']!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^! actor `a` owns no option/m);
    expect(r.stderr).toMatch(/^× unknown actor `nobody` as option owner$/m);
    expect(r.stderr).toMatch(/: 1 error, 1 warning\n$/);
  });

  it('checks every file even when one fails', async () => {
    const r = await runCli(['check', files['broken.yaml']!, files['pd.yaml']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✓ ${files['pd.yaml']}: valid`);
  });

  it('says a directory, a binary file or an oversized file cannot be read (exit 1)', async () => {
    const dir = await runCli(['check', files.dir]);
    expect(dir.stderr).toContain(`× ${files.dir} is a directory`);
    const binary = tempFiles({ 'model.gmcr': '\u007fELF\u0002\u0001\u0000\u0000{"a": 1}' });
    const bin = await runCli(['check', binary['model.gmcr']!]);
    expect(bin.stderr).toContain(`× ${binary['model.gmcr']} is not a text file`);
    expect(bin.stderr).not.toContain('ELF');
    const big = tempFiles({ 'big.yaml': `summary: ${'x'.repeat(MAX_INPUT_BYTES)}\n` });
    const huge = await runCli(['check', big['big.yaml']!]);
    expect(huge.stderr).toContain('Parley reads inputs up to 10 MB');
    for (const r of [dir, bin, huge]) expect(r.code).toBe(1);
  });

  it('lists at most ten syntax errors of a garbled file, then says how many more', async () => {
    const garbled = tempFiles({ 'garbled.json': '{"a": 1 "b"}\n'.repeat(40) });
    const r = await runCli(['check', garbled['garbled.json']!]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/^× /gm)).toHaveLength(12); // ten, the summary, the count line
    expect(r.stderr).toMatch(/^× … and \d+ more syntax errors/m);
  });

  it('reports a missing file as an input problem (exit 1), not a crash', async () => {
    const r = await runCli(['check', 'no/such/file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('× file not found: no/such/file.yaml');
  });
});
