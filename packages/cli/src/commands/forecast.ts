/**
 * `parley forecast FILE`: where positions end up on each issue — the formula baselines, the BDM
 * expected-utility model and the KTAB-style spatial model, optionally with Monte Carlo over the
 * uncertain inputs on a pool of worker threads.
 */
import type { Command } from 'commander';
import { forecastJson, forecastSection, formatJson, renderText, type Report } from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT } from '../errors.ts';
import { ALL_MODELS, forecastPlan, parseIssue, type ForecastFlags } from '../forecastArgs.ts';
import { loadForecastFile } from '../forecastInput.ts';
import { runForecasts } from '../forecastRun.ts';
import type { CommandHost } from '../program.ts';
import { textWidth } from '../textWidth.ts';
import { VERSION } from '../version.ts';

/** Exit code after Ctrl-C, as shells report a process ended by SIGINT (128 + 2). */
export const EXIT_CANCELLED = 130;

const EXAMPLES = `
Examples:
  $ parley forecast catalog/korean-peninsula-2018.yaml
  $ parley forecast catalog/korean-peninsula-2018.yaml --issue relief_extent --model bdm --json
  $ parley forecast catalog/korean-peninsula-2018.yaml --runs 2000 --seed 1 --workers 4
  $ parley forecast actors.csv --model bdm --bdm-variant scholz-code
  $ parley forecast harbour.xml --model smp --joint

FILE is a Parley scenario (.yaml, .yml, .json), a KTAB SMP file (.csv or .xml) or a BDM actor
table (.csv with the columns Actor, Capability, Position, Salience). Models: mean,
capability-mean, median, condorcet, bdm, smp; "all" (the default) is every one but condorcet,
which equals the median on one issue. --runs draws every input written with a range (Monte
Carlo); results do not depend on --workers. The --json output is a stable interface, documented
in docs/cli.md. Ctrl-C cancels a run (exit 130).`;

export interface ForecastCommandFlags extends ForecastFlags {
  json?: boolean;
  width?: string;
}

const isAborted = (e: unknown) => (e as { code?: string } | null)?.code === 'aborted';

export async function forecastCommand(
  ctx: Ctx,
  file: string,
  flags: ForecastCommandFlags,
  signal?: AbortSignal,
): Promise<number> {
  const width = textWidth(ctx.io.stdout, flags.width);
  const plan = forecastPlan(flags, ALL_MODELS);
  const { scenario, smp } = await loadForecastFile(ctx, file, { joint: plan.joint });
  const issue = flags.issue === undefined ? undefined : parseIssue(flags.issue, scenario);
  let runs;
  try {
    runs = await runForecasts(ctx, scenario, plan, {
      ...(issue !== undefined ? { issue } : {}),
      ...(smp ? { smp } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    if (!isAborted(e)) throw e;
    ctx.err('parley: forecast cancelled; nothing was written\n');
    return EXIT_CANCELLED;
  }
  if (flags.json) {
    ctx.out(formatJson(forecastJson(scenario, runs)));
    return EXIT.ok;
  }
  const report: Report = {
    title: scenario.title,
    generator: `parley ${VERSION}`,
    sections: [forecastSection(scenario, runs)],
  };
  if (scenario.asOf) report.asOf = scenario.asOf;
  ctx.out(renderText(report, { color: ctx.color, width }));
  return EXIT.ok;
}

/** Aborts `controller` on Ctrl-C while `run` is pending, instead of killing the process. */
async function cancellableOnSigint<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(new Error('cancelled with Ctrl-C'));
  process.once('SIGINT', abort);
  try {
    return await run(controller.signal);
  } finally {
    process.off('SIGINT', abort);
  }
}

export function registerForecast(program: Command, host: CommandHost): void {
  program
    .command('forecast')
    .description('forecast where positions end up on each issue: baselines, BDM, spatial model')
    .argument('<file>', 'scenario (.yaml, .yml, .json), KTAB file (.csv, .xml) or BDM table (.csv)')
    .option('-m, --model <models>', 'mean | capability-mean | median | condorcet | bdm | smp | all')
    .option('--issue <id>', 'forecast one issue only (id or name)')
    .option('--rounds <n>', 'round limit of the simulations (default: bdm 10, smp 100)')
    .option('--runs <n>', 'Monte Carlo: draw the inputs written with a range this many times')
    .option('--seed <s>', 'Monte Carlo seed (default 1)')
    .option(
      '--workers <n>',
      'Monte Carlo worker threads (default: the CPU count, at most 8; small jobs and 1 run on this thread)',
    )
    .option('--bdm-variant <variant>', 'BDM specification: paper (default) | scholz-code')
    .option('--joint', 'forecast all issues as one linked package (as KTAB does)')
    .option('--json', 'print the stable JSON interface instead of text')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ForecastCommandFlags) =>
      host.setExit(
        await cancellableOnSigint((signal) => forecastCommand(host.ctx(), file, flags, signal)),
      ),
    );
}
