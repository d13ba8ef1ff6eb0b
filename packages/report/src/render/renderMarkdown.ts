/** GitHub-flavoured Markdown rendering (pipe tables), for pasting into notes and issues. */
import {
  cellText,
  cellTone,
  type Block,
  type CellInput,
  type TableBlock,
} from '../layout/blocks.ts';
import { layoutSection } from '../layout/layoutSection.ts';
import type { Report } from '../report.ts';
import { styler } from './ansi.ts';
import { chartRows } from './textChart.ts';

/**
 * Escapes what Markdown would interpret in running text, and no more, so the raw file stays
 * readable: `[source-id]` markers and snake_case ids are left alone (GFM does not treat a
 * bracket pair without a following `(`, `[` or `:` as a link, nor an underscore inside a word
 * as emphasis).
 */
export const escapeMd = (s: string): string =>
  s
    .replace(/([\\`*<>|])/g, '\\$1')
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/\[([^\]]*)\](?=[([:])/g, '\\[$1\\]');

function cell(c: CellInput): string {
  const text = escapeMd(cellText(c)).replace(/\n/g, '<br>');
  return cellTone(c) === 'strong' && text !== '' ? `**${text}**` : text;
}

function table(t: TableBlock): string[] {
  const rule = t.head.map((_, j) => {
    const a = t.align?.[j] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const row = (cells: CellInput[]) =>
    `| ${t.head.map((_, j) => cell(cells[j] ?? '')).join(' | ')} |`;
  const lines = [row(t.head), `| ${rule.join(' | ')} |`, ...t.rows.map(row)];
  return t.caption ? [`*${escapeMd(t.caption)}*`, '', ...lines] : lines;
}

function block(b: Block): string[] {
  switch (b.type) {
    case 'heading':
      return [`### ${escapeMd(b.text)}`];
    case 'paragraph':
      return [b.tone === 'strong' ? `**${escapeMd(b.text)}**` : escapeMd(b.text)];
    case 'note':
      return [`> ${escapeMd(b.text)}`];
    case 'list':
      return b.items.map((item, k) => `${b.ordered ? `${k + 1}.` : '-'} ${escapeMd(item)}`);
    case 'definitions':
      return b.items.map((i) => `- **${escapeMd(i.term)}** — ${escapeMd(i.detail)}`);
    case 'table':
      return table(b);
    case 'chart': {
      // The terminal chart in a code block, its caption above it.
      const rows = chartRows(b, 100, styler(false));
      return [`*${escapeMd(b.caption)}*`, '', '```text', ...rows, '```'];
    }
    case 'scatter':
      return [`> Chart in the HTML report: ${escapeMd(b.caption)}`];
  }
}

/** Renders a report as Markdown. */
export function renderMarkdown(report: Report): string {
  const meta = [report.asOf ? `As of ${report.asOf}` : '', report.generator].filter(Boolean);
  const out: string[] = [`# ${escapeMd(report.title)}`, '', `*${escapeMd(meta.join(' · '))}*`];
  for (const section of report.sections) {
    out.push('', `## ${escapeMd(section.title)}`);
    for (const b of layoutSection(section)) out.push('', ...block(b));
  }
  return `${out.join('\n')}\n`;
}
