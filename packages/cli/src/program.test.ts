import { describe, expect, it } from 'vitest';
import { runCli } from './testing/runCli.ts';
import { VERSION } from './version.ts';

describe('parley (global behaviour)', () => {
  it('--version prints the package version and exits 0', async () => {
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('--help lists every command with examples and the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['check', 'gmcr', 'report', 'import', 'export', 'schema']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes: 0 ok, 1 problems in an input file, 2 usage error');
  });

  it('each command has --help with real examples', async () => {
    for (const argv of [
      ['check'],
      ['gmcr', 'analyze'],
      ['gmcr', 'explain'],
      ['report'],
      ['import'],
      ['export'],
      ['schema'],
    ]) {
      const r = await runCli([...argv, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ parley /);
    }
  });

  it('an unknown command is a usage error (exit 2) with a suggestion on stderr', async () => {
    const r = await runCli(['chek', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("error: unknown command 'chek'");
    expect(r.stderr).toContain('Did you mean check?');
    expect(r.stderr).toContain('add --help');
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    const r = await runCli(['report', 'x.yaml', '--fromat', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--fromat'");
    expect(r.stderr).toContain('Did you mean --format?');
  });

  it('a missing argument is a usage error (exit 2)', async () => {
    const r = await runCli(['gmcr', 'explain', 'x.yaml', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'actor'");
  });

  it('no command at all shows the help on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: parley');
  });
});
