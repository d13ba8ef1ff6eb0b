/**
 * `parley games …`: strategic-form games. `solve` finds equilibria of a Gambit `.nfg`/`.efg`
 * file (or of a scenario's game view) and prints them as Gambit's command-line tools do, line
 * for line, or as JSON; `from` writes a scenario's game view as `.nfg` (gamesFrom.ts).
 */
import { extname } from 'node:path';
import type { Command } from 'commander';
import { AbortedError, EngineError, games } from '@parley/engines';
import { readGambit, type Diagnostic } from '@parley/model';
import { formatJson } from '@parley/report';
import type { Ctx } from '../context.ts';
import { printDiagnostics } from '../diagnostics.ts';
import { EXIT, InputError, UsageError } from '../errors.ts';
import { readText } from '../io.ts';
import type { CommandHost } from '../program.ts';
import { progressReporter } from '../progress.ts';
import { dominanceJson, expandSolution, formatDominance } from './gamesDominance.ts';
import { registerGamesFrom, scenarioGame, type ViewFlags } from './gamesFrom.ts';
import { EXIT_CANCELLED } from './forecast.ts';
import { cancellableOnSigint, runSolver, type RunHooks } from './gamesRun.ts';

const EXAMPLES = `
Examples:
  $ parley games solve game.nfg --method enummixed
  $ parley games solve game.nfg --method lcp --decimals 4
  $ parley games solve tree.efg --method enumpure --json
  $ parley games solve catalog/korean-peninsula-2018.yaml --options core --method logit
  $ parley games solve game.nfg --eliminate --mixed --method enumpure

Methods (as Gambit's gambit-<method> tools): enumpure (all pure equilibria, n players),
enummixed (all extreme equilibria, 2 players), lcp (Lemke-Howson, 2 players), lp (constant-sum,
2 players), simpdiv (one equilibrium, n players), logit (the logit QRE branch, n players).
Default: enummixed for two players, simpdiv otherwise. Output: one "NE,p1,p2,…" line per
equilibrium with exact fractions, player 1's probabilities first (logit: one "λ,p…" line per
traced point, then NE). Trees (.efg) are solved in their reduced strategic form; as Gambit does,
enumpure, lcp and lp print them in behaviour strategies unless given -S.
--eliminate prints the iterated elimination of strictly dominated strategies (by pure
strategies; with --mixed also by mixed ones, with the dominating probabilities) and, given
--method, solves the reduced game and prints its equilibria over the full strategy sets (0 for
eliminated strategies). Ctrl-C stops a solve: the output so far is kept, exit status 130.
A scenario file (.yaml, .yml, .json, .gmcr) is solved through its game view (see games from).
The --json output is a stable interface, documented in docs/cli.md.`;

export interface SolveFlags extends ViewFlags {
  method?: string;
  json?: boolean;
  decimals?: string;
  convexSets?: boolean;
  strategic?: boolean;
  stopAfter?: string | boolean;
  maxDepth?: string;
  eliminate?: boolean;
  mixed?: boolean;
}

const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json', '.gmcr'];

export function parseMethod(text: string | undefined): games.GameMethod | undefined {
  if (text === undefined) return undefined;
  const method = games.GAME_METHODS.find((m) => m === text.toLowerCase());
  if (!method) {
    throw new UsageError(
      `unknown method "${text}"`,
      `methods are ${games.GAME_METHODS.join(', ')}`,
    );
  }
  return method;
}

export function parseDecimals(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 30) {
    throw new UsageError(`bad --decimals "${text}"`, 'give a whole number of digits from 0 to 30');
  }
  return n;
}

/** A whole number ≥ min given to `flag`, or a usage error. */
function wholeNumber(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(`bad ${flag} "${text}"`, `give a whole number from ${min}`);
  }
  return n;
}

/**
 * Gambit's `-e` and `-r`: lcp stops after n equilibria (`-e n`, 0 = all) and at depth d (`-r d`);
 * logit prints only the final NE line (`-e`). Elsewhere they are usage errors.
 */
