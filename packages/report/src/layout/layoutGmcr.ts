/** Layout of the GMCR sections: model, option-form table, equilibria, status quo, explanations. */
import { provenanceMarker } from '../build/provenance.ts';
import type {
  GmcrEquilibriaSection,
  GmcrExplanationsSection,
  GmcrModelSection,
  GmcrStatusQuoSection,
  GmcrTableSection,
  StateDescription,
} from '../report.ts';
import type { Block, CellInput } from './blocks.ts';

const REVERSIBILITY = {
  both: 'reversible',
  'forward-only': 'once taken, final',
  'backward-only': 'can only be withdrawn',
} as const;

/** `state 5 (NYYN…): DPRK suspends testing`. */
export const stateLine = (s: StateDescription): string => `state ${s.id} (${s.yn}): ${s.text}`;

export function layoutGmcrModel(s: GmcrModelSection): Block[] {
  const c = s.counts;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `${c.decisionMakers} decision makers control ${c.options} options: ${c.states} ` +
        `combinations, of which ${c.feasibleStates} are feasible after ` +
        `${c.infeasibleConditions} infeasibility condition${c.infeasibleConditions === 1 ? '' : 's'}.`,
    },
  ];
  const rows: CellInput[][] = [];
  const groupStarts: number[] = [];
  for (const dm of s.decisionMakers) {
    groupStarts.push(rows.length);
    dm.options.forEach((o, i) => {
      const marker = provenanceMarker(o.provenance);
      rows.push([
        i === 0 ? { text: dm.name, tone: 'strong' } : '',
        marker === '' ? o.label : `${o.label} ${marker}`,
        REVERSIBILITY[o.reversibility],
        o.statusQuo ? { text: 'Y', tone: 'yes' } : { text: 'N', tone: 'no' },
      ]);
    });
  }
  blocks.push({
    type: 'table',
    head: ['Decision maker', 'Option', 'Reversibility', 'Status quo'],
    rows,
    align: ['left', 'left', 'left', 'center'],
    ...(rows.length > s.decisionMakers.length ? { groupStarts: groupStarts.slice(1) } : {}),
  });
  if (s.coalitions) {
    blocks.push({
      type: 'definitions',
      items: s.coalitions.map((co) => ({ term: co.name, detail: co.members.join(', ') })),
    });
  }
  if (s.infeasible.length > 0) {
    blocks.push({ type: 'heading', text: 'Infeasible' });
    blocks.push({
      type: 'list',
      ordered: false,
      items: s.infeasible.map((i) => (i.reason ? `${i.condition} — ${i.reason}` : i.condition)),
    });
  }
  blocks.push(
    s.statusQuo
      ? { type: 'paragraph', text: `Status quo: ${stateLine(s.statusQuo)}.`, tone: 'strong' }
      : { type: 'note', text: 'The status quo values describe an infeasible state.' },
  );
  return blocks;
}

export function layoutGmcrTable(s: GmcrTableSection): Block[] {
  const cols = s.columns;
  const rows: CellInput[][] = [
    ['', 'decimal', ...cols.map((c) => ({ text: String(c.decimal), tone: 'muted' as const }))],
  ];
  let owner = '';
  s.options.forEach((o, k) => {
    const label = o.owner === owner ? '' : o.owner;
    owner = o.owner;
    rows.push([
      label === '' ? '' : { text: label, tone: 'strong' },
      o.label,
      ...cols.map((c) => (c.yn[k] === 'Y' ? { text: 'Y', tone: 'yes' as const } : 'N')),
    ]);
  });
  const firstConcept = rows.length;
  for (const { concept, name } of s.concepts) {
    rows.push([
      rows.length === firstConcept ? { text: 'Equilibria', tone: 'strong' } : '',
      name,
      ...cols.map((c) =>
        c.equilibria.includes(concept) ? { text: '●', tone: 'good' as const } : '',
      ),
    ]);
  }
  // Rules between owners help only when some owner has several options.
  const owners = new Set(s.options.map((o) => o.owner)).size;
  const optionGroups =
    owners === s.options.length
      ? []
      : s.options.flatMap((o, k) => (k > 0 && o.owner !== s.options[k - 1]!.owner ? [k + 1] : []));
  const head = ['', 'State', ...cols.map((c) => (c.statusQuo ? `${c.id}*` : String(c.id)))];
  const blocks: Block[] = [
    {
      type: 'table',
      caption:
        'Option form: one column per state, Y = option taken; ● = equilibrium; * = status quo.',
      head,
      rows,
      align: ['left', 'left', ...cols.map(() => 'center' as const)],
      stickyColumns: 2,
      groupStarts: [1, ...optionGroups, firstConcept],
    },
  ];
  if (s.selection === 'equilibria') {
    const shown = cols.filter((c) => c.equilibria.length > 0).length;
    blocks.push({
      type: 'note',
      text:
        `${s.feasibleStates} feasible states are too many for one table: showing the status quo and ` +
        `${shown} of the ${s.equilibriumStates} equilibrium states (those stable under the most ` +
        `concepts); ${s.omitted} states omitted.`,
    });
  }
  return blocks;
}

