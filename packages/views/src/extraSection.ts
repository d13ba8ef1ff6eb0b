/**
 * Report sections for what the report model has no section kind for yet (negotiation,
 * architecture comparison): a title, paragraphs and tables rendered to Markdown and to HTML in
 * the style of @parley/report's renderers, appended to the rendered report.
 */
export interface ExtraTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  numeric?: number[];
}

export interface ExtraBlock {
  paragraphs?: string[];
  table?: ExtraTable;
}

export interface ExtraSection {
  title: string;
  markdown: string;
  html: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
const escapeMd = (s: string): string => s.replace(/([\\`*<>|])/g, '\\$1');

function markdownTable(t: ExtraTable): string[] {
  const align = t.head.map((_, j) => (t.numeric?.includes(j) ? '---:' : '---'));
  const row = (cells: string[]) => `| ${cells.map(escapeMd).join(' | ')} |`;
  return [
    `*${escapeMd(t.caption)}*`,
    '',
    row(t.head),
    `| ${align.join(' | ')} |`,
    ...t.rows.map(row),
  ];
}

function htmlTable(t: ExtraTable): string {
  const cls = (j: number) => (t.numeric?.includes(j) ? ' class="a-right"' : '');
  const head = t.head.map((h, j) => `<th scope="col"${cls(j)}>${escapeHtml(h)}</th>`).join('');
  const rows = t.rows
    .map((r) => `<tr>${r.map((c, j) => `<td${cls(j)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return (
    `<div class="table" role="region" aria-label="${escapeHtml(t.caption)}" tabindex="0">` +
    `<table><caption>${escapeHtml(t.caption)}</caption><thead><tr>${head}</tr></thead>` +
    `<tbody>\n${rows}\n</tbody></table></div>`
  );
}

export function extraSection(title: string, id: string, blocks: ExtraBlock[]): ExtraSection {
  const md: string[] = [`## ${escapeMd(title)}`];
  const html: string[] = [
    `<section id="${id}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${escapeHtml(title)}</h2>`,
  ];
  for (const b of blocks) {
    for (const p of b.paragraphs ?? []) {
      md.push('', escapeMd(p));
      html.push(`<p>${escapeHtml(p)}</p>`);
    }
    if (b.table) {
      md.push('', ...markdownTable(b.table));
      html.push(htmlTable(b.table));
    }
  }
  html.push('</section>');
  return { title, markdown: `${md.join('\n')}\n`, html: html.join('\n') };
}

/** Inserts extra sections into a report rendered by renderHtml / renderMarkdown. */
export function withExtra(
  rendered: string,
  extra: ExtraSection | null,
  format: 'html' | 'md',
): string {
  if (!extra) return rendered;
  if (format === 'md') return `${rendered.trimEnd()}\n\n${extra.markdown}`;
  const at = rendered.lastIndexOf('</main>');
  return at < 0
    ? rendered + extra.html
    : `${rendered.slice(0, at)}${extra.html}\n${rendered.slice(at)}`;
}

export const fixed = (x: number | null | undefined, digits = 2): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
export const percent = (x: number): string => `${Math.round(x * 100)}%`;