function searchLimits(
  method: games.GameMethod,
  flags: SolveFlags,
): { lcp: games.LcpOptions; terminalOnly: boolean } {
  const lcp: games.LcpOptions = {};
  if (flags.maxDepth !== undefined) {
    if (method !== 'lcp') throw new UsageError('--max-depth applies to --method lcp only');
    const depth = wholeNumber('--max-depth', flags.maxDepth, 0);
    if (depth > 0) lcp.maxDepth = depth;
  }
  if (flags.stopAfter === undefined) return { lcp, terminalOnly: false };
  if (method === 'logit') return { lcp, terminalOnly: true };
  if (method !== 'lcp') throw new UsageError('-e applies to --method lcp or logit only');
  if (typeof flags.stopAfter !== 'string') {
    throw new UsageError('-e needs a number with lcp', 'stop after that many equilibria: -e 1');
  }
  const count = wholeNumber('-e', flags.stopAfter, 0);
  if (count > 0) lcp.maxEquilibria = count;
  return { lcp, terminalOnly: false };
}

/** The game in a Gambit file, with the reader's diagnostics printed and errors thrown. */
async function gambitGame(ctx: Ctx, file: string): Promise<games.GambitGame> {
  const read = await readText(file);
  if ('diagnostic' in read) throw new InputError([read.diagnostic], file);
  const parsed = readGambit(read.text, file);
  if (!parsed.ok) throw new InputError(parsed.diagnostics, file);
  printDiagnostics(ctx, parsed.diagnostics);
  return games.fromGambit(parsed.value);
}

/** What Gambit's tool does differently with a tree (without -S). */
const TREE_METHOD_NOTES: Partial<Record<games.GameMethod, string>> = {
  lcp: "gambit-lcp solves a tree by Lemke's algorithm on its sequence form and prints one equilibrium; these are the equilibria gambit-lcp -S finds",
  lp: 'gambit-lp solves a tree by the sequence-form LP; this is the optimal vertex of the reduced strategic form (gambit-lp -S), which may differ',
  logit:
    'gambit-logit traces the agent logit QRE of a tree in behaviour strategies (not implemented); this is the QRE of the reduced strategic form, as gambit-logit -S prints it',
};

/**
 * The layout for printing a tree's equilibria in behaviour strategies (Gambit's default for
 * enumpure, lcp and lp), or undefined; prints the notes saying which form the output is in.
 */
function treeOutput(
  ctx: Ctx,
  source: games.GambitGame,
  method: games.GameMethod,
  flags: SolveFlags,
): games.BehaviourLayout | undefined {
  const asGambitDefault =
    source.behaviour !== undefined && flags.strategic !== true && flags.json !== true;
  const behaviour = asGambitDefault && games.TREE_BEHAVIOUR_METHODS.includes(method);
  for (const w of source.warnings) {
    if (w !== games.REDUCED_FORM_NOTE || !behaviour) ctx.err(`warning: ${w}\n`);
    else {
      ctx.err(
        'note: the tree was solved in its reduced strategic form; equilibria are printed in behaviour strategies, as Gambit does (-S: the strategic form)\n',
      );
    }
  }
  const note = asGambitDefault ? TREE_METHOD_NOTES[method] : undefined;
  if (note) ctx.err(`note: ${note}\n`);
  return behaviour ? source.behaviour : undefined;
}

/** Gambit's refusals (a method that does not apply to the game) as input problems, exit 1. */
function refusal(e: EngineError, file: string, players: number): InputError {
  const hint =
    e.code === 'games/not-two-player'
      ? `the game has ${players} players: use --method enumpure, simpdiv or logit`
      : 'use --method enummixed or lcp for games that are not constant-sum';
  const diagnostic: Diagnostic = {
    code: e.code.replace('/', '-'),
    severity: 'error',
    path: '',
    file,
    message: e.message,
    hint,
  };
  return new InputError([diagnostic], file);
}

/** The game to solve: a Gambit file, or a scenario's game view. */
async function sourceGame(ctx: Ctx, file: string, flags: SolveFlags): Promise<games.GambitGame> {
  const isScenario = SCENARIO_EXTENSIONS.includes(extname(file).toLowerCase());
  if (!isScenario && (flags.options !== undefined || flags.payoff !== undefined)) {
    throw new UsageError('--options and --payoff apply to scenario files only');
  }
  return isScenario
    ? { game: (await scenarioGame(ctx, file, flags)).view.game, warnings: [] }
    : await gambitGame(ctx, file);
}

/** Progress as a percentage when the solver knows its total, as counts otherwise. */
function progressHook(ctx: Ctx, extra?: (p: games.Progress) => void) {
  const progress = progressReporter(ctx);
  const onProgress = (p: games.Progress): void => {
    if (p.total) progress.update(p.phase, p.done / p.total);
    else progress.count('solving', [[p.done, p.phase]]);
    extra?.(p);
  };
  return { progress, onProgress };
}

/**
 * `games solve`. `run` carries the Ctrl-C signal (and, for tests, a progress spy and
 * in-process solving); a cancelled solve keeps what was printed and returns 130.
 */
