import { describe, expect, it } from 'vitest';
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

  it('reports a missing file as an input problem (exit 1), not a crash', async () => {
    const r = await runCli(['check', 'no/such/file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('× file not found: no/such/file.yaml');
  });
});
