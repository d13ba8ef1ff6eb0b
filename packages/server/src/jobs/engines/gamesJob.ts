/**
 * Equilibria of a strategic-form game, as `parley games solve --json` finds them
 * (docs/games.md): a Gambit `.nfg`/`.efg` file (trees in reduced strategic form), or the game
 * view of a scenario's graph model — each actor chooses the setting of its own options,
 * payoffs follow its preferences. Default method: enummixed for two players, simpdiv otherwise
 * (as Gambit's tools).
 */
import { compare, games, gmcr } from '@parley/engines';
import { readGambit } from '@parley/model';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import type { GamesParams } from '../params.ts';
import { JobInputError } from './jobError.ts';
import { scenarioOf } from './scenarioOf.ts';

interface GameSource {
  game: games.StrategicGame;
  warnings: string[];
  /** For a scenario's game view: the option ids the players choose, and the status quo profile. */
  view?: { options: string[]; payoff: compare.GameViewPayoff; statusQuoProfile: number };
}

function gambitSource(text: string, file?: string): GameSource {
  const parsed = readGambit(text, file);
  if (!parsed.ok)
    throw new JobInputError('invalid-gambit', parsed.diagnostics.map((d) => d.message).join('; '));
  return games.fromGambit(parsed.value);
}

function viewSource(input: JobInput, params: GamesParams): GameSource {
  const scenario = scenarioOf(input, params.architecture);
  if (scenario.options.length === 0) {
    throw new JobInputError('no-options', 'the scenario has no GMCR options to make a game of');
  }
  const model = gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario));
  const ids = model.input.options.map((o) => o.id);
  const options =
    params.options === 'core' ? compare.coreOptions(model, 4).map((k) => ids[k]!) : params.options;
  const payoff = params.payoff ?? 'rank';
  const view = compare.gameFromScenarioModel(model, {
    ...(options ? { options } : {}),
    payoff,
    title: `${scenario.title}: game view`,
  });
  return {
    game: view.game,
    warnings: [],
    view: {
      options: view.options.map((k) => ids[k]!),
      payoff,
      statusQuoProfile: view.statusQuoProfile,
    },
  };
}

export function gamesJob(input: JobInput, params: GamesParams, progress: ProgressHook) {
  const source =
    input.kind === 'gambit' ? gambitSource(input.text, input.file) : viewSource(input, params);
  const { game } = source;
  const method = params.method ?? (game.players.length === 2 ? 'enummixed' : 'simpdiv');
  const solution = games.solveGame(
    game,
    method,
    {},
    {
      onProgress: (p) =>
        progress(p.total ? p.done / p.total : Math.min(0.99, p.done / 1000), p.phase),
    },
  );
  const result = {
    title: game.title,
    ...(source.view ? { view: source.view } : {}),
    solution: games.toJson(solution),
  };
  const provenance: EngineProvenance = {
    engine: 'games',
    method,
    parameters: { ...params, method },
    warnings: [...source.warnings, ...solution.warnings],
  };
  return { result, provenance };
}