export async function gamesSolve(
  ctx: Ctx,
  file: string,
  flags: SolveFlags,
  run: RunHooks = {},
): Promise<number> {
  const requested = parseMethod(flags.method);
  const decimals = parseDecimals(flags.decimals);
  if (flags.mixed === true && flags.eliminate !== true) {
    throw new UsageError('--mixed applies with --eliminate only');
  }
  const source = await sourceGame(ctx, file, flags);
  const full = source.game;
  const eliminated =
    flags.eliminate === true
      ? games.eliminateDominated(full, { mixed: flags.mixed === true })
      : undefined;
  if (eliminated && !flags.json) ctx.out(formatDominance(full, eliminated, flags.mixed === true));
  if (eliminated && requested === undefined) {
    if (flags.json) ctx.out(formatJson({ dominance: dominanceJson(full, eliminated) }));
    return EXIT.ok;
  }
  const game = eliminated?.game ?? full;
  const method = requested ?? (game.players.length === 2 ? 'enummixed' : 'simpdiv');
  if (flags.convexSets === true && method !== 'enummixed') {
    throw new UsageError('--convex-sets applies to --method enummixed only');
  }
  const limits = searchLimits(method, flags);
  // The reduced game has no tree layout: its equilibria are printed in the strategic form.
  const behaviour = treeOutput(
    ctx,
    source,
    method,
    eliminated ? { ...flags, strategic: true } : flags,
  );
  const { progress, onProgress } = progressHook(ctx, run.onProgress);
  let solution: games.GameSolution;
  try {
    solution = await runSolver(
      game,
      method,
      { enummixed: { convexSets: flags.convexSets === true }, lcp: limits.lcp },
      { ...run, onProgress },
    );
  } catch (e) {
    if (e instanceof AbortedError) {
      progress.done();
      ctx.err(
        `interrupted: ${method} was stopped before it finished; no equilibria are printed (the solver returns them only at the end)\n`,
      );
      return EXIT_CANCELLED;
    }
    if (e instanceof EngineError && e.code.startsWith('games/not-'))
      throw refusal(e, file, game.players.length);
    throw e;
  } finally {
    progress.done();
  }
  if (eliminated) solution = expandSolution(full, eliminated.kept, solution);
  for (const note of solution.warnings) ctx.err(`note: ${note}\n`);
  if (flags.json) {
    const json = games.toJson(solution);
    ctx.out(
      formatJson(eliminated ? { ...json, dominance: dominanceJson(full, eliminated) } : json),
    );
  } else {
    ctx.out(
      games.formatGambit(solution, {
        ...(decimals !== undefined ? { decimals } : {}),
        ...(behaviour ? { behaviour } : {}),
        convexSets: flags.convexSets === true,
        terminalOnly: limits.terminalOnly,
      }),
    );
  }
  return EXIT.ok;
}

export function registerGames(program: Command, host: CommandHost): void {
  const group = program
    .command('games')
    .description('strategic-form games: equilibria of Gambit files, the game view of a scenario');
  group
    .command('solve')
    .description('equilibria of a game (.nfg, .efg, or a scenario through its game view)')
    .argument('<file>', 'Gambit game (.nfg, .efg) or scenario (.yaml, .yml, .json, .gmcr)')
    .option('-m, --method <method>', `${games.GAME_METHODS.join(' | ')}`)
    .option('--json', 'print the stable JSON interface instead of Gambit lines')
    .option('-d, --decimals <n>', 'probabilities as decimals with n digits (Gambit -d)')
    .option('-c, --convex-sets', 'enummixed: also print the maximal convex sets (Gambit -c)')
    .option('-S, --strategic', 'trees: print the reduced strategic form, not behaviour (Gambit -S)')
    .option('-e, --stop-after [n]', 'lcp: stop after n equilibria; logit: print only the NE line')
    .option('-r, --max-depth <n>', 'lcp: follow Lemke–Howson paths at most n deep (Gambit -r)')
    .option('--eliminate', 'first remove strictly dominated strategies, printing each step')
    .option('--mixed', '--eliminate: also strategies dominated only by mixed strategies')
    .option('--options <list>', 'scenario: the options the players choose (a,b,c or "core")')
    .option('--payoff <rule>', 'scenario: rank (default) or score')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: SolveFlags) =>
      host.setExit(
        await cancellableOnSigint((signal) => gamesSolve(host.ctx(), file, flags, { signal })),
      ),
    );
  registerGamesFrom(group, host);
}
