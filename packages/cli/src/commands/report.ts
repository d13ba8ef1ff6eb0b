/** `parley report FILE`: the full analyst's report of a scenario, as text, Markdown, HTML or JSON. */
import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  buildGmcrReport,
  buildScenarioReport,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  type Report,
} from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT, UsageError } from '../errors.ts';
import { ALL_MODELS, forecastPlan } from '../forecastArgs.ts';
import { runForecasts } from '../forecastRun.ts';
import { parseHorizon, parseState } from '../gmcrArgs.ts';
import { runGmcr } from '../gmcrRun.ts';
import { reportComparison } from './compare.ts';
import { loadScenario, writeOutput } from '../io.ts';
import type { CommandHost } from '../program.ts';
import { summarize } from '../reportSummary.ts';
import { textWidth } from '../textWidth.ts';
import { VERSION } from '../version.ts';

const EXAMPLES = `
Examples:
  $ parley report catalog/korean-peninsula-2018.yaml
  $ parley report catalog/korean-peninsula-2018.yaml --format html -o korea.html
  $ parley report catalog/cuban-missile-crisis-1962.yaml -o cuba.md
  $ parley report model.gmcr --format json | jq '.sections[].kind'

Without --format the format follows the -o extension (.html, .md, .json; otherwise text).
The HTML report is one self-contained file: no scripts, no external assets.`;

export const FORMATS = ['text', 'md', 'html', 'json'] as const;
export type ReportFormat = (typeof FORMATS)[number];

const ALIASES: Record<string, ReportFormat> = {
  text: 'text',
  txt: 'text',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  json: 'json',
};

export function parseFormat(flag: string | undefined, out: string | undefined): ReportFormat {
  if (flag === undefined) {
    const ext = out === undefined ? '' : extname(out).slice(1).toLowerCase();
    return ALIASES[ext] ?? 'text';
  }
  const format = ALIASES[flag.toLowerCase()];
  if (!format)
    throw new UsageError(`unknown format "${flag}"`, `formats are ${FORMATS.join(', ')}`);
  return format;
}

export interface ReportFlags {
  format?: string;
  output?: string;
  coalitions?: string;
  statusQuo?: string;
  horizon?: string;
  width?: string;
  runs?: string;
  seed?: string;
  workers?: string;
  compareRuns?: string;
  summary?: boolean;
}

export function render(
  report: Report,
  format: ReportFormat,
  text: { color: boolean; width: number },
): string {
  switch (format) {
    case 'text':
      return renderText(report, text);
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'json':
      return renderJson(report);
  }
}

export async function report(ctx: Ctx, file: string, flags: ReportFlags): Promise<number> {
  const format = parseFormat(flags.format, flags.output);
  const width = textWidth(ctx.io.stdout, flags.width);
  const horizon = flags.horizon !== undefined ? parseHorizon(flags.horizon) : undefined;
  const plan = forecastPlan(flags, ALL_MODELS);
  const { scenario } = await loadScenario(ctx, file);
  const forecasts =
    scenario.issues.length > 0 ? await runForecasts(ctx, scenario, plan) : undefined;
  const generator = `parley ${VERSION}`;
  // The summary leaves out the architecture comparison: it is the slow part and not one line.
  const comparison = flags.summary ? undefined : reportComparison(ctx, scenario, flags.compareRuns);
  let built: Report;
  if (scenario.options.length === 0)
    built = buildScenarioReport(scenario, {
      generator,
      ...(forecasts ? { forecasts } : {}),
      ...(comparison ? { comparison } : {}),
    });
  else {
    const run = runGmcr(ctx, scenario, file, {
      ...(flags.coalitions !== undefined ? { coalitions: flags.coalitions } : {}),
      ...(horizon !== undefined ? { horizon } : {}),
    });
    const statusQuo =
      flags.statusQuo !== undefined
        ? parseState(flags.statusQuo, run.model, 'status quo')
        : run.model.statusQuo;
    built = buildGmcrReport(scenario, run.analysis, {
      statusQuo,
      generator,
      ...(forecasts ? { forecasts } : {}),
      ...(run.limited ? { limited: run.limited } : {}),
      games: {},
      ...(comparison ? { comparison } : {}),
    });
  }
  const toTerminal = flags.output === undefined || flags.output === '-';
  if (flags.summary) {
    await writeOutput(ctx, summarize(built, width), flags.output);
    return EXIT.ok;
  }
  await writeOutput(
    ctx,
    render(built, format, { color: toTerminal && ctx.color, width }),
    flags.output,
  );
  return EXIT.ok;
}

export function registerReport(program: Command, host: CommandHost): void {
  program
    .command('report')
    .description('the full report of a scenario: actors, issues, forecasts, GMCR analysis, sources')
    .argument('<file>', 'scenario (.yaml, .yml, .json) or GMCR+ file (.gmcr)')
    .option('-f, --format <format>', 'text | md | html | json (default: from -o, else text)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--coalitions <spec>', 'GMCR: act in coalitions, e.g. "usa+rok,dprk"')
    .option('--status-quo <state>', 'GMCR: state to trace paths from (id or Y/N string)')
    .option('--horizon <h>', 'GMCR: also show limited-move stability L_h')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .option('--runs <n>', 'forecasts: add Monte Carlo over the inputs written with a range')
    .option('--seed <s>', 'forecasts: Monte Carlo seed (default 1)')
    .option('--workers <n>', 'forecasts: Monte Carlo worker threads')
    .option('--summary', 'print a short text summary instead of the full report')
    .option('--compare-runs <n>', 'architectures: simulated runs of every table (default 50)')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ReportFlags) =>
      host.setExit(await report(host.ctx(), file, flags)),
    );
}
