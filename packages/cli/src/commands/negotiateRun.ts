/**
 * `parley negotiate run FILE...`: one simulated session — stacked alternating offers between
 * the given strategies, the mediated single text, or the Zeuthen concession protocol — with its
 * result and trace. `--json` is documented in docs/cli.md.
 */
import type { Command } from 'commander';
import { negotiate } from '@parley/engines';
import {
  formatJson,
  renderBlocksText,
  sessionJson,
  simulateSession,
  type Block,
  type SessionJson,
} from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT, UsageError } from '../errors.ts';
import { parseCount, parseRunMechanism, parseSteps, parseStrategies } from '../negotiateArgs.ts';
import { loadNegotiation, type NegotiationInput } from '../negotiateInput.ts';
import type { CommandHost } from '../program.ts';
import { textWidth } from '../textWidth.ts';

const EXAMPLES = `
Examples:
  $ parley negotiate run catalog/korean-peninsula-2018.yaml --track us_dprk --strategies boulware,conceder
  $ parley negotiate run catalog/korean-peninsula-2018.yaml --track peace_regime --mechanism mcp --json
  $ parley negotiate run catalog/korean-peninsula-2018.yaml --track us_dprk --mechanism sntext --seed 3

--strategies gives one strategy per seat (seat order: the table's parties as listed), or one
for every seat (default boulware). Strategies: ${negotiate.STRATEGIES.map((s) => s.name).join(', ')}.
The single text (sntext) starts from the status quo when every issue has one, else from the
mediator's positions. The --json output is a stable interface, documented in docs/cli.md.`;

export interface RunFlags {
  mechanism?: string;
  strategies?: string;
  track?: string;
  architecture?: string;
  deadline?: string;
  seed?: string;
  steps?: string;
  json?: boolean;
  width?: string;
}

/** `run`'s JSON: the session, decoded (outcomes as issue values); shared with the server. */
export type RunJson = SessionJson;

function seatStrategies(text: string | undefined, seats: number): negotiate.StrategySpec[] {
  const specs = parseStrategies(text ?? 'boulware');
  if (specs.length === 1) return Array.from({ length: seats }, () => specs[0]!);
  if (specs.length !== seats)
    throw new UsageError(
      `${specs.length} strategies for ${seats} seats`,
      'give one strategy per seat, or one for all seats',
    );
  return specs;
}

export async function negotiateRun(ctx: Ctx, files: string[], flags: RunFlags): Promise<number> {
  const width = textWidth(ctx.io.stdout, flags.width);
  const mechanism = flags.mechanism === undefined ? 'sao' : parseRunMechanism(flags.mechanism);
  const deadline =
    flags.deadline === undefined ? 100 : parseCount(flags.deadline, '--deadline', 1, 100_000);
  const seed = flags.seed === undefined ? 1 : parseCount(flags.seed, '--seed', 0, 2 ** 32 - 1);
  if (mechanism !== 'sao' && flags.strategies !== undefined)
    throw new UsageError(
      '--strategies applies to saop only',
      'the single text and MCP have no strategies',
    );
  const input = await loadNegotiation(ctx, files, {
    ...(flags.steps !== undefined ? { steps: parseSteps(flags.steps) } : {}),
    ...(flags.track !== undefined ? { track: flags.track } : {}),
    ...(flags.architecture !== undefined ? { architecture: flags.architecture } : {}),
  });
  const strategies =
    mechanism === 'sao' ? seatStrategies(flags.strategies, input.table.parties.length) : null;
  const result = simulateSession(input, mechanism, {
    strategies: strategies ?? [],
    deadline,
    seed,
  });
  const json = sessionJson(input, result, strategies, { deadline, seed });
  if (flags.json) {
    ctx.out(formatJson(json));
    return EXIT.ok;
  }
  ctx.out(renderBlocksText(runBlocks(input, json), { color: ctx.color, width }));
  return EXIT.ok;
}

const MECHANISM_NAMES = {
  sao: 'stacked alternating offers',
  snt: 'single negotiating text',
  mcp: 'monotonic concession (Zeuthen)',
};
const u2 = (x: number): string => x.toFixed(2);
const values = (o: (string | number)[]): string =>
  o.map((v) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : v)).join(', ');
/** The last moves shown in text (the JSON has them all). */
const TRACE_TAIL = 12;

function runBlocks(input: NegotiationInput, r: RunJson): Block[] {
  const result = r.agreement
    ? `Agreement after ${r.rounds} rounds: ${values(r.agreement.outcome)} (${r.issues.map((i) => i.id).join(', ')}).`
    : `No agreement (${r.endedBy}) after ${r.rounds} rounds.`;
  const tail = r.trace.slice(-TRACE_TAIL);
  return [
    { type: 'heading', text: input.title },
    {
      type: 'definitions',
      items: [
        {
          term: 'Mechanism',
          detail: `${MECHANISM_NAMES[r.mechanism]}; deadline ${r.deadline} rounds; seed ${r.seed}`,
        },
        { term: 'Table', detail: `${r.table} (${r.rule})` },
        { term: 'Result', detail: result },
        ...(r.nash ? [{ term: 'Nash point', detail: `${values(r.nash.outcome)}` }] : []),
      ],
    },
    {
      type: 'table',
      head: ['Party', 'Strategy', 'Reservation', 'Utility', 'Nash utility'],
      rows: r.parties.map((p, s) => [
        { text: p.name, tone: 'strong' },
        p.strategy ?? '—',
        u2(p.reservation),
        { text: u2(r.utilities[s]!), tone: r.agreement ? 'good' : 'muted' },
        r.nash ? u2(r.nash.utilities[s]!) : '—',
      ]),
      align: ['left', 'left', 'right', 'right', 'right'],
    },
    {
      type: 'table',
      caption: `The last ${tail.length} of ${r.trace.length} moves (all of them in --json)`,
      head: ['Round', 'Party', 'Action', 'Outcome'],
      rows: tail.map((e) => [
        String(e.round),
        e.party,
        e.action,
        e.outcome ? values(e.outcome) : '',
      ]),
      align: ['right', 'left', 'left', 'left'],
    },
  ];
}

export function registerNegotiateRun(group: Command, host: CommandHost): void {
  group
    .command('run')
    .description('simulate one session and print its result and trace')
    .argument('<files...>', 'scenario, or GENIUS domain and profile .xml files')
    .option('--mechanism <m>', 'saop (default) | sntext | mcp')
    .option('--strategies <list>', 'saop: one strategy per seat, or one for all (default boulware)')
    .option('--track <id>', 'run one table of the scenario')
    .option('--architecture <id>', 'apply an architecture first')
    .option('--deadline <rounds>', 'rounds before the session ends without agreement (default 100)')
    .option('--seed <s>', 'seed of the random streams (default 1)')
    .option('--steps <n>', 'values per issue scale (scenarios)')
    .option('--json', 'print the stable JSON interface instead of text')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], flags: RunFlags) =>
      host.setExit(await negotiateRun(host.ctx(), files, flags)),
    );
}
