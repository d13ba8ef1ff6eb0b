import { forecast } from '@parley/engines';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../render/renderHtml.ts';
import { renderMarkdown } from '../render/renderMarkdown.ts';
import { renderText } from '../render/renderText.ts';
import { forecastRuns, forecastScenario } from '../testing/forecastScenario.ts';
import { buildScenarioReport } from './buildReport.ts';
import { forecastSection } from './forecastSections.ts';

const scenario = forecastScenario();

describe('forecastSection', () => {
  const runs = forecastRuns(scenario);
  const section = forecastSection(scenario, runs);

  it('has one entry per issue with every model, in the order the models ran', () => {
    expect(section.issues.map((i) => i.id)).toEqual(['relief', 'steps', 'talks']);
    expect(section.models.map((m) => m.short)).toEqual(['Mean', 'Median', 'BDM', 'SMP']);
    expect(section.models.find((m) => m.model === 'bdm')!.name).toBe(
      'BDM expected utility (paper)',
    );
    for (const issue of section.issues)
      expect(issue.forecasts.map((f) => f.model)).toEqual(['mean', 'median', 'bdm', 'smp']);
  });

  it('takes each forecast from the engine result of that model', () => {
    runs.results.forEach((r, m) =>
      section.issues.forEach((issue, d) => expect(issue.forecasts[m]!.value).toBe(r.forecast[d])),
    );
  });

  it('keeps the issue scale with its labelled ends and names the linked issue', () => {
    const [relief, , talks] = section.issues;
    expect(relief!.scale).toEqual({ min: 0, max: 100, low: 'none lifted', high: 'all lifted' });
    expect(relief!.linkedWith).toEqual(['Denuclearization steps']);
    expect(talks!.linkedWith).toEqual([]);
    expect(talks!.scale.max).toBe(10);
  });

  it('gives the simulations a trajectory starting at the input positions', () => {
    const talks = section.issues[2]!;
    expect(talks.trajectories.map((t) => t.model)).toEqual(['bdm', 'smp']);
    const bdm = talks.trajectories[0]!;
    expect(bdm.actors.map((a) => a.actor)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(bdm.actors.map((a) => a.values[0])).toEqual([2, 4, 9, 8]);
    expect(bdm.actors[0]!.values).toHaveLength(bdm.rounds + 1);
    expect(bdm.median).toHaveLength(bdm.rounds + 1);
  });

  it('explains the movers with BDM audit records', () => {
    const movers = section.issues.flatMap((i) => i.movers);
    expect(movers.length).toBeGreaterThan(0);
    for (const m of movers) expect(m.text).toMatch(/^\S.* moved .*\(region: \w+\)\.$/);
  });

  it('carries the Monte Carlo spread and the most sensitive actor when the results have one', () => {
    const input = forecast.forecastInputFromScenario(scenario);
    const mc = forecast.monteCarlo(input, { model: 'bdm', runs: 60, seed: 2 });
    const s = forecastSection(scenario, {
      input,
      results: [mc],
      monteCarlo: { runs: 60, seed: 2 },
    });
    const spread = s.issues[0]!.forecasts[0]!.distribution!;
    expect(spread.runs).toBe(60);
    expect(spread.histogram.counts.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Object.keys(spread.quantiles)).toContain('0.95');
    expect(s.monteCarlo).toEqual({ runs: 60, seed: 2 });
  });
});

describe('the Forecasts section in a report', () => {
  const report = buildScenarioReport(scenario, { forecasts: forecastRuns(scenario) });

  it('follows the Issues section', () => {
    expect(report.sections.map((s) => s.kind)).toEqual([
      'overview',
      'actors',
      'issues',
      'forecast',
      'sources',
    ]);
  });

  it('renders as text within 100 columns, with sparkline charts', () => {
    const text = renderText(report, { width: 100 });
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(text).toContain('── Forecasts ──');
    expect(text).toMatch(/^Alpha +2 [▁▂▃▄▅▆▇█]+ \d+$/m);
  });

  it('renders as Markdown with the charts in code blocks', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('## Forecasts');
    expect(md.match(/```text/g)).toHaveLength(6); // two simulations × three issues
  });

  it('renders as self-contained HTML with an inline SVG chart per trajectory', () => {
    const html = renderHtml(report);
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html.match(/<\/svg>/g)).toHaveLength(6);
    expect(html).not.toMatch(/<script|<link /);
  });

  it('is left out when no forecasts are given', () => {
    expect(buildScenarioReport(scenario).sections.some((s) => s.kind === 'forecast')).toBe(false);
  });
});
