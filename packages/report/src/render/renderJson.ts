/** The report model as JSON: the same data the other renderers show, for other programs. */
import type { Report } from '../report.ts';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
