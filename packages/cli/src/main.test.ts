import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PD_YAML } from './testing/fixtures.ts';
import { tempFiles } from './testing/runCli.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the real `parley` process (source, through tsx) the way a shell would. */
function parley(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the parley process (end to end)', () => {
  const files = tempFiles({ 'pd.yaml': PD_YAML, 'bad.yaml': 'parley: 1\nid: [\n' });

  it('exits 0 / 1 / 2 for ok / input problems / usage errors, data on stdout only', () => {
    const ok = parley('check', files['pd.yaml']!);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('valid');

    const input = parley('check', files['bad.yaml']!);
    expect(input.code).toBe(1);
    expect(input.stdout).toBe('');
    expect(input.stderr).toMatch(/^× /m);

    const usage = parley('gmcr', 'analyze', files['pd.yaml']!, '--concepts', 'nope');
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain('hint: concepts are');
  });
});
