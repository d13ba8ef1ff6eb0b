import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PD_GMCR, PD_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

const files = tempFiles({ 'pd.yaml': PD_YAML, 'pd.gmcr': PD_GMCR });

describe('parley report', () => {
  it('prints the full text report: overview to sources', async () => {
    const r = await runCli(['report', files['pd.yaml']!]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("Prisoner's Dilemma\n")).toBe(true);
    for (const title of [
      'Overview',
      'Actors',
      'Graph model',
      'Option-form table',
      'Equilibria',
      'Sources',
    ]) {
      expect(r.stdout).toContain(`── ${title} `);
    }
    // Provenance markers: judgement † and [source-id].
    expect(r.stdout).toMatch(/Prisoner 1\s+50†/);
    expect(r.stdout).toMatch(/Prisoner 2\s+50 \[rc-1965\]/);
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });

  it('writes HTML to a file, choosing the format from the extension', async () => {
    const out = join(files.dir, 'pd.html');
    const r = await runCli(['report', files['pd.yaml']!, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Prisoner&#39;s Dilemma</title>');
  });

  it('--format md and --format json', async () => {
    const md = await runCli(['report', files['pd.gmcr']!, '--format', 'md']);
    expect(md.stdout).toMatch(/^# /);
    const json = await runCli(['report', files['pd.yaml']!, '--format', 'json']);
    const report = JSON.parse(json.stdout) as { sections: { kind: string }[] };
    expect(report.sections.map((s) => s.kind)).toEqual([
      'overview',
      'actors',
      'gmcr-model',
      'gmcr-table',
      'gmcr-equilibria',
      'gmcr-status-quo',
      'gmcr-explanations',
      'games',
      'sources',
    ]);
  });

  it('colours only a terminal, and never with --no-color or NO_COLOR', async () => {
    expect((await runCli(['report', files['pd.yaml']!], { tty: true })).stdout).toContain(
      '\u001b[',
    );
    expect(
      (await runCli(['report', files['pd.yaml']!, '--no-color'], { tty: true })).stdout,
    ).not.toContain('\u001b[');
    expect(
      (await runCli(['report', files['pd.yaml']!], { tty: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b[');
    expect((await runCli(['report', files['pd.yaml']!])).stdout).not.toContain('\u001b[');
  });

  it('an unknown format is a usage error with the list of formats', async () => {
    const r = await runCli(['report', files['pd.yaml']!, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: unknown format "pdf"\nhint: formats are text, md, html, json\n');
  });
});