/** Per-concept id lists longer than this are cut, with a pointer to the full list. */
const MAX_LISTED_IDS = 30;

function idList(ids: readonly number[]): string {
  if (ids.length === 0) return 'no equilibrium';
  const word = ids.length === 1 ? 'state' : 'states';
  if (ids.length <= MAX_LISTED_IDS) return `${ids.length} — ${word} ${ids.join(', ')}`;
  return `${ids.length} — ${word} ${ids.slice(0, MAX_LISTED_IDS).join(', ')}, … (all in “parley gmcr analyze --json”)`;
}

export function layoutGmcrEquilibria(s: GmcrEquilibriaSection): Block[] {
  const blocks: Block[] = [
    {
      type: 'definitions',
      items: s.concepts.map((c) => ({ term: c.name, detail: idList(c.stateIds) })),
    },
  ];
  if (s.states.length > 0) {
    // With a status quo, the changes from it say more than the full list of options taken.
    const relative = s.statusQuoId !== undefined;
    blocks.push({
      type: 'table',
      head: ['State', 'Stable under', relative ? 'Change from the status quo' : 'Options taken'],
      rows: s.states.map((st) => [
        { text: String(st.id), tone: 'strong' },
        st.concepts.join(' '),
        !relative ? st.text : st.changes.length === 0 ? '(the status quo)' : st.changes.join('; '),
      ]),
      align: ['right', 'left', 'left'],
    });
  }
  if (s.omittedStates > 0) {
    blocks.push({
      type: 'note',
      text: `Described: the ${s.states.length} equilibrium states stable under the most concepts; ${s.omittedStates} more not described.`,
    });
  }
  return blocks;
}

/** Paths are spelt out for the first few targets only; the table covers the rest. */
const MAX_PATHS = 5;

export function layoutGmcrStatusQuo(s: GmcrStatusQuoSection): Block[] {
  const blocks: Block[] = [
    { type: 'paragraph', text: `From the status quo, ${stateLine(s.from)}.` },
    {
      type: 'table',
      head: ['Target', 'Equilibrium under', 'Reachable', 'By improvements only', 'Moves'],
      rows: s.targets.map((t) => [
        { text: String(t.state.id), tone: 'strong' },
        t.concepts.join(' '),
        t.reachable ? { text: 'yes', tone: 'good' } : { text: 'no', tone: 'bad' },
        t.reachableByImprovements ? { text: 'yes', tone: 'good' } : { text: 'no', tone: 'bad' },
        t.reachable ? String(t.path.length) : '—',
      ]),
      align: ['right', 'left', 'center', 'center', 'right'],
    },
  ];
  if (s.omittedTargets > 0) {
    blocks.push({ type: 'note', text: `${s.omittedTargets} more equilibria not traced.` });
  }
  for (const t of s.targets.slice(0, MAX_PATHS)) {
    if (!t.reachable || t.path.length === 0) continue;
    const how = t.reachableByImprovements ? 'by unilateral improvements' : 'by any legal moves';
    blocks.push({ type: 'heading', text: `Shortest path to state ${t.state.id} (${how})` });
    blocks.push({
      type: 'list',
      ordered: true,
      items: t.path.map(
        (m) =>
          `${m.text} → state ${m.to}${m.improvement ? '' : ' (not an improvement for the mover)'}`,
      ),
    });
  }
  return blocks;
}

type ExplanationItem = GmcrExplanationsSection['items'][number];

/** `A, B and C have no unilateral improvement from state 5.` */
function noImprovementLine(items: ExplanationItem[]): string {
  const names = items.map((i) => i.mover);
  const who =
    names.length === 1
      ? `${names[0]} has`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} have`;
  const them = names.length === 1 ? 'it' : 'them';
  return `${who} no unilateral improvement from state ${items[0]!.state.id} (so it is stable for ${them} under Nash, GMR, SMR, SEQ and SIM).`;
}

export function layoutGmcrExplanations(s: GmcrExplanationsSection): Block[] {
  const blocks: Block[] = [];
  const groups = new Map<string, ExplanationItem[]>();
  for (const item of s.items) {
    const key = `${item.state.id}/${item.concept}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const items of groups.values()) {
    const first = items[0]!;
    blocks.push({
      type: 'heading',
      text: `State ${first.state.id} (${first.state.yn}) — ${first.conceptName}`,
    });
    // Movers with nothing to gain share one sentence; the others get the engine's explanation.
    const idle = items.filter((i) => i.improvements === 0);
    for (const item of items.filter((i) => i.improvements > 0)) {
      blocks.push({ type: 'paragraph', text: item.summary, tone: item.stable ? 'plain' : 'bad' });
      if (item.lines.length > 0) blocks.push({ type: 'list', ordered: false, items: item.lines });
    }
    if (idle.length > 0) blocks.push({ type: 'paragraph', text: noImprovementLine(idle) });
  }
  if (blocks.length === 0) blocks.push({ type: 'note', text: 'No equilibrium to explain.' });
  if (s.omittedStates > 0) {
    blocks.push({
      type: 'note',
      text: `${s.omittedStates} more equilibrium states not explained.`,
    });
  }
  return blocks;
}
