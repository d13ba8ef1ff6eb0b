/**
 * `parley games from FILE`: the game view of a scenario's graph model — each actor chooses the
 * setting of its own options, payoffs follow its preferences (docs/games.md, "The game view of
 * a scenario") — written as a Gambit `.nfg` file.
 */
import type { Command } from 'commander';
import { compare, EngineError, games, gmcr, type Rational } from '@parley/engines';
import { nfgFromPayoffs, writeNfg, type Scenario } from '@parley/model';
import type { Ctx } from '../context.ts';
import { EXIT, UsageError } from '../errors.ts';
import { gmcrModelOf } from '../gmcrRun.ts';
import { loadScenario, writeOutput } from '../io.ts';
import type { CommandHost } from '../program.ts';
import { VERSION } from '../version.ts';

const EXAMPLES = `
Examples:
  $ parley games from catalog/prisoners-dilemma.yaml
  $ parley games from catalog/korean-peninsula-2018.yaml --options core -o korea-core.nfg
  $ parley games from catalog/korean-peninsula-2018.yaml --options us_max_pressure,dprk_test
  $ parley games from model.gmcr --payoff score | gambit-enumpure -q

Each actor that owns one of the chosen options is a player; its strategies are the settings of
its own options (labelled by the option ids taken, "—" for none); every other option stays at
its status quo. Payoffs are preference ranks among the feasible profiles (1 = least preferred)
or, with --payoff score, option-prioritization scores. Profiles that are infeasible as a whole
pay every player its lowest payoff minus one. --options core picks the options that weigh most
in the actors' preferences. Details: docs/games.md.`;

export interface ViewFlags {
  options?: string;
  payoff?: string;
}

export interface ScenarioGame {
  scenario: Scenario;
  model: gmcr.GmcrModel;
  view: compare.GameView;
}

const PAYOFFS: readonly compare.GameViewPayoff[] = ['rank', 'score'];

function parsePayoff(text: string | undefined): compare.GameViewPayoff {
  if (text === undefined) return 'rank';
  const payoff = PAYOFFS.find((p) => p === text.toLowerCase());
  if (!payoff) throw new UsageError(`unknown payoff rule "${text}"`, 'use --payoff rank or score');
  return payoff;
}

/** `a,b,c`, `core` or `core:N` → option ids of the model; unknown ids are a usage error. */
export function parseGameOptions(
  spec: string | undefined,
  model: gmcr.GmcrModel,
): string[] | undefined {
  if (spec === undefined) return undefined;
  const ids = model.input.options.map((o) => o.id);
  const core = /^core(?::(\d+))?$/i.exec(spec.trim());
  if (core) {
    const count = core[1] === undefined ? 4 : Number(core[1]);
    return compare.coreOptions(model, Math.max(1, count)).map((k) => ids[k]!);
  }
  const names = spec.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !ids.includes(n));
  if (names.some((n) => n === '') || unknown.length > 0) {
    throw new UsageError(
      unknown.length > 0 ? `unknown option(s): ${unknown.join(', ')}` : `bad option list "${spec}"`,
      `options are ${ids.join(', ')} (or "core")`,
    );
  }
  return names;
}

/** A scenario's game view, with command-line problems as usage errors. */
export async function scenarioGame(
  ctx: Ctx,
  file: string,
  flags: ViewFlags,
): Promise<ScenarioGame> {
  const payoff = parsePayoff(flags.payoff);
  const { scenario } = await loadScenario(ctx, file);
  const model = gmcrModelOf(scenario, file);
  const options = parseGameOptions(flags.options, model);
  try {
    const view = compare.gameFromScenarioModel(model, {
      ...(options ? { options } : {}),
      payoff,
      title: `${scenario.title}: game view`,
    });
    return { scenario, model, view };
  } catch (e) {
    if (e instanceof EngineError && e.code.startsWith('compare/')) {
      throw new UsageError(
        e.message,
        'choose fewer options with --options a,b,c or --options core',
      );
    }
    throw e;
  }
}

/** The `.nfg` comment: how the game was derived, so the file explains itself. */
function derivation(g: ScenarioGame): string {
  const ids = g.view.options.map((k) => g.model.input.options[k]!.id);
  const fixed = g.model.optionCount - ids.length;
  const rule =
    g.view.payoff === 'rank'
      ? 'payoffs are preference ranks among the feasible profiles (1 = least preferred)'
      : 'payoffs are option-prioritization scores (statement k of n weighs 2^(n-1-k))';
  return [
    `Game view of scenario ${g.scenario.id}, written by parley ${VERSION}.`,
    `Players choose options ${ids.join(', ')}${fixed > 0 ? `; the other ${fixed} stay at their status quo` : ''}.`,
    `${rule[0]!.toUpperCase()}${rule.slice(1)}; infeasible profiles pay ${g.view.infeasiblePayoffs.map(String).join(', ')}.`,
  ].join(' ');
}

export function viewNfg(g: ScenarioGame): string {
  const exact = (x: Rational) => ({ num: x.num, den: x.den });
  return writeNfg(
    nfgFromPayoffs({
      title: g.view.game.title,
      comment: derivation(g),
      players: g.view.game.players,
      strategies: g.view.game.strategies,
      payoffs: g.view.game.payoffs.map((row) => row.map(exact)),
    }),
  );
}

export async function gamesFrom(
  ctx: Ctx,
  file: string,
  flags: ViewFlags & { output?: string },
): Promise<number> {
  const g = await scenarioGame(ctx, file, flags);
  await writeOutput(ctx, viewNfg(g), flags.output);
  if (!ctx.quiet) {
    const counts = g.view.game.strategies.map((s) => s.length);
    const infeasible = g.view.states.filter((s) => s < 0).length;
    ctx.err(
      `${counts.length} players (${counts.join(' × ')} strategies), ${games.profileCount(g.view.game)} profiles` +
        `${infeasible > 0 ? `, ${infeasible} infeasible` : ''}\n`,
    );
  }
  return EXIT.ok;
}

export function registerGamesFrom(group: Command, host: CommandHost): void {
  group
    .command('from')
    .description("a scenario's graph model as a strategic-form game (Gambit .nfg)")
    .argument('<file>', 'scenario (.yaml, .yml, .json) or GMCR+ file (.gmcr)')
    .option('-o, --output <file>', 'write the .nfg to a file instead of stdout')
    .option('--options <list>', 'options the players choose: a,b,c, or "core" (default: all)')
    .option('--payoff <rule>', 'rank (default) or score')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ViewFlags & { output?: string }) =>
      host.setExit(await gamesFrom(host.ctx(), file, flags)),
    );
}
