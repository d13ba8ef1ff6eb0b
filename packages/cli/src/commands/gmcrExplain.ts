/** `parley gmcr explain FILE STATE ACTOR CONCEPT`: why a state is (not) stable for a mover. */
import type { Command } from 'commander';
import pc from 'picocolors';
import { gmcr } from '@parley/engines';
import { formatJson, wrapHanging } from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT } from '../errors.ts';
import { parseConcept, parseHorizon, parseMover, parseState } from '../gmcrArgs.ts';
import { runGmcr } from '../gmcrRun.ts';
import { loadScenario } from '../io.ts';
import type { CommandHost } from '../program.ts';
import { textWidth } from '../textWidth.ts';

const EXAMPLES = `
Examples:
  $ parley gmcr explain catalog/prisoners-dilemma.yaml 1 p1 seq
  $ parley gmcr explain catalog/prisoners-dilemma.yaml NN "Prisoner 2" gmr
  $ parley gmcr explain model.gmcr 4 "Driver 1" limited --horizon 3
  $ parley gmcr explain catalog/korean-peninsula-2018.yaml 1942 usa+rok smr --coalitions usa+rok

STATE is a state id (1-based, as "gmcr analyze" numbers them) or a Y/N string with one letter
per option. ACTOR is an actor id or name; with --coalitions, a coalition's name ("United
States + South Korea (ROK)") or its members as --coalitions writes them (usa+rok). CONCEPT is nash, gmr, smr, seq, sim or limited (horizon from --horizon, default 2).`;

export interface ExplainFlags {
  coalitions?: string;
  horizon?: string;
  json?: boolean;
  width?: string;
}

const wrapLine = (text: string, width: number, first: string, rest: string): string =>
  wrapHanging(text, width, first, rest).join('\n');

export async function gmcrExplain(
  ctx: Ctx,
  args: { file: string; state: string; actor: string; concept: string },
  flags: ExplainFlags,
): Promise<number> {
  const width = textWidth(ctx.io.stdout, flags.width);
  const concept = parseConcept(args.concept);
  const horizon = flags.horizon !== undefined ? parseHorizon(flags.horizon) : 2;
  const { scenario } = await loadScenario(ctx, args.file);
  const run = runGmcr(ctx, scenario, args.file, {
    concepts: concept === 'limited' ? [] : [concept],
    ...(flags.coalitions !== undefined ? { coalitions: flags.coalitions } : {}),
  });
  const state = parseState(args.state, run.model);
  const mover = parseMover(args.actor, run.analysis.movers, run.model.input);
  const e = gmcr.explain(run.analysis, state, mover, concept, { horizon });
  if (flags.json) {
    const json = {
      state: state + 1,
      yn: run.model.yn(state),
      decisionMaker: run.analysis.movers[mover]!.name,
      concept,
      ...(concept === 'limited' ? { horizon } : {}),
      stable: e.stable,
      summary: e.summary,
      lines: e.lines,
    };
    ctx.out(formatJson(json));
    return EXIT.ok;
  }
  const c = pc.createColors(ctx.color);
  const verdict = e.stable ? c.green('stable') : c.red('not stable');
  ctx.out(`${c.bold(`State ${state + 1} (${run.model.yn(state)})`)} — ${verdict}\n`);
  ctx.out(`${wrapLine(e.summary, width, '', '')}\n`);
  for (const line of e.lines) ctx.out(`${wrapLine(line, width, '  • ', '    ')}\n`);
  return EXIT.ok;
}

export function registerGmcrExplain(group: Command, host: CommandHost): void {
  group
    .command('explain')
    .description('explain why a state is or is not stable for a decision maker under a concept')
    .argument('<file>', 'scenario (.yaml, .yml, .json) or GMCR+ file (.gmcr)')
    .argument('<state>', 'state id (1-based) or Y/N string')
    .argument('<actor>', 'actor id or name, or coalition name')
    .argument('<concept>', 'nash | gmr | smr | seq | sim | limited')
    .option('--coalitions <spec>', 'act in coalitions, e.g. "usa+rok,dprk"')
    .option('--horizon <h>', 'horizon for the limited concept (default 2)')
    .option('--json', 'print the explanation as JSON')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .addHelpText('after', EXAMPLES)
    .action(
      async (file: string, state: string, actor: string, concept: string, flags: ExplainFlags) =>
        host.setExit(await gmcrExplain(host.ctx(), { file, state, actor, concept }, flags)),
    );
}
