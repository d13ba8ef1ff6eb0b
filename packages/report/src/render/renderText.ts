/** Terminal rendering: compact, aligned, readable at 100 columns, colour optional. */
import type { Block } from '../layout/blocks.ts';
import { layoutSection } from '../layout/layoutSection.ts';
import type { Report } from '../report.ts';
import { styler, type Styler } from './ansi.ts';
import { textChart } from './textChart.ts';
import { textTable } from './textTable.ts';
import { displayWidth, pad, wrap, wrapHanging } from './wrap.ts';

export interface TextOptions {
  /** ANSI colours and weight; default false. */
  color?: boolean;
  /** Terminal width in columns; default 100. */
  width?: number;
}

/** Definition terms up to this width are aligned in a column; longer ones get their own line. */
const TERM_COLUMN_MAX = 24;

function definitions(
  items: { term: string; detail: string }[],
  width: number,
  style: Styler,
): string[] {
  const termWidth = Math.max(...items.map((i) => displayWidth(i.term)));
  if (termWidth <= TERM_COLUMN_MAX) {
    return items.flatMap((i) => {
      const lines = wrapHanging(
        i.detail,
        width,
        ' '.repeat(termWidth + 2),
        ' '.repeat(termWidth + 2),
      );
      lines[0] = style(pad(i.term, termWidth), 'strong') + lines[0]!.slice(termWidth);
      return lines;
    });
  }
  return items.flatMap((i) => [
    style(i.term, 'strong'),
    ...wrapHanging(i.detail, width, '    ', '    '),
  ]);
}

function list(items: string[], ordered: boolean, width: number): string[] {
  const marker = (k: number) => (ordered ? `${k + 1}. ` : '• ');
  const indent = ordered ? displayWidth(`${items.length}. `) : 2;
  return items.flatMap((item, k) =>
    wrapHanging(item, width, `  ${pad(marker(k), indent)}`, ' '.repeat(indent + 2)),
  );
}

/** Lines for one block (no trailing blank line). */
export function blockLines(block: Block, width: number, style: Styler): string[] {
  switch (block.type) {
    case 'heading':
      return wrap(block.text, width).map((l) => style(l, 'strong'));
    case 'paragraph':
      return wrap(block.text, width).map((l) => style(l, block.tone ?? 'plain'));
    case 'note':
      return wrap(block.text, width).map((l) => style(l, 'muted'));
    case 'list':
      return list(block.items, block.ordered, width);
    case 'definitions':
      return definitions(block.items, width, style);
    case 'table': {
      const caption = block.caption ? wrap(block.caption, width).map((l) => style(l, 'muted')) : [];
      return [...caption, ...textTable(block, width, style)];
    }
    case 'chart':
      return textChart(block, width, style);
    case 'scatter':
      return wrap(`Chart in the HTML report: ${block.caption}`, width).map((l) =>
        style(l, 'muted'),
      );
  }
}

function sectionRule(title: string, width: number, style: Styler): string {
  const lead = `── ${title} `;
  return style(lead + '─'.repeat(Math.max(3, width - displayWidth(lead))), 'accent');
}

/** Renders a report for a terminal. Lines never exceed `width` except where a single table
 * column cannot be made narrower. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const width = options.width ?? 100;
  const style = styler(options.color ?? false);
  const out: string[] = [
    ...wrap(report.title, width).map((l) => style(l, 'strong')),
    style('═'.repeat(Math.min(width, displayWidth(report.title))), 'strong'),
    style(
      [report.asOf ? `As of ${report.asOf}` : '', report.generator].filter(Boolean).join(' · '),
      'muted',
    ),
  ];
  for (const section of report.sections) {
    out.push('', sectionRule(section.title, width, style));
    for (const block of layoutSection(section)) out.push('', ...blockLines(block, width, style));
  }
  return `${out.join('\n')}\n`;
}
