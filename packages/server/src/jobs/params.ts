/**
 * The parameters of each analysis, as zod schemas. The same schemas validate `POST /api/runs`
 * and generate its OpenAPI description; the worker receives the parsed values.
 */
import * as z from 'zod';
import { forecast, games, negotiate } from '@parley/engines';

/** Shapes the engine and view parameters share (viewParams.ts). */
export const Id = z.string().min(1).max(200);
export const Architecture = Id.describe(
  'Run on this architecture of the scenario (default: as written).',
);
export const Seed = z
  .int()
  .min(0)
  .max(2 ** 32 - 1);
export const Coalitions = z
  .array(z.array(Id).min(1).max(64))
  .max(64)
  .describe('Coalitions of actor ids; actors not named act alone. Default: the scenario’s.');
export const StrategyName = z.enum(
  negotiate.STRATEGIES.map((s) => s.name) as [string, ...string[]],
);
/** Simulated sessions per comparison table. */
export const CompareRuns = z
  .int()
  .min(1)
  .max(10_000)
  .describe('Simulated sessions per table (default 100).');

export const STABILITY_CONCEPTS = ['nash', 'gmr', 'smr', 'seq', 'sim'] as const;

export const GmcrParams = z
  .strictObject({
    concepts: z
      .array(z.enum(STABILITY_CONCEPTS))
      .min(1)
      .max(5)
      .optional()
      .describe('Stability concepts (default all five).'),
    horizon: z
      .int()
      .min(1)
      .max(64)
      .optional()
      .describe('Also compute limited-move stability with this horizon.'),
    coalitions: Coalitions.optional(),
    statusQuo: z
      .union([z.int().min(1), z.string().regex(/^[YNyn]{1,32}$/)])
      .optional()
      .describe('State to trace paths from: 1-based id or Y/N string (default: the scenario’s).'),
    architecture: Architecture.optional(),
  })
  .describe('GMCR: stability of every state, equilibria, paths from the status quo.');

export const ForecastParams = z
  .strictObject({
    models: z
      .array(
        z.enum(forecast.FORECAST_MODELS as [forecast.ForecastModel, ...forecast.ForecastModel[]]),
      )
      .min(1)
      .max(6)
      .optional()
      .describe('Models (default: mean, capability-mean, median, bdm, smp).'),
    issue: Id.optional().describe('Forecast one issue only (its id).'),
    rounds: z.int().min(1).max(10_000).optional(),
    runs: z
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .describe('Monte Carlo runs over uncertain inputs.'),
    seed: Seed.optional().describe('Monte Carlo seed (default 1).'),
    bdmVariant: z.enum(['paper', 'scholz-code']).optional(),
    joint: z.boolean().optional().describe('Forecast all issues as one linked package.'),
    architecture: Architecture.optional(),
  })
  .describe('Forecast: where positions end up on each issue.');

export const NegotiateParams = z
  .strictObject({
    steps: z
      .int()
      .min(2)
      .max(21)
      .optional()
      .describe(
        'Values per issue scale (default: at most 11, keeping a table within 20,000 outcomes).',
      ),
    track: Id.optional().describe('One table of the scenario: its issues and seated parties.'),
    issues: z.array(Id).min(1).max(32).optional(),
    actors: z.array(Id).min(2).max(64).optional(),
    reservations: z.record(Id, z.number().min(0).max(1)).optional(),
    mode: z.enum(['textbook', 'genius']).optional(),
    session: z
      .strictObject({
        mechanism: z
          .enum(['sao', 'snt', 'mcp'])
          .optional()
          .describe(
            'Stacked alternating offers (default), single negotiating text, or monotonic concession.',
          ),
        strategies: z
          .array(StrategyName)
          .min(1)
          .max(64)
          .optional()
          .describe(
            'sao only: one strategy per party in seat order, or one for all (default boulware).',
          ),
        rounds: z.int().min(1).max(10_000).optional().describe('Deadline in rounds (default 100).'),
        seed: Seed.optional().describe('Seed of the random streams (default 1, as the CLI).'),
      })
      .optional()
      .describe('Also simulate one session, as `parley negotiate run --json` prints it.'),
    architecture: Architecture.optional(),
  })
  .describe('Negotiate: Pareto frontier and bargaining solutions, optionally a simulated session.');

export const GamesParams = z
  .strictObject({
    method: z.enum(games.GAME_METHODS as [games.GameMethod, ...games.GameMethod[]]).optional(),
    options: z
      .union([z.array(Id).min(1).max(20), z.literal('core')])
      .optional()
      .describe('Scenario game view: the options the players choose (ids, or "core").'),
    payoff: z.enum(['rank', 'score']).optional(),
    architecture: Architecture.optional(),
  })
  .describe('Games: equilibria of a strategic-form game (Gambit file or a scenario’s game view).');

export const CompareParams = z
  .strictObject({
    architectures: z
      .array(Id)
      .min(1)
      .max(32)
      .optional()
      .describe('Architectures to compare; the baseline is always included, first. Default all.'),
    runs: CompareRuns.optional(),
    seed: Seed.optional(),
    rounds: z
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe('Deadline of every session (default 100).'),
    strategies: z.array(StrategyName).min(1).max(16).optional().describe('Strategy mix.'),
    mechanism: z.enum(['auto', 'sao', 'snt', 'mcp']).optional(),
    steps: z.int().min(2).max(21).optional().describe('Values per issue scale (default adaptive).'),
    outsiderSalience: z.number().min(0).max(1).optional(),
    forecastModels: z
      .array(
        z.enum(forecast.FORECAST_MODELS as [forecast.ForecastModel, ...forecast.ForecastModel[]]),
      )
      .min(1)
      .max(6)
      .optional(),
    tolerance: z.number().min(0).max(1).optional(),
  })
  .describe('Compare: every method on every architecture of the scenario, against the baseline.');

export type GmcrParams = z.infer<typeof GmcrParams>;
export type ForecastParams = z.infer<typeof ForecastParams>;
export type NegotiateParams = z.infer<typeof NegotiateParams>;
export type GamesParams = z.infer<typeof GamesParams>;
export type CompareParams = z.infer<typeof CompareParams>;
