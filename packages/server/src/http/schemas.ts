/**
 * Shapes shared by the routes. These zod schemas validate requests, serialise responses and
 * generate the OpenAPI document, so the three cannot disagree.
 */
import * as z from 'zod';
import type { RunEngine as RunEngineName } from '../jobs/jobTypes.ts';
import { ENGINES } from '../scenarios/scenarioText.ts';

/** Largest scenario or import text accepted (characters). */
export const MAX_TEXT = 4_000_000;

export const Diagnostic = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    path: z.string().describe('Where in the document, e.g. `actors[0].capability`; empty = root.'),
    file: z.string().optional(),
    line: z.int().optional().describe('1-based line in the text.'),
    col: z.int().optional().describe('1-based column in the text.'),
    message: z.string(),
    hint: z.string().optional(),
  })
  .meta({ id: 'Diagnostic' });

export const ErrorBody = z
  .object({
    error: z.string().describe('Stable machine-readable code, e.g. `invalid-scenario`.'),
    message: z.string(),
    hint: z.string().optional(),
    diagnostics: z.array(Diagnostic).optional(),
  })
  .meta({ id: 'Error' });

export const Engine = z.enum(
  ENGINES as unknown as ['gmcr', 'forecast', 'negotiate', 'compare', 'games'],
);

/** What a run runs: an engine, or one of the workbench's views (not an analysis of its own). */
export const RunEngine = z.enum([
  'gmcr',
  'forecast',
  'negotiate',
  'compare',
  'games',
  'view',
] as const satisfies readonly RunEngineName[]);

export const ScenarioMeta = z
  .object({
    key: z.string().describe('The scenario’s own `id` field.'),
    title: z.string(),
    asOf: z.string(),
    summary: z.string().optional(),
    tags: z.array(z.string()),
    actors: z.int(),
    issues: z.int(),
    options: z.int(),
    architectures: z.array(z.string()),
    engines: z.array(Engine).describe('The analyses that apply to this scenario.'),
  })
  .meta({ id: 'ScenarioMeta' });

export const ScenarioSummary = z
  .object({
    id: z.string().describe('`sc_…` for saved scenarios, `catalog:<name>` for built-in ones.'),
    title: z.string(),
    version: z.int(),
    readOnly: z.boolean().describe('Built-in catalog scenarios are read-only: copy them to edit.'),
    origin: z.string().nullable(),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    meta: ScenarioMeta,
  })
  .meta({ id: 'ScenarioSummary' });

export const ScenarioDetail = ScenarioSummary.extend({
  text: z.string().describe('The scenario text exactly as saved (YAML or JSON).'),
  format: z.enum(['yaml', 'json']),
  warnings: z.array(Diagnostic),
}).meta({ id: 'Scenario' });

export const ScenarioVersionInfo = z
  .object({
    version: z.int(),
    format: z.enum(['yaml', 'json']),
    note: z.string().nullable(),
    createdAt: z.string().nullable().describe('Null for built-in scenarios.'),
    meta: ScenarioMeta,
    warnings: z.array(Diagnostic),
  })
  .meta({ id: 'ScenarioVersion' });

export const RunStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);

export const RunView = z
  .object({
    id: z.string(),
    engine: RunEngine,
    status: RunStatus,
    progress: z.number().describe('Fraction done, 0–1.'),
    phase: z.string().nullable(),
    params: z.record(z.string(), z.unknown()),
    scenarioId: z.string().nullable(),
    scenarioVersion: z.int().nullable(),
    inputHash: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        hint: z.string().optional(),
      })
      .nullable(),
    provenance: z.record(z.string(), z.unknown()).nullable(),
    links: z.object({ self: z.string(), events: z.string(), result: z.string() }),
  })
  .meta({ id: 'Run' });

export const IdParams = z.object({ id: z.string().min(1).max(200) });
