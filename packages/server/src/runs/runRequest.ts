/**
 * The body of `POST /api/runs`: an engine, its parameters, and one input — a saved or catalog
 * scenario (`scenarioId`, optionally a `version`), scenario text, a Gambit game (games only) or
 * GENIUS files (negotiate only). `view` runs one of the workbench's analysis views (viewParams.ts).
 */
import * as z from 'zod';
import { MAX_TEXT } from '../http/schemas.ts';
import {
  CompareParams,
  ForecastParams,
  GamesParams,
  GmcrParams,
  NegotiateParams,
} from '../jobs/params.ts';
import { ViewParams } from '../jobs/viewParams.ts';

const Text = z.string().max(MAX_TEXT);

const Sources = {
  scenarioId: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('A saved (`sc_…`) or catalog (`catalog:…`) scenario.'),
  version: z.int().min(1).optional().describe('Version of the saved scenario (default: current).'),
  text: Text.optional().describe('Scenario text (YAML or JSON), when not running a saved one.'),
  reuse: z
    .boolean()
    .default(false)
    .describe(
      'Answer with a stored succeeded run (200, header `x-parley-reused`) when one has the same engine, params (in any key order), input hash and Parley version; else start one (202).',
    ),
};

const Gambit = z
  .strictObject({ text: Text, file: z.string().max(200).optional() })
  .describe('A Gambit .nfg or .efg game.');

const Genius = z
  .strictObject({
    domain: Text.describe('GENIUS domain XML (negotiation_template).'),
    profiles: z.array(Text).min(1).max(16).describe('One utility_space XML per party.'),
    files: z
      .array(z.string().max(200))
      .max(16)
      .optional()
      .describe('Profile file names (party ids).'),
  })
  .describe('GENIUS/ANAC domain and profiles.');

export const RunRequest = z
  .discriminatedUnion('engine', [
    z.strictObject({ engine: z.literal('gmcr'), ...Sources, params: GmcrParams.default({}) }),
    z.strictObject({
      engine: z.literal('forecast'),
      ...Sources,
      params: ForecastParams.default({}),
    }),
    z.strictObject({
      engine: z.literal('negotiate'),
      ...Sources,
      genius: Genius.optional(),
      params: NegotiateParams.default({}),
    }),
    z.strictObject({
      engine: z.literal('games'),
      ...Sources,
      game: Gambit.optional(),
      params: GamesParams.default({}),
    }),
    z.strictObject({ engine: z.literal('compare'), ...Sources, params: CompareParams.default({}) }),
    z.strictObject({ engine: z.literal('view'), ...Sources, params: ViewParams }),
  ])
  .superRefine((body, ctx) => {
    const given = [
      body.scenarioId !== undefined,
      body.text !== undefined,
      'game' in body && body.game !== undefined,
      'genius' in body && body.genius !== undefined,
    ].filter(Boolean).length;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give exactly one input: scenarioId, text, game (games) or genius (negotiate)',
      });
    }
    if (body.version !== undefined && body.scenarioId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: 'version needs scenarioId' });
    }
  })
  .meta({ id: 'RunRequest' });

export type RunRequest = z.infer<typeof RunRequest>;
