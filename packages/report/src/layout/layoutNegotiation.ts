/**
 * Layout of the Negotiation section: how the tables were simulated, then per table who sits
 * there and how it decides, the benchmarks beside what the simulations agreed, and the Pareto
 * frontier chart (HTML) with the same numbers in the table above it.
 */
import { formatNumber } from '../build/provenance.ts';
import type { NegotiationSection, NegotiationTable } from '../negotiationReport.ts';
import type { Block, CellInput, ScatterBlock } from './blocks.ts';
import { benchmarkMarkers } from './benchmarkMarkers.ts';

const pct = (x: number): string => `${Math.round(100 * x)}%`;
const utility = (u: number): string => u.toFixed(2);
const scale = (v: number | null): string => (v === null ? '—' : formatNumber(Math.round(v)));

const MECHANISMS: Record<string, string> = {
  sao: 'stacked alternating offers',
  snt: 'mediated single negotiating text',
  mcp: 'monotonic concession (Zeuthen)',
};

export function layoutNegotiation(s: NegotiationSection): Block[] {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `The tables of the baseline (“${s.architecture}”), simulated ${s.settings.runs} times (seed ${s.settings.seed}) under ` +
        `${s.settings.strategies.join(', ')} strategies, each actor drawing one per run, with a deadline of ` +
        `${s.settings.rounds} rounds. Utilities run from 0 to 1: the salience-weighted closeness of an outcome ` +
        'to the party’s positions. Benchmarks are computed over the parties’ reservation values (no agreement), ' +
        'so they lie in the zone of possible agreement.',
    },
  ];
  if (s.tables.length === 0)
    blocks.push({ type: 'paragraph', text: 'No table negotiates an issue.' });
  for (const table of s.tables) blocks.push(...tableBlocks(table));
  if (s.skipped.length > 0)
    blocks.push({
      type: 'note',
      text: `Not simulated: ${s.skipped.map((x) => `${x.track} (${x.reason})`).join('; ')}.`,
    });
  return blocks;
}

function tableBlocks(t: NegotiationTable): Block[] {
  const sim = t.simulated;
  const facts = [
    {
      term: 'Parties',
      detail: t.parties.map((p) => `${p.name} (reservation ${utility(p.reservation)})`).join(', '),
    },
    { term: 'Decision rule', detail: t.rule },
    { term: 'Protocol', detail: protocol(t) },
    {
      term: 'Outcomes',
      detail: `${t.outcomes.toLocaleString('en-US')} (${t.steps} values per issue); ${t.zopa.toLocaleString('en-US')} in the zone of possible agreement`,
    },
  ];
  const result =
    `Simulated: the table met in ${pct(sim.convened)} of runs and agreed in ${pct(sim.agreement)}` +
    (sim.blocked > 0
      ? `; ${pct(sim.blocked)} were blocked by ${sim.blockers.map((b) => b.actor).join(', ')}`
      : '') +
    `; carried out in ${pct(sim.implemented)}.` +
    (sim.meanRounds !== null
      ? ` Agreements took ${formatNumber(Math.round(sim.meanRounds * 10) / 10)} rounds on average.`
      : '') +
    (sim.meanNashDistance !== null
      ? ` Mean distance from the Nash point: ${utility(sim.meanNashDistance)}.`
      : '');
  return [
    { type: 'heading', text: t.name },
    { type: 'definitions', items: facts },
    benchmarkTable(t),
    { type: 'paragraph', text: result },
    chart(t),
  ];
}

function protocol(t: NegotiationTable): string {
  const name = MECHANISMS[t.mechanism] ?? t.mechanism;
  if (!t.mediator) return name;
  return t.mechanism === 'snt'
    ? `${name}, mediator ${t.mediator}`
    : `${name} (the mediator, ${t.mediator}, takes no part in this protocol)`;
}

function benchmarkTable(t: NegotiationTable): Block {
  const rows: CellInput[][] = t.benchmarks.map((b) => [
    { text: b.name, tone: 'strong' },
    ...b.outcome.map((v) => scale(v)),
    ...b.utilities.map(utility),
  ]);
  const sim = t.simulated;
  if (sim.agreement > 0)
    rows.push([
      { text: 'Simulated, mean', tone: 'accent' },
      ...sim.meanAgreement.map(scale),
      ...t.parties.map(() => ''),
    ]);
  for (const c of sim.common)
    rows.push([
      { text: `Simulated, ${c.count} runs`, tone: 'muted' },
      ...c.outcome.map((v) => scale(v)),
      ...c.utilities.map(utility),
    ]);
  return {
    type: 'table',
    caption:
      'Benchmarks and simulated agreements: the outcome on each issue’s scale, then each party’s utility ' +
      `(issues: ${t.issues.map((i) => `${i.id} = ${i.name}`).join('; ')})`,
    head: ['', ...t.issues.map((i) => i.id), ...t.parties.map((p) => `u ${p.id}`)],
    rows,
    align: [
      'left',
      ...t.issues.map(() => 'right' as const),
      ...t.parties.map(() => 'right' as const),
    ],
  };
}

function chart(t: NegotiationTable): ScatterBlock {
  const c = t.chart;
  const [xName, yName] = c.parties;
  return {
    type: 'scatter',
    caption:
      `Pareto frontier of ${xName} and ${yName} at ${t.name}` +
      (c.projected
        ? ` — projected: the best the two can get together, whatever the ${t.parties.length - 2} other parties get`
        : '') +
      '; benchmarks and simulated agreements (circle size: how many runs).',
    x: { label: `utility of ${xName}`, min: 0, max: 1 },
    y: { label: `utility of ${yName}`, min: 0, max: 1 },
    series: [
      { name: 'Pareto frontier', kind: 'line', points: c.frontier.map(([x, y]) => ({ x, y })) },
      {
        name: 'Reservation values',
        kind: 'reference',
        points: [{ x: c.reservation[0], y: c.reservation[1] }],
      },
      {
        name: 'Simulated agreements',
        kind: 'dots',
        points: c.agreements.map((a) => ({ x: a.point[0], y: a.point[1], weight: a.count })),
      },
      {
        name: 'Benchmarks',
        kind: 'markers',
        points: benchmarkMarkers(c.benchmarks),
      },
    ],
  };
}
