/**
 * `parley report FILE --summary`: the few lines a reader needs before opening the full report —
 * title, as-of, overview, key facts, GMCR equilibrium counts and the status quo's stability, and
 * one forecast line per issue (model values on the issue's scale). Plain text, wrapped to `width`.
 */
import type { Report, Section } from '@parley/report';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

function find<K extends Section['kind']>(report: Report, kind: K): Of<K> | undefined {
  return report.sections.find((s): s is Of<K> => s.kind === kind);
}

/** Greedy word wrap; a word longer than the width stays on its own line. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

function gmcrLines(report: Report): string[] {
  const eq = find(report, 'gmcr-equilibria');
  if (!eq) return [];
  const counts = eq.concepts.map((c) => `${c.concept} ${c.stateIds.length}`).join(', ');
  const lines = [`GMCR equilibria: ${counts}`];
  if (eq.statusQuoId !== undefined) {
    const id = eq.statusQuoId;
    const stable = eq.concepts.filter((c) => c.stateIds.includes(id)).map((c) => c.concept);
    lines.push(
      stable.length > 0
        ? `Status quo (state ${id}) is stable under ${stable.join(', ')}.`
        : `Status quo (state ${id}) is stable under no concept: someone can improve on it.`,
    );
  }
  return lines;
}

/** One line at most `width` columns, ending in `…` when cut. */
export function clip(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function forecastLines(report: Report, width: number): string[] {
  const section = find(report, 'forecast');
  if (!section) return [];
  const shortOf = new Map(section.models.map((m) => [m.model, m.short]));
  const lines = ['Forecasts:'];
  for (const issue of section.issues) {
    const values = issue.forecasts
      .filter((f) => f.value !== null)
      .map((f) => `${shortOf.get(f.model) ?? f.model} ${round(f.value ?? 0)}`)
      .join(', ');
    lines.push(clip(`  ${issue.name}: ${values || 'no forecast'}`, width));
  }
  return lines;
}

/** The short terminal summary of a built report. */
export function summarize(report: Report, width: number): string {
  const overview = find(report, 'overview');
  const lines = [report.title];
  if (report.asOf !== undefined) lines.push(`As of ${report.asOf}`);
  if (overview?.summary) lines.push('', ...wrap(overview.summary, width));
  if (overview && overview.facts.length > 0)
    lines.push('', ...wrap(overview.facts.join(' · '), width));
  const gmcr = gmcrLines(report);
  if (gmcr.length > 0) lines.push('', ...gmcr.flatMap((l) => wrap(l, width)));
  const forecasts = forecastLines(report, width);
  if (forecasts.length > 0) lines.push('', ...forecasts);
  lines.push('', `(${report.generator}; the full report: parley report FILE without --summary)`);
  return `${lines.join('\n')}\n`;
}
