/** `parley gmcr analyze FILE`: stability of every state, equilibria, paths from the status quo. */
import type { Command } from 'commander';
import { gmcr } from '@parley/engines';
import { buildGmcrReport, formatJson, gmcrJson, renderText, type Report } from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT } from '../errors.ts';
import { parseConcepts, parseHorizon, parseState } from '../gmcrArgs.ts';
import { runGmcr, type GmcrRun, type GmcrRunOptions } from '../gmcrRun.ts';
import { loadScenario } from '../io.ts';
import type { CommandHost } from '../program.ts';
import { VERSION } from '../version.ts';
import { textWidth } from '../textWidth.ts';

const EXAMPLES = `
Examples:
  $ parley gmcr analyze catalog/prisoners-dilemma.yaml
  $ parley gmcr analyze catalog/korean-peninsula-2018.yaml --json > korea-gmcr.json
  $ parley gmcr analyze catalog/korean-peninsula-2018.yaml --coalitions "usa+rok+japan,dprk+china+russia"
  $ parley gmcr analyze model.gmcr --concepts nash,seq --status-quo 1 --horizon 3

FILE is a Parley scenario (.yaml, .yml, .json) or a GMCR+ file (.gmcr, or .json with a
"decisionMakers" key). States are numbered from 1 in ascending decimal order, as in GMCR+.
The --json output is a stable interface, documented in docs/cli.md.`;

export interface AnalyzeFlags {
  json?: boolean;
  coalitions?: string;
  statusQuo?: string;
  concepts?: string;
  horizon?: string;
  width?: string;
}

/** Every state that is an equilibrium under some computed concept (including L_h). */
function targets(run: GmcrRun): number[] {
  const states = new Set<number>();
  for (const c of run.analysis.concepts) for (const s of run.analysis.equilibria[c]) states.add(s);
  for (const s of run.limited?.equilibria ?? []) states.add(s);
  return [...states].sort((a, b) => a - b);
}

function gmcrSections(report: Report): Report {
  return { ...report, sections: report.sections.filter((s) => s.kind.startsWith('gmcr-')) };
}

export async function gmcrAnalyze(ctx: Ctx, file: string, flags: AnalyzeFlags): Promise<number> {
  const width = textWidth(ctx.io.stdout, flags.width);
  const options: GmcrRunOptions = {};
  if (flags.coalitions !== undefined) options.coalitions = flags.coalitions;
  if (flags.concepts !== undefined) options.concepts = parseConcepts(flags.concepts);
  if (flags.horizon !== undefined) options.horizon = parseHorizon(flags.horizon);
  const { scenario } = await loadScenario(ctx, file);
  const run = runGmcr(ctx, scenario, file, options);
  const statusQuo =
    flags.statusQuo !== undefined
      ? parseState(flags.statusQuo, run.model, 'status quo')
      : run.model.statusQuo;
  if (flags.json) {
    const sq =
      statusQuo >= 0
        ? gmcr.statusQuoAnalysis(run.analysis, statusQuo, { targets: targets(run) })
        : undefined;
    const json = gmcrJson(run.analysis, {
      ...(sq ? { statusQuo: sq } : {}),
      ...(run.limited ? { limited: run.limited } : {}),
    });
    ctx.out(formatJson(json));
    return EXIT.ok;
  }
  const report = buildGmcrReport(scenario, run.analysis, {
    statusQuo,
    generator: `parley ${VERSION}`,
    ...(run.limited ? { limited: run.limited } : {}),
  });
  ctx.out(renderText(gmcrSections(report), { color: ctx.color, width }));
  return EXIT.ok;
}

export function registerGmcrAnalyze(group: Command, host: CommandHost): void {
  group
    .command('analyze')
    .description('stability of every state for every decision maker, equilibria, status-quo paths')
    .argument('<file>', 'scenario (.yaml, .yml, .json) or GMCR+ file (.gmcr)')
    .option('--json', 'print the stable JSON interface instead of text')
    .option('--coalitions <spec>', 'act in coalitions, e.g. "usa+rok,dprk" (ids or names)')
    .option('--status-quo <state>', 'state to trace paths from: id (1-based) or Y/N string')
    .option(
      '--concepts <list>',
      'concepts to compute: nash,gmr,smr,seq,sim,limited (default: the first five)',
    )
    .option('--horizon <h>', 'also compute limited-move stability L_h with this horizon')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: AnalyzeFlags) =>
      host.setExit(await gmcrAnalyze(host.ctx(), file, flags)),
    );
}
