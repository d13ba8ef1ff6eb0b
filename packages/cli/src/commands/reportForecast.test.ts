import { describe, expect, it } from 'vitest';
import { FORECAST_YAML } from '../testing/forecastFixtures.ts';
import { PD_YAML } from '../testing/fixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

const files = tempFiles({ 'harbour.yaml': FORECAST_YAML, 'pd.yaml': PD_YAML });

describe('parley report: forecasts', () => {
  it('adds a Forecasts section after the issues, with the baselines, BDM and SMP', async () => {
    const r = await runCli(['report', files['harbour.yaml']!, '-q']);
    expect(r.code).toBe(0);
    const sections = [...r.stdout.matchAll(/^── (.+?) ─/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Overview', 'Actors', 'Issues', 'Forecasts', 'Sources']);
    expect(r.stdout).toMatch(/^Issue +Mean +Cap\. mean +Median +BDM +SMP$/m);
    expect(r.stdout).not.toContain('MC median');
  });

  it('adds the Monte Carlo spread with --runs, and inline SVG charts in HTML', async () => {
    const r = await runCli(['report', files['harbour.yaml']!, '--runs', '40', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Monte Carlo: 40 runs (seed 1)');
    expect(r.stdout).toContain('<th scope="col" class="a-right">MC median</th>');
    expect(r.stdout.match(/<svg /g)).toHaveLength(4); // BDM and SMP on two issues
  });

  it('has no Forecasts section when the scenario has no issues', async () => {
    const r = await runCli(['report', files['pd.yaml']!, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('── Forecasts');
  });
});
