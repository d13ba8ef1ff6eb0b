import { describe, expect, it } from 'vitest';
import { compare } from '@parley/engines';
import { ScenarioSchema } from '@parley/model';
import { layoutSection } from '../layout/layoutSection.ts';
import { renderHtml } from '../render/renderHtml.ts';
import { renderText } from '../render/renderText.ts';
import { comparisonSection } from './comparisonSection.ts';
import { leadPair } from './negotiationChart.ts';
import { negotiationSection } from './negotiationSections.ts';

// Three parties trade two issues; Dee leads the talks (a role), and an architecture seats Cal.
const scenario = ScenarioSchema.parse({
  parley: 1,
  id: 'talks',
  title: 'Talks',
  asOf: '2020',
  actors: [
    { id: 'abe', name: 'Abe' },
    { id: 'cal', name: 'Cal' },
    { id: 'dee', name: 'Dee' },
  ],
  issues: ['x', 'y'].map((id, k) => ({
    id,
    name: `Issue ${id}`,
    scale: { low: 'none', high: 'all' },
    statusQuo: 0,
    positions: {
      abe: { position: k === 0 ? 0 : 100, salience: 60 },
      cal: { position: 50, salience: 50 },
      dee: { position: k === 0 ? 100 : 0, salience: 60 },
    },
  })),
  tracks: [{ id: 'main', name: 'Main talks', issues: ['x', 'y'], parties: ['abe', 'dee'] }],
  roles: { dee: [{ role: 'lead', track: 'main' }] },
  architectures: [
    {
      id: 'wide',
      name: 'Cal seated',
      changes: { tracks: { modify: { main: { addParties: ['cal'] } } } },
    },
  ],
});
const result = compare.compareArchitectures(scenario, { runs: 20, steps: 5 });

describe('the Negotiation section', () => {
  const section = negotiationSection(scenario, result);
  const table = section.tables[0]!;

  it('shows the baseline’s tables with the benchmarks over the reservation values', () => {
    expect(section.architecture).toBe('As written');
    expect(table.parties.map((p) => p.id)).toEqual(['abe', 'dee']);
    expect(table.benchmarks.map((b) => b.name)).toEqual([
      'Nash',
      'Kalai–Smorodinsky',
      'Egalitarian',
      'Max welfare',
    ]);
    expect(table.outcomes).toBe(25);
    expect(table.simulated.runs).toBe(20);
  });

  it('charts two parties directly, on the frontier of what they can get', () => {
    expect(table.chart.projected).toBe(false);
    expect(table.chart.parties).toEqual(['Abe', 'Dee']);
    // The frontier runs from Dee's best to Abe's best, x ascending.
    const xs = table.chart.frontier.map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(table.chart.frontier.at(-1)![0]).toBe(1);
  });

  it('projects a larger table on its lead party first, then the others as listed', () => {
    const wide = compare.negotiationUnits(
      { ...scenario, tracks: [{ ...scenario.tracks![0]!, parties: ['cal', 'abe', 'dee'] }] },
      { steps: 5 },
    ).units[0]!;
    // Seats: cal, abe, dee. Dee leads; Cal is listed first: the pair is (cal, dee), seat order.
    expect(leadPair(scenario, wide)).toEqual([0, 2]);
  });
});

describe('the Comparison section', () => {
  const section = comparisonSection(result);

  it('lays out the side-by-side table, gains and losses, the summary and the caveats', () => {
    const blocks = layoutSection(section);
    const tables = blocks.filter((b) => b.type === 'table');
    expect(tables[0]!.type === 'table' && tables[0]!.head).toEqual(['', 'baseline', 'wide']);
    const lists = blocks.filter((b) => b.type === 'list');
    expect(lists).toHaveLength(2);
    expect(lists[0]!.type === 'list' && lists[0]!.items).toEqual(result.summary);
  });

  it('renders as text within 100 columns and as HTML with the frontier chart', () => {
    const report = {
      title: 'Talks',
      generator: 'test',
      sections: [negotiationSection(scenario, result), section],
    };
    const text = renderText(report, { width: 100 });
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(text).toContain(
      'Chart in the HTML report: Pareto frontier of Abe and Dee at Main talks',
    );
    const html = renderHtml(report);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="comparison-h">Architectures compared</h2>');
  });
});
