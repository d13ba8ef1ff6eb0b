/**
 * Exporting the view on screen as a report. The engine worker builds and renders it with
 * @parley/report (HTML: one self-contained file; Markdown); the page downloads the file. PDF
 * goes through the browser's print dialog ("Save as PDF"): the report's HTML body replaces the
 * app for printing, styled by the report's own stylesheet adopted as a constructed stylesheet
 * (allowed by the strict CSP, unlike an inline <style>).
 */
import { engines } from '../../engine/workers.ts';
import type { RenderedReport, ReportRequest } from '../../engine/protocol.ts';

export type ExportFormat = 'html' | 'md' | 'pdf';

export async function renderViewReport(
  request: Omit<ReportRequest, 'kind' | 'format'>,
  format: 'html' | 'md',
): Promise<RenderedReport> {
  return engines.run<'report'>({ ...request, kind: 'report', format }).promise;
}

/** A file name from the report title: `korean-peninsula-…-gmcr.html`. */
export function fileNameFor(title: string, view: string, extension: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'report'}-${view}.${extension}`;
}

export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The parts of a rendered HTML report: its stylesheet and its body markup. */
export function splitHtml(html: string): { css: string; body: string } {
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return { css, body };
}

/** Puts the report in the print container and opens the print dialog. */
export function printReport(html: string, container: HTMLElement, print = () => window.print()) {
  const { css, body } = splitHtml(html);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  // The report's markup was built by @parley/report from escaped text only.
  container.innerHTML = body;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.body.classList.add('printing');
  const done = () => {
    document.body.classList.remove('printing');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    container.innerHTML = '';
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  print();
}
