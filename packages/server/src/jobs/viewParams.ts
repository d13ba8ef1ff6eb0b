/**
 * The parameters of a view run (`engine: "view"`): one of the workbench's analysis views
 * (@parley/views viewTypes.ts), by `kind`. They mirror GmcrRequest, ForecastRequest,
 * GamesRequest, NegotiateRequest and CompareRequest without `scenario`, which comes from the
 * run's input. Bounds are those of the engines' own parameters where they
 * overlap (params.ts), so a view run costs no more than the matching engine run.
 */
import * as z from 'zod';
import { compare } from '@parley/engines';
import { Architecture, Coalitions, CompareRuns, Id, Seed, StrategyName } from './params.ts';

export const VIEW_KINDS = ['gmcr', 'forecast', 'games', 'negotiate', 'compare'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

const GmcrView = z
  .strictObject({
    kind: z.literal('gmcr'),
    architecture: Architecture.optional(),
    coalitions: Coalitions.optional(),
  })
  .describe('GMCR view: stability per concept and mover (typed arrays), moves, status-quo paths.');

const ForecastView = z
  .strictObject({
    kind: z.literal('forecast'),
    runs: z
      .int()
      .min(0)
      .max(100_000)
      .optional()
      .describe('Monte Carlo runs over the inputs written with a range (0 or absent: none).'),
    seed: Seed.optional().describe('Monte Carlo seed (default 1).'),
    architecture: Architecture.optional(),
  })
  .describe('Forecast view: every model on every issue, laid out as the report’s section.');

const GamesView = z
  .strictObject({
    kind: z.literal('games'),
    options: z
      .array(Id)
      .min(1)
      .max(compare.MAX_GAME_OPTIONS)
      .optional()
      .describe('Option ids the players choose (default: the core options).'),
    payoff: z.enum(['rank', 'score']).optional(),
    architecture: Architecture.optional(),
  })
  .describe('Games view: the graph model as a strategic-form game, its equilibria and profiles.');

const NegotiateView = z
  .strictObject({
    kind: z.literal('negotiate'),
    steps: z.int().min(2).max(21).optional().describe('Values per issue scale.'),
    strategies: z
      .array(StrategyName)
      .min(1)
      .max(16)
      .optional()
      .describe('Strategies to simulate, each played by every party (default four).'),
    rounds: z.int().min(1).max(10_000).optional().describe('Deadline in rounds (default 100).'),
    seed: Seed.optional().describe('Session seed (default 0).'),
    architecture: Architecture.optional(),
  })
  .describe('Negotiate view: frontier, bargaining solutions and one session per strategy.');

const CompareView = z
  .strictObject({
    kind: z.literal('compare'),
    runs: CompareRuns.optional(),
    seed: Seed.optional().describe('Seed (default 1).'),
  })
  .describe('Compare view: every architecture against the baseline.');

export const ViewParams = z
  .discriminatedUnion('kind', [GmcrView, ForecastView, GamesView, NegotiateView, CompareView])
  .describe(
    'A workbench view by `kind`; the result is the view data encoded by @parley/views encodeView.',
  )
  .meta({ id: 'ViewParams' });

export type ViewParams = z.infer<typeof ViewParams>;
