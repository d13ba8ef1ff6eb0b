/** The architecture comparison as a report section (see extraSection.ts). */
import { compareGroups } from './compareTable.ts';
import type { CompareViewData } from './compareTypes.ts';
import { extraSection, type ExtraBlock, type ExtraSection } from './extraSection.ts';

export function comparisonSection(result: CompareViewData): ExtraSection {
  const head = [
    '',
    ...result.architectures.map((a) => `${a.name}${a.baseline ? ' (baseline)' : ''}`),
  ];
  const blocks: ExtraBlock[] = [
    {
      paragraphs: [
        `${result.architectures.length} architectures of ${result.scenario.title}, ${result.settings.runs} simulated runs each (seed ${result.settings.seed}; strategies ${result.settings.strategies.join(', ')}).`,
        ...result.summary,
      ],
    },
    ...compareGroups(result).map((g) => ({
      table: { caption: g.title, head, rows: g.rows.map((r) => [r.label, ...r.cells]) },
    })),
    { paragraphs: result.caveats.map((c) => `Caveat: ${c}`) },
  ];
  return extraSection('Architecture comparison', 'comparison', blocks);
}
