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
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

export function layoutComparison(s: ComparisonSection): Block[] {
  const r = s.comparison;
  return [
    intro(r),
    sideBySide(r),
    gainsTable(r),
    tablesTable(r),
    ...vetoBlocks(r),
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
    row('Rounds to agreement', (a) =>
      n(a).meanRounds === null ? '—' : formatNumber(Math.round(n(a).meanRounds! * 10) / 10),
    ),
    row('Distance to Nash', (a) =>
      n(a).meanNashDistance === null ? '—' : n(a).meanNashDistance!.toFixed(2),
    ),
  ];
  const groupStarts = [0];
  groupStarts.push(rows.length);
  archs[0]!.negotiation.issues.forEach((issue, k) =>
    rows.push(
      row(`Expected ${issue.id}`, (a) => {
        const i = n(a).issues[k]!;
        return `${scale(i.expected)} (${pct(i.settled)})`;
      }),
    ),
  );
  groupStarts.push(rows.length);
  archs[0]!.forecast.issues.forEach((issue, k) =>
    rows.push(
      row(`Forecast ${issue.id}`, (a) => a.forecast.issues[k]!.values.map(scale).join(' / ')),
    ),
  );
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
  return {
    type: 'table',
    caption:
      'Side by side. Expected: the mean outcome on the issue’s scale, the status quo counted where no agreement ' +
      'settles it (in brackets: how often one does). Forecast: per model. GMCR: equilibria reachable from the status quo.',
    head: ['', ...archs.map((a) => a.id)],
    rows,
    align: ['left', ...archs.map(() => 'right' as const)],
    stickyColumns: 1,
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
  const rows: CellInput[][] = [];
  const groupStarts: number[] = [];
  for (const a of r.architectures) {
    groupStarts.push(rows.length);
    for (const u of a.negotiation.units) {
      rows.push([
        a.id,
        u.tracks.join(' + '),
        String(u.parties.length),
        u.rule,
        `${pct(u.agreement)}/${pct(u.implemented)}/${pct(u.blocked)}`,
      ]);
    }
    if (a.negotiation.units.length === 0) rows.push([a.id, 'none', '', '', '']);
  }
  return {
    type: 'table',
    caption:
      'The tables of each architecture: seats, decision rule, and the share of runs in which the table agreed, the agreement was carried out, and an implementation veto blocked it (who blocks: the veto table below)',
    head: ['Architecture', 'Table', 'Seats', 'Rule', 'Agreed/done/vetoed'],
    rows,
    align: ['left', 'left', 'right', 'left', 'right'],
    groupStarts,
  };
}

function vetoBlocks(r: Result): Block[] {
  const rows: CellInput[][] = [];
  for (const a of r.architectures) {
    for (const v of a.vetoes) {
      if (v.issues.length === 0) continue;
      const seatedOn = a.negotiation.units.filter((u) =>
        u.issues.some((k) => v.issues.includes(k)),
      );
      const outside = v.holders.filter((h) => !seatedOn.some((u) => u.parties.includes(h)));
      const blocked = seatedOn.reduce(
        (s, u) => s + (u.blockers.find((b) => v.holders.includes(b.actor))?.rate ?? 0),
        0,
      );
      rows.push([
        a.id,
        v.id,
        v.holders.join(', '),
        outside.length > 0 ? outside.join(', ') : 'none',
        { text: pct(blocked), tone: blocked > 0 ? 'bad' : 'plain' },
      ]);
    }
  }
  if (rows.length === 0) return [];
  return [
    {
      type: 'table',
      caption:
        'Implementation vetoes over negotiated issues: does a holder outside the table block what the table agrees? ' +
        'A holder blocks a deal that leaves it worse off than no deal.',
      head: ['Architecture', 'Veto', 'Holders', 'Outside the table', 'Blocked'],
      rows,
      align: ['left', 'left', 'left', 'left', 'right'],
    },
  ];
}
