/**
 * One self-contained HTML file: inline CSS, no scripts, no external assets. Semantic markup
 * (sections with headings, tables with captions and scoped header cells) for screen readers;
 * a print stylesheet so it prints cleanly.
 */
import {
  cellText,
  cellTone,
  type Block,
  type CellInput,
  type TableBlock,
} from '../layout/blocks.ts';
import { layoutSection } from '../layout/layoutSection.ts';
import type { Report } from '../report.ts';
import { lineChartSvg } from './lineChartSvg.ts';
import { scatterChartSvg } from './scatterChartSvg.ts';
import { REPORT_CSS } from './reportCss.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function td(c: CellInput, header: boolean, align: string): string {
  const tone = cellTone(c);
  const cls = [tone === 'plain' ? '' : `t-${tone}`, align === 'left' ? '' : `a-${align}`]
    .filter(Boolean)
    .join(' ');
  const attr = cls === '' ? '' : ` class="${cls}"`;
  const text = escapeHtml(cellText(c));
  // An empty row label (a group's continuation row) is a plain cell: a header needs a name.
  return header && text !== '' ? `<th scope="row"${attr}>${text}</th>` : `<td${attr}>${text}</td>`;
}

function table(t: TableBlock, label: string): string {
  const sticky = Math.max(1, t.stickyColumns ?? 1);
  const align = (j: number) => t.align?.[j] ?? 'left';
  const groups = new Set(t.groupStarts ?? []);
  // An empty header cell (the corner above row labels) is a plain cell: a header needs a name.
  const head = t.head
    .map((h, j) => {
      const text = escapeHtml(cellText(h));
      return text === '' ? '<td></td>' : `<th scope="col" class="a-${align(j)}">${text}</th>`;
    })
    .join('');
  const rows = t.rows.map((r, i) => {
    const cells = t.head.map((_, j) => td(r[j] ?? '', j < sticky, align(j))).join('');
    return `<tr${groups.has(i) && i > 0 ? ' class="group"' : ''}>${cells}</tr>`;
  });
  const caption = t.caption ? `<caption>${escapeHtml(t.caption)}</caption>` : '';
  // Landmarks need distinct names: a table without a caption is named by its section and columns.
  const columns = t.head.map(cellText).filter(Boolean).slice(0, 4).join(', ');
  const name = t.caption ?? (columns ? `${label}: ${columns}` : label);
  return (
    `<div class="table" role="region" aria-label="${escapeHtml(name)}" tabindex="0">` +
    `<table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
  );
}

function block(b: Block, label: string): string {
  switch (b.type) {
    case 'heading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'paragraph':
      return `<p${b.tone && b.tone !== 'plain' ? ` class="t-${b.tone}"` : ''}>${escapeHtml(b.text)}</p>`;
    case 'note':
      return `<p class="note">${escapeHtml(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'definitions':
      return `<dl>${b.items.map((i) => `<dt>${escapeHtml(i.term)}</dt><dd>${escapeHtml(i.detail)}</dd>`).join('')}</dl>`;
    case 'table':
      return table(b, label);
    case 'chart':
      return `<figure class="chart">${lineChartSvg(b)}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    case 'scatter':
      return `<figure class="chart">${scatterChartSvg(b)}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
  }
}

/** Renders a report as a complete, standalone HTML document. */
export function renderHtml(report: Report): string {
  const meta = [report.asOf ? `As of ${report.asOf}` : '', report.generator].filter(Boolean);
  const toc = report.sections
    .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`)
    .join('');
  const sections = report.sections.map((s) => {
    const body = layoutSection(s).map((b) => block(b, s.title));
    return (
      `<section id="${escapeHtml(s.id)}" aria-labelledby="${escapeHtml(s.id)}-h">\n` +
      `<h2 id="${escapeHtml(s.id)}-h">${escapeHtml(s.title)}</h2>\n${body.join('\n')}\n</section>`
    );
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(report.generator)}">`,
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="meta">${escapeHtml(meta.join(' · '))}</p>`,
    `<nav aria-label="Contents"><ol>${toc}</ol></nav>`,
    '</header>',
    '<main>',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
