/**
 * `parley compare FILE`: every engine over every architecture of a scenario, side by side —
 * simulated negotiations with implementation vetoes, the forecast per issue, the graph model —
 * with who gains and who loses against the baseline, a plain-language summary and the caveats
 * (engines/compare, docs/compare.md). `--json` prints the comparison result (docs/cli.md).
 */
import type { Command } from 'commander';
import { compare, EngineError, forecast } from '@parley/engines';
import {
  comparisonSection,
  formatJson,
  negotiationSection,
  renderText,
  type Report,
} from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT, UsageError } from '../errors.ts';
import { parseModels } from '../forecastArgs.ts';
import { loadScenario } from '../io.ts';
import {
  parseArchitectures,
  parseCompareMechanism,
  parseCount,
  parseFactor,
  parseSteps,
  parseStrategies,
} from '../negotiateArgs.ts';
import type { CommandHost } from '../program.ts';
import { progressReporter } from '../progress.ts';
import { textWidth } from '../textWidth.ts';
import { VERSION } from '../version.ts';

const EXAMPLES = `
Examples:
  $ parley compare catalog/korean-peninsula-2018.yaml
  $ parley compare catalog/korean-peninsula-2018.yaml --architectures us_led,six_party --runs 500 --seed 2
  $ parley compare catalog/korean-peninsula-2018.yaml --mechanism auto --json > compare.json

The baseline is always compared, first. Every table is simulated --runs times (default 100);
each actor draws one strategy per run from --strategies. --mechanism sao (default) runs
alternating offers at every table; auto gives tables with a mediator a single negotiating
text. The rules (sequencing, linked packages, implementation vetoes, how outsiders count in
the forecast) are in docs/compare.md; the --json output is documented in docs/cli.md.`;

export interface CompareFlags {
  architectures?: string;
  runs?: string;
  seed?: string;
  rounds?: string;
  strategies?: string;
  mechanism?: string;
  steps?: string;
  outsiderSalience?: string;
  forecastModels?: string;
  json?: boolean;
  width?: string;
}

/** compareArchitectures options from the flags that need no file. */
export function compareOptions(flags: CompareFlags): compare.CompareOptions {
  const options: compare.CompareOptions = {};
  if (flags.runs !== undefined) options.runs = parseCount(flags.runs, '--runs', 1, 100_000);
  if (flags.seed !== undefined) options.seed = parseCount(flags.seed, '--seed', 0, 2 ** 32 - 1);
  if (flags.rounds !== undefined) options.rounds = parseCount(flags.rounds, '--rounds', 1, 100_000);
  if (flags.strategies !== undefined)
    options.strategies = parseStrategies(flags.strategies).map((s) => s.name);
  if (flags.mechanism !== undefined) options.mechanism = parseCompareMechanism(flags.mechanism);
  if (flags.steps !== undefined) options.steps = parseSteps(flags.steps);
  if (flags.outsiderSalience !== undefined)
    options.outsiderSalience = parseFactor(flags.outsiderSalience, '--outsider-salience');
  if (flags.forecastModels !== undefined)
    options.forecastModels = parseModels(flags.forecastModels);
  return options;
}

/** Runs the comparison with progress on stderr; engine contract breaches become usage errors. */
export function runComparison(
  ctx: Ctx,
  scenario: Parameters<typeof compare.compareArchitectures>[0],
  options: compare.CompareOptions,
): compare.ComparisonResult {
  const progress = progressReporter(ctx);
  try {
    return compare.compareArchitectures(scenario, {
      ...options,
      onProgress: (p) => progress.update(`comparing ${p.message ?? ''}`.trim(), p.done / p.total),
    });
  } catch (e) {
    if (e instanceof EngineError && e.code === 'negotiate/outcome-space-too-large')
      throw new UsageError(e.message, 'use fewer values per issue: --steps 5');
    throw e;
  } finally {
    progress.done();
  }
}

export async function compareCommand(ctx: Ctx, file: string, flags: CompareFlags): Promise<number> {
  const width = textWidth(ctx.io.stdout, flags.width);
  const options = compareOptions(flags);
  const { scenario } = await loadScenario(ctx, file);
  if (flags.architectures !== undefined)
    options.architectures = parseArchitectures(flags.architectures, scenario);
  const result = runComparison(ctx, scenario, options);
  if (flags.json) {
    ctx.out(formatJson(result));
    return EXIT.ok;
  }
  const report: Report = {
    title: scenario.title,
    generator: `parley ${VERSION}`,
    sections: [
      ...(result.architectures.length > 1 ? [comparisonSection(result)] : []),
      negotiationSection(scenario, result),
    ],
  };
  if (scenario.asOf) report.asOf = scenario.asOf;
  ctx.out(renderText(report, { color: ctx.color, width }));
  return EXIT.ok;
}

export function registerCompare(program: Command, host: CommandHost): void {
  program
    .command('compare')
    .description('compare negotiation architectures side by side: negotiation, forecast, GMCR')
    .argument('<file>', 'scenario (.yaml, .yml, .json)')
    .option('--architectures <ids>', 'architectures to compare with the baseline (default: all)')
    .option('--runs <n>', 'simulated runs of every table (default 100)')
    .option('--seed <s>', 'seed (default 1)')
    .option('--rounds <n>', 'deadline of every session in rounds (default 100)')
    .option(
      '--strategies <list>',
      `strategy mix (default ${compare.DEFAULT_STRATEGY_MIX.join(',')})`,
    )
    .option('--mechanism <m>', 'sao (default) | auto | snt | mcp')
    .option('--steps <n>', 'values per issue scale (default: up to 11 per table)')
    .option(
      '--outsider-salience <f>',
      'forecast: salience share of actors away from the table (default 0.5)',
    )
    .option(
      '--forecast-models <list>',
      `forecast models (default ${compare.DEFAULT_FORECAST_MODELS.join(',')}; ${forecast.FORECAST_MODELS.join(', ')})`,
    )
    .option('--json', 'print the stable JSON interface instead of text')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: CompareFlags) =>
      host.setExit(await compareCommand(host.ctx(), file, flags)),
    );
}

/** Runs per table in `parley report`: modest, to keep the flagship report within a few seconds. */
export const REPORT_COMPARE_RUNS = 50;

/**
 * The comparison `parley report` includes when the scenario has tracks or architectures and
 * issues to negotiate; undefined otherwise.
 */
export function reportComparison(
  ctx: Ctx,
  scenario: Parameters<typeof compare.compareArchitectures>[0],
  runs?: string,
): compare.ComparisonResult | undefined {
  const structured =
    (scenario.tracks?.length ?? 0) > 0 || (scenario.architectures?.length ?? 0) > 0;
  if (!structured || scenario.issues.length === 0) return undefined;
  const n =
    runs === undefined ? REPORT_COMPARE_RUNS : parseCount(runs, '--compare-runs', 1, 100_000);
  return runComparison(ctx, scenario, { runs: n });
}
