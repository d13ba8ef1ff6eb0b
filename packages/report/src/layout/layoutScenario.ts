/** Layout of the engine-independent sections: overview, actors, issues, sources. */
import { formatFigure, formatNumber, JUDGEMENT_MARK } from '../build/provenance.ts';
import type { ActorsSection, IssuesSection, OverviewSection, SourcesSection } from '../report.ts';
import type { Block, CellInput } from './blocks.ts';

export function layoutOverview(s: OverviewSection): Block[] {
  const blocks: Block[] = [];
  if (s.summary) blocks.push({ type: 'paragraph', text: s.summary });
  const items = [
    { term: 'Scenario', detail: s.scenarioId },
    { term: 'Contents', detail: s.facts.join(', ') },
  ];
  if (s.tags.length > 0) items.push({ term: 'Tags', detail: s.tags.join(', ') });
  blocks.push({ type: 'definitions', items });
  return blocks;
}

export function layoutActors(s: ActorsSection): Block[] {
  const described = s.actors.filter((a) => a.description);
  const descriptions: Block[] =
    described.length === 0
      ? []
      : [
          {
            type: 'definitions',
            items: described.map((a) => ({ term: a.name, detail: a.description ?? '' })),
          },
        ];
  // Columns only for what some actor has: classic games have names and descriptions only.
  const columns = [
    s.actors.some((a) => a.capability) ? 'Capability' : '',
    s.actors.some((a) => a.derivation) ? 'How derived' : '',
    s.actors.some((a) => a.indicators.length > 0) ? 'Indicators' : '',
  ].filter(Boolean);
  if (columns.length === 0) {
    return descriptions.length > 0
      ? descriptions
      : [{ type: 'list', ordered: false, items: s.actors.map((a) => a.name) }];
  }
  const cell: Record<string, (a: ActorsSection['actors'][number]) => string> = {
    Capability: (a) => (a.capability ? formatFigure(a.capability) : '—'),
    'How derived': (a) => a.derivation ?? '',
    Indicators: (a) => a.indicators.map((i) => `${i.name} ${formatFigure(i.figure)}`).join('; '),
  };
  const rows: CellInput[][] = s.actors.map((a) => [
    { text: a.name, tone: 'strong' },
    ...columns.map((c) => cell[c]!(a)),
  ]);
  const align = ['left', ...columns.map((c) => (c === 'Capability' ? 'right' : 'left'))] as const;
  return [{ type: 'table', head: ['Actor', ...columns], rows, align: [...align] }, ...descriptions];
}

function scaleText(scale: IssuesSection['issues'][number]['scale']): string {
  const unit = scale.unit ? ` (${scale.unit})` : '';
  return `Scale${unit}: ${formatNumber(scale.min)} = ${scale.low}; ${formatNumber(scale.max)} = ${scale.high}.`;
}

export function layoutIssues(s: IssuesSection): Block[] {
  return s.issues.flatMap((issue): Block[] => [
    { type: 'heading', text: issue.name },
    ...(issue.description ? [{ type: 'paragraph' as const, text: issue.description }] : []),
    { type: 'paragraph', text: scaleText(issue.scale), tone: 'muted' },
    {
      type: 'table',
      head: ['Actor', 'Position', 'Salience'],
      rows: issue.positions.map((p) => [
        p.actor,
        formatFigure(p.position),
        formatFigure(p.salience),
      ]),
      align: ['left', 'right', 'right'],
    },
  ]);
}

function tallyText(t: SourcesSection['tally']): string {
  const total = t.sourced + t.judgement + t.unmarked;
  if (total === 0) return 'The scenario has no numeric figures.';
  const unmarked = t.unmarked > 0 ? `, ${t.unmarked} carry no provenance marking` : '';
  return (
    `Of ${total} figures, ${t.sourced} cite a source ([source-id]) and ${t.judgement} are ` +
    `analyst judgement (${JUDGEMENT_MARK})${unmarked}.`
  );
}

export function layoutSources(s: SourcesSection): Block[] {
  const blocks: Block[] = [{ type: 'paragraph', text: tallyText(s.tally) }];
  if (s.sources.length > 0) {
    blocks.push({
      type: 'definitions',
      items: s.sources.map((src) => {
        const parts = [src.citation];
        if (src.url) parts.push(src.accessed ? `${src.url} (accessed ${src.accessed})` : src.url);
        if (src.note) parts.push(src.note);
        if (src.citedBy.length > 0) parts.push(`Cited for — ${src.citedBy.join(' · ')}.`);
        else parts.push('Not cited by any value.');
        return { term: `[${src.id}]`, detail: parts.join(' ') };
      }),
    });
  }
  if (s.judgements.length > 0) {
    blocks.push({ type: 'heading', text: `Analyst judgement (${JUDGEMENT_MARK})` });
    blocks.push({ type: 'list', ordered: false, items: s.judgements });
  }
  if (s.missing.length > 0) {
    blocks.push({
      type: 'note',
      text: `Cited but not listed in sources: ${s.missing.map((m) => `[${m}]`).join(', ')}.`,
    });
  }
  return blocks;
}
