/**
 * Layout of the Comparison section: the architectures side by side (negotiation, forecast,
 * graph model), who gains and who loses against the baseline, each architecture's tables, the
 * implementation-veto check, then the plain-language summary and the caveats.
 */
import type { compare } from '@parley/engines';
import { formatNumber } from '../build/provenance.ts';
import type { ComparisonSection } from '../negotiationReport.ts';
import type { Block, CellInput, TableBlock } from './blocks.ts';

type Result = compare.ComparisonResult;
type Arch = compare.ArchitectureResult;

const pct = (x: number): string => `${Math.round(100 * x)}%`;
const scale = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : formatNumber(Math.round(v));
const signed = (x: number): string =>
  Math.abs(x) < 0.005 ? '0.00' : `${x > 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
const decimal = (x: number | null, digits: number): string =>
  x === null ? '—' : formatNumber(Math.round(x * 10 ** digits) / 10 ** digits);

export function layoutComparison(s: ComparisonSection): Block[] {
  const r = s.comparison;
  return [
    intro(r),
    sideBySide(r),
    gainsTable(r),
    tablesTable(r),
    vetoBlock(r),
    { type: 'heading', text: 'What changes, and why' },
    { type: 'list', ordered: false, items: r.summary },
    { type: 'heading', text: 'Caveats' },
    { type: 'list', ordered: false, items: r.caveats },
  ];
}

function intro(r: Result): Block {
  const st = r.settings;
  return {
    type: 'paragraph',
    text:
      `${r.architectures.length} architectures against the baseline ${r.baseline}: every table simulated ` +
      `${st.runs} times (seed ${st.seed}, ${st.rounds} rounds, strategies ${st.strategies.join(', ')}, protocol ${st.mechanism}), ` +
      `the forecast per issue (${st.forecastModels.join(' / ')}; outsiders at ${st.outsiderSalience} of their salience) ` +
      'and the graph model with each architecture’s fixed options.',
  };
}

function sideBySide(r: Result): TableBlock {
  const archs = r.architectures;
  const row = (label: string, cell: (a: Arch) => CellInput): CellInput[] => [
    label,
    ...archs.map(cell),
  ];
  const n = (a: Arch) => a.negotiation;
  const rows: CellInput[][] = [
    row('Tables simulated', (a) => String(n(a).units.length)),
    row('Sequencing', (a) => a.sequencing),
    row('Every table carried out', (a) => pct(n(a).fullAgreement)),
    row('Some agreement', (a) => pct(n(a).anyAgreement)),
    row('Blocked by a veto', (a) => ({
      text: pct(n(a).blocked),
      tone: n(a).blocked > 0 ? 'bad' : 'plain',
    })),
    row('Rounds to agreement', (a) => decimal(n(a).meanRounds, 1)),
    row('Distance to Nash', (a) => decimal(n(a).meanNashDistance, 2)),
  ];
  const groupStarts = [0, rows.length];
  archs[0]!.negotiation.issues.forEach((issue, k) =>
    rows.push(
      row(`Expected ${issue.id}`, (a) => {
        const i = n(a).issues[k]!;
        return `${scale(i.expected)} (${pct(i.settled)})`;
      }),
    ),
  );
  groupStarts.push(rows.length);
  const forecast = (a: Arch, k: number): string =>
    a.forecast.issues[k]!.values.map(scale).join(' / ');
  const same: string[] = [];
  archs[0]!.forecast.issues.forEach((issue, k) => {
    const cells = archs.map((a) => forecast(a, k));
    if (cells.every((c) => c === cells[0])) same.push(`${issue.id} ${cells[0]}`);
    else rows.push(row(`Forecast ${issue.id}`, (a) => forecast(a, k)));
  });
  if (archs.some((a) => a.gmcr)) {
    groupStarts.push(rows.length);
    const g = (a: Arch) => a.gmcr;
    rows.push(
      row('GMCR feasible states', (a) => (g(a) ? String(g(a)!.feasibleStates) : '—')),
      row('Status quo stable under', (a) =>
        g(a)?.statusQuo ? g(a)!.statusQuo!.stableUnder.join(' ') || 'none' : '—',
      ),
      row('Equilibria Nash / SEQ', (a) =>
        g(a) ? `${g(a)!.equilibria.nash} / ${g(a)!.equilibria.seq}` : '—',
      ),
      row('Reachable by improvements', (a) => (g(a) ? String(g(a)!.reachable.length) : '—')),
    );
  }
  const sameText =
    same.length > 0 ? ` Forecast the same under every architecture: ${same.join('; ')}.` : '';
  return {
    type: 'table',
    caption:
      'Side by side. Expected: the mean outcome on the issue’s scale, the status quo counted where no ' +
      'agreement settles it (in brackets: how often one does). Forecast: per model, where the ' +
      `architectures differ.${sameText} GMCR: equilibria reachable from the status quo.`,
    head: ['', ...archs.map((a) => a.id)],
    rows,
    align: ['left', ...archs.map(() => 'right' as const)],
    groupStarts,
  };
}

function gainsTable(r: Result): TableBlock {
  const base = r.architectures[0]!;
  const rows = base.negotiation.actors.map((actor): CellInput[] => [
    { text: actor.name, tone: 'strong' },
    `${actor.utility.toFixed(2)} (${signed(actor.gain)})`,
    ...r.deltas.map((d): CellInput => {
      const x = d.actors.find((a) => a.actor === actor.id);
      if (!x) return '—';
      const tone = x.verdict === 'gains' ? 'good' : x.verdict === 'loses' ? 'bad' : 'muted';
      return { text: `${signed(x.utility)}${x.verdict === 'same' ? '' : ` ${x.verdict}`}`, tone };
    }),
  ]);
  return {
    type: 'table',
    caption:
      `Who gains and who loses: settlement utility under the baseline (in brackets: its gain over no deal), ` +
      `then the change under each architecture (changes under ${r.settings.tolerance} count as none).`,
    head: ['Actor', r.baseline, ...r.deltas.map((d) => d.architecture)],
    rows,
    align: ['left', ...[base, ...r.deltas].map(() => 'right' as const)],
    stickyColumns: 1,
  };
}

function tablesTable(r: Result): TableBlock {
  const rows: CellInput[][] = r.architectures.flatMap((a) =>
    a.negotiation.units.length === 0
      ? [[a.id, 'none', '', '', '']]
      : a.negotiation.units.map((u) => [
          a.id,
          u.tracks.join(' + '),
          String(u.parties.length),
          u.rule,
          `${pct(u.agreement)}/${pct(u.implemented)}/${pct(u.blocked)}`,
        ]),
  );
  return {
    type: 'table',
    caption:
      'The tables of each architecture: seats, decision rule, and the share of runs in which the table ' +
      'agreed, the agreement was carried out, and an implementation veto blocked it',
    head: ['Architecture', 'Table', 'Seats', 'Rule', 'Agreed/done/vetoed'],
    rows,
    align: ['left', 'left', 'right', 'left', 'right'],
  };
}

/** Who holds a veto over a negotiated issue from outside its table, and whether it blocks. */
function vetoBlock(r: Result): Block {
  const lines: string[] = [];
  let blocking = false;
  for (const a of r.architectures) {
    for (const v of a.vetoes) {
      const tables = a.negotiation.units.filter((u) => u.issues.some((k) => v.issues.includes(k)));
      if (tables.length === 0) continue;
      const outside = v.holders.filter((h) => !tables.some((u) => u.parties.includes(h)));
      const blockers = tables.flatMap((u) =>
        u.blockers
          .filter((b) => v.holders.includes(b.actor))
          .map((b) => `${b.actor} ${pct(b.rate)}`),
      );
      if (blockers.length > 0) blocking = true;
      lines.push(
        `${a.id}: ${outside.length > 0 ? outside.join(', ') : 'no holder'} outside` +
          (blockers.length > 0 ? `, blocking (${blockers.join(', ')} of runs)` : ', no block'),
      );
    }
  }
  if (lines.length === 0)
    return { type: 'paragraph', text: 'Implementation vetoes: none covers a negotiated issue.' };
  const verdict = blocking
    ? 'A holder blocks a deal that leaves it worse off than no deal.'
    : 'No holder blocks: no deal reached leaves a holder worse off than no deal.';
  return {
    type: 'paragraph',
    text: `Implementation vetoes over negotiated issues, by architecture — ${lines.join('; ')}. ${verdict}`,
  };
}
