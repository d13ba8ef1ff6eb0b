/**
 * `parley negotiate tournament FILE...`: every assignment of the strategies to the seats of the
 * table, repeated with fresh seeds, under stacked alternating offers (negotiate/tournament).
 * `--json` prints the tournament result (docs/cli.md).
 */
import type { Command } from 'commander';
import { EngineError, negotiate } from '@parley/engines';
import { formatJson, renderBlocksText, type Block } from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT, UsageError } from '../errors.ts';
import { parseCount, parseSteps, parseStrategies } from '../negotiateArgs.ts';
import { loadNegotiation } from '../negotiateInput.ts';
import type { CommandHost } from '../program.ts';
import { textWidth } from '../textWidth.ts';

const EXAMPLES = `
Examples:
  $ parley negotiate tournament catalog/korean-peninsula-2018.yaml --track us_dprk --strategies boulware,linear,conceder,micro --reps 10 --seed 1
  $ parley negotiate tournament party_domain.xml party_host.xml party_guest.xml --strategies boulware,tit-for-tat --json

Every strategy meets every other in every seat: strategies^seats profiles (at most 10,000),
each repeated --reps times. Results do not depend on the order sessions run in.`;

export interface TournamentFlags {
  strategies?: string;
  reps?: string;
  seed?: string;
  deadline?: string;
  track?: string;
  architecture?: string;
  steps?: string;
  json?: boolean;
  width?: string;
}

export async function negotiateTournament(
  ctx: Ctx,
  files: string[],
  flags: TournamentFlags,
): Promise<number> {
  const width = textWidth(ctx.io.stdout, flags.width);
  const strategies = parseStrategies(
    flags.strategies ?? 'boulware,linear,conceder,tit-for-tat,micro',
  );
  if (new Set(strategies.map((s) => s.name)).size !== strategies.length)
    throw new UsageError('a strategy is listed twice', 'list each strategy once');
  const repetitions = flags.reps === undefined ? 1 : parseCount(flags.reps, '--reps', 1, 10_000);
  const seed = flags.seed === undefined ? 1 : parseCount(flags.seed, '--seed', 0, 2 ** 32 - 1);
  const rounds =
    flags.deadline === undefined ? 100 : parseCount(flags.deadline, '--deadline', 1, 100_000);
  const input = await loadNegotiation(ctx, files, {
    ...(flags.steps !== undefined ? { steps: parseSteps(flags.steps) } : {}),
    ...(flags.track !== undefined ? { track: flags.track } : {}),
    ...(flags.architecture !== undefined ? { architecture: flags.architecture } : {}),
  });
  let result: negotiate.TournamentResult;
  try {
    result = negotiate.runTournament({
      scenarios: [
        {
          name: input.table.id,
          domain: input.domain,
          table: { id: input.table.id, parties: input.table.parties, rule: input.table.rule },
        },
      ],
      strategies,
      repetitions,
      deadline: { rounds },
      seed,
    });
  } catch (e) {
    if (e instanceof EngineError && e.code === 'negotiate/too-many-profiles')
      throw new UsageError(
        e.message,
        'use fewer strategies, or a table with fewer seats (--track)',
      );
    throw e;
  }
  if (flags.json) {
    ctx.out(formatJson(result));
    return EXIT.ok;
  }
  ctx.out(renderBlocksText(tournamentBlocks(input.title, result), { color: ctx.color, width }));
  return EXIT.ok;
}

const pct = (x: number): string => `${Math.round(100 * x)}%`;
const u2 = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

function tournamentBlocks(title: string, r: negotiate.TournamentResult): Block[] {
  const p = r.provenance.parameters as { repetitions: number; rounds: number };
  const agreed = r.runs.filter((x) => x.agreement).length;
  return [
    { type: 'heading', text: title },
    {
      type: 'paragraph',
      text:
        `${r.runs.length} sessions (${p.repetitions} per profile, deadline ${p.rounds} rounds, seed ${r.provenance.seed}); ` +
        `${pct(r.runs.length === 0 ? 0 : agreed / r.runs.length)} reached an agreement.`,
    },
    {
      type: 'table',
      caption:
        'Per strategy, over the seats it played: agreement rate, mean utility and advantage over the reservation value, welfare, distances (utility space) to the Pareto frontier and the Nash point',
      head: [
        'Strategy',
        'Seats',
        'Agreed',
        'Utility',
        'Advantage',
        'Welfare',
        'To Pareto',
        'To Nash',
      ],
      rows: [...r.strategies]
        .sort((a, b) => b.meanAdvantage - a.meanAdvantage)
        .map((s) => [
          { text: s.strategy, tone: 'strong' },
          String(s.seats),
          pct(s.agreementRate),
          u2(s.meanUtility),
          u2(s.meanAdvantage),
          u2(s.meanWelfare),
          u2(s.meanParetoDistance),
          u2(s.meanNashDistance),
        ]),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    },
  ];
}

export function registerNegotiateTournament(group: Command, host: CommandHost): void {
  group
    .command('tournament')
    .description('every strategy against every other, in every seat, repeated')
    .argument('<files...>', 'scenario, or GENIUS domain and profile .xml files')
    .option(
      '--strategies <list>',
      'strategies to play (default boulware,linear,conceder,tit-for-tat,micro)',
    )
    .option('--reps <n>', 'repetitions of each profile (default 1)')
    .option('--seed <s>', 'master seed (default 1)')
    .option('--deadline <rounds>', 'rounds per session (default 100)')
    .option('--track <id>', 'play one table of the scenario')
    .option('--architecture <id>', 'apply an architecture first')
    .option('--steps <n>', 'values per issue scale (scenarios)')
    .option('--json', 'print the stable JSON interface instead of text')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], flags: TournamentFlags) =>
      host.setExit(await negotiateTournament(host.ctx(), files, flags)),
    );
}
