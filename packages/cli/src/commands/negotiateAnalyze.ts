/**
 * `parley negotiate analyze FILE...`: the outcome space of a negotiation — the Pareto frontier
 * and the Nash, Kalai–Smorodinsky, egalitarian and max-welfare solutions, without and with the
 * parties' reservation values. `--json` prints `analyzeNegotiation`'s object (docs/cli.md).
 */
import type { Command } from 'commander';
import { negotiate } from '@parley/engines';
import { formatJson, renderBlocksText, type Block, type CellInput } from '@parley/report';
import type { Ctx } from '../context.ts';
import { EXIT } from '../errors.ts';
import { parseMode, parseSteps } from '../negotiateArgs.ts';
import { loadNegotiation, type NegotiationInput } from '../negotiateInput.ts';
import type { CommandHost } from '../program.ts';
import { textWidth } from '../textWidth.ts';

const EXAMPLES = `
Examples:
  $ parley negotiate analyze catalog/korean-peninsula-2018.yaml --track us_dprk
  $ parley negotiate analyze catalog/korean-peninsula-2018.yaml --track peace_regime --architecture dual_track --json
  $ parley negotiate analyze party_domain.xml party_host.xml party_guest.xml --mode genius

FILE is a Parley scenario, or a GENIUS domain XML with one profile XML per party (any order).
A scenario without --track is one table: every issue, every actor with positions, unanimity.
Scales are cut into --steps values (default: up to 11, keeping a table within 20,000 outcomes).
The --json output is a stable interface, documented in docs/cli.md.`;

export interface AnalyzeFlags {
  json?: boolean;
  mode?: string;
  steps?: string;
  track?: string;
  architecture?: string;
  width?: string;
}

/** The seated parties only, in seat order: the parties the analysis is about. */
export function seatedDomain(input: NegotiationInput): negotiate.NegotiationDomain {
  const parties = input.table.parties.map((id) => input.domain.parties.find((p) => p.id === id)!);
  return { ...input.domain, parties };
}

export async function negotiateAnalyze(
  ctx: Ctx,
  files: string[],
  flags: AnalyzeFlags,
): Promise<number> {
  const width = textWidth(ctx.io.stdout, flags.width);
  const mode = flags.mode === undefined ? 'textbook' : parseMode(flags.mode);
  const input = await loadNegotiation(ctx, files, {
    ...(flags.steps !== undefined ? { steps: parseSteps(flags.steps) } : {}),
    ...(flags.track !== undefined ? { track: flags.track } : {}),
    ...(flags.architecture !== undefined ? { architecture: flags.architecture } : {}),
  });
  const analysis = negotiate.analyzeNegotiation(seatedDomain(input), { mode });
  if (flags.json) {
    ctx.out(formatJson(analysis));
    return EXIT.ok;
  }
  ctx.out(renderBlocksText(analysisBlocks(input, analysis), { color: ctx.color, width }));
  return EXIT.ok;
}

const u2 = (x: number): string => x.toFixed(2);
const value = (v: string | number): string =>
  typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;

export function analysisBlocks(input: NegotiationInput, a: negotiate.NegotiationAnalysis): Block[] {
  const zopa = a.withReservation.zopa;
  const rows: CellInput[][] = [];
  const solutions = [
    ['Nash', 'nash'],
    ['Kalai–Smorodinsky', 'kalaiSmorodinsky'],
    ['Egalitarian', 'egalitarian'],
    ['Max welfare', 'maxWelfare'],
  ] as const;
  for (const [set, label] of [
    [a, 'd = 0'],
    [a.withReservation, 'd = r'],
  ] as const) {
    for (const [name, key] of solutions) {
      const point = set[key];
      rows.push([
        { text: `${name} (${label})`, tone: 'strong' },
        ...(point ? point.utilities.map(u2) : a.parties.map(() => '—')),
        ...(point ? point.outcome.map(value) : a.issues.map(() => '—')),
      ]);
    }
  }
  return [
    { type: 'heading', text: `${input.title}` },
    {
      type: 'definitions',
      items: [
        { term: 'Table', detail: `${input.table.id} (${input.table.ruleText})` },
        {
          term: 'Parties',
          detail: a.parties
            .map((p) => `${p.name} (${p.id}, reservation ${u2(p.reservation)})`)
            .join(', '),
        },
        {
          term: 'Issues',
          detail: a.issues.map((i) => `${i.id}: ${i.values.map(value).join(', ')}`).join('; '),
        },
        {
          term: 'Outcomes',
          detail: `${a.outcomes.toLocaleString('en-US')}; zone of possible agreement ${zopa.outcomes.toLocaleString('en-US')}`,
        },
        {
          term: 'Pareto frontier',
          detail: `${a.pareto.length} utility vectors (${a.withReservation.pareto.length} individually rational)`,
        },
        { term: 'Mode', detail: a.mode },
      ],
    },
    {
      type: 'table',
      caption: 'Bargaining solutions, disagreement point d = 0 and d = the reservation values',
      head: ['Solution', ...a.parties.map((p) => `u ${p.id}`), ...a.issues.map((i) => i.id)],
      rows,
      // Too wide (Travel: 7 issues with long values) → bands of columns, each repeating the
      // solution (and its utilities while they are narrow), instead of wrapping values mid-word.
      stickyColumns: utilitiesFit(a) ? 1 + a.parties.length : 1,
      align: [
        'left',
        ...a.parties.map(() => 'right' as const),
        ...a.issues.map(() => 'right' as const),
      ],
    },
    ...(zopa.note ? [{ type: 'note' as const, text: zopa.note }] : []),
  ];
}

/** Whether the solution names and every party's utility fit in half a 100-column terminal. */
function utilitiesFit(a: negotiate.NegotiationAnalysis): boolean {
  const label = 'Kalai–Smorodinsky (d = 0)'.length;
  const columns = a.parties.map((p) => Math.max(4, `u ${p.id}`.length) + 2);
  return label + columns.reduce((x, y) => x + y, 0) <= 50;
}

export function registerNegotiateAnalyze(group: Command, host: CommandHost): void {
  group
    .command('analyze')
    .description('Pareto frontier and bargaining solutions (Nash, Kalai–Smorodinsky, …)')
    .argument('<files...>', 'scenario, or GENIUS domain and profile .xml files')
    .option('--json', 'print the stable JSON interface instead of text')
    .option('--mode <mode>', 'textbook (default) | genius: GENIUS’s own Nash and KS')
    .option('--steps <n>', 'values per issue scale (scenarios)')
    .option('--track <id>', 'analyse one table of the scenario')
    .option('--architecture <id>', 'apply an architecture first')
    .option('--width <columns>', 'text width (default: terminal width, or 100)')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], flags: AnalyzeFlags) =>
      host.setExit(await negotiateAnalyze(host.ctx(), files, flags)),
    );
}
