/** The report model as JSON: the same data the other renderers show, for other programs. */
import type { Report } from '../report.ts';
import { formatJson } from './formatJson.ts';

export function renderJson(report: Report): string {
  return formatJson(report);
}
