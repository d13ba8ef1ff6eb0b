/**
 * /api/scenarios: list, read, create, update (each save a new version), delete, version
 * history, copy (how catalog scenarios become editable) and export. Texts are stored verbatim;
 * a text that does not validate is refused with 400 and every diagnostic.
 */
import * as z from 'zod';
import { ApiError, invalidInput, notFound } from '../http/apiError.ts';
import {
  ErrorBody,
  IdParams,
  MAX_TEXT,
  ScenarioDetail,
  ScenarioSummary,
  ScenarioVersionInfo,
} from '../http/schemas.ts';
import type { ZodApp } from '../http/zodApp.ts';
import { EXPORT_FORMATS, exportScenario } from '../scenarios/exportScenario.ts';
import {
  isCatalogId,
  readOnly,
  summaryOf,
  type ScenarioService,
} from '../scenarios/scenarioService.ts';
import { parseScenarioText } from '../scenarios/scenarioText.ts';

const tags = ['scenarios'];

const SaveBody = z.strictObject({
  text: z
    .string()
    .min(1)
    .max(MAX_TEXT)
    .describe('The scenario, YAML or JSON, stored exactly as sent.'),
  note: z.string().max(1000).optional().describe('What changed, kept with the version.'),
});

const UpdateBody = SaveBody.extend({
  baseVersion: z
    .int()
    .min(1)
    .optional()
    .describe('The version the edit started from; a newer saved version makes the update 409.'),
});

const VersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

/** Parses text to save; 400 with diagnostics when it has errors. */
function checked(text: string, note?: string) {
  const parsed = parseScenarioText(text);
  if (!parsed.ok)
    throw invalidInput('invalid-scenario', 'the scenario has errors', parsed.diagnostics);
  return {
    text,
    format: parsed.format,
    meta: parsed.meta,
    warnings: parsed.warnings,
    ...(note ? { note } : {}),
  };
}

export function scenarioRoutes(app: ZodApp, scenarios: ScenarioService): void {
  const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  app.get('/api/scenarios', {
    schema: {
      tags,
      summary: 'Saved scenarios, then the built-in catalog',
      response: { 200: z.object({ scenarios: z.array(ScenarioSummary) }) },
    },
    handler: async () => ({ scenarios: await scenarios.list() }),
  });

  app.post('/api/scenarios', {
    schema: {
      tags,
      summary: 'Save a new scenario (version 1)',
      body: SaveBody,
      response: { 201: ScenarioDetail, ...errors },
    },
    handler: async (request, reply) => {
      const saved = await scenarios.store.create(checked(request.body.text, request.body.note));
      const view = await scenarios.get(saved.id);
      return reply.code(201).header('location', `/api/scenarios/${saved.id}`).send(view);
    },
  });

  app.get('/api/scenarios/:id', {
    schema: {
      tags,
      summary: 'A scenario with its text (current version, or ?version=N)',
      params: IdParams,
      querystring: VersionQuery,
      response: { 200: ScenarioDetail, ...errors },
    },
    handler: (request) => scenarios.get(request.params.id, request.query.version),
  });

  app.put('/api/scenarios/:id', {
    schema: {
      tags,
      summary: 'Save a new version',
      params: IdParams,
      body: UpdateBody,
      response: { 200: ScenarioDetail, ...errors },
    },
    handler: async (request) => {
      const { id } = request.params;
      if (isCatalogId(id)) throw readOnly(id);
      const { text, note, baseVersion } = request.body;
      const outcome = await scenarios.store.update(id, checked(text, note), baseVersion);
      if (!outcome.ok && outcome.reason === 'not-found') throw notFound('scenario', id);
      if (!outcome.ok) {
        throw new ApiError(409, {
          error: 'version-conflict',
          message: `version ${outcome.current} was saved after version ${baseVersion}`,
          hint: 'read the current version, merge, and save with its number as baseVersion',
        });
      }
      return scenarios.get(id);
    },
  });

  app.delete('/api/scenarios/:id', {
    schema: {
      tags,
      summary: 'Delete a scenario and its history (its runs stay)',
      params: IdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      if (isCatalogId(id)) throw readOnly(id);
      if (!(await scenarios.store.delete(id))) throw notFound('scenario', id);
      scenarios.forget(id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/scenarios/:id/versions', {
    schema: {
      tags,
      summary: 'Version history, newest first',
      params: IdParams,
      response: { 200: z.object({ versions: z.array(ScenarioVersionInfo) }), ...errors },
    },
    handler: async (request) => {
      const { id } = request.params;
      if (isCatalogId(id)) {
        const detail = await scenarios.get(id);
        return {
          versions: [
            {
              version: 1,
              format: detail.format,
              note: null,
              createdAt: null,
              meta: detail.meta,
              warnings: detail.warnings,
            },
          ],
        };
      }
      const versions = await scenarios.store.versions(id);
      if (!versions) throw notFound('scenario', id);
      return { versions };
    },
  });

  app.post('/api/scenarios/:id/copy', {
    schema: {
      tags,
      summary: 'Copy a scenario (a catalog original, or a saved one) into a new saved scenario',
      params: IdParams,
      body: z.strictObject({ note: z.string().max(1000).optional() }).nullish(),
      response: { 201: ScenarioDetail, ...errors },
    },
    handler: async (request, reply) => {
      const source = await scenarios.get(request.params.id);
      const origin = isCatalogId(source.id) ? source.id : `copy:${source.id}@${source.version}`;
      const note = request.body?.note ?? `copied from ${source.id}`;
      const saved = await scenarios.store.create(checked(source.text, note), origin);
      return reply
        .code(201)
        .header('location', `/api/scenarios/${saved.id}`)
        .send(await scenarios.get(saved.id));
    },
  });

  app.get('/api/scenarios/:id/export', {
    schema: {
      tags,
      summary: 'Download a scenario as YAML, JSON or a GMCR+ file',
      params: IdParams,
      querystring: VersionQuery.extend({ format: z.enum(EXPORT_FORMATS).default('yaml') }),
      response: { 200: z.string().describe('The file'), ...errors },
    },
    handler: async (request, reply) => {
      const resolved = await scenarios.resolve(request.params.id, request.query.version);
      const out = exportScenario(resolved, request.query.format);
      if (out.diagnostics.some((d) => d.severity === 'error')) {
        throw invalidInput(
          'cannot-export',
          `this scenario cannot be written as ${request.query.format}`,
          out.diagnostics,
        );
      }
      const name = resolved.scenario.id.replace(/[^A-Za-z0-9_.-]/g, '_');
      return reply
        .type(out.contentType)
        .header('content-disposition', `attachment; filename="${name}.${out.extension}"`)
        .header('x-parley-warnings', String(out.diagnostics.length))
        .serializer((payload: unknown) => payload as string)
        .send(out.text);
    },
  });

  app.get('/api/catalog', {
    schema: {
      tags: ['catalog'],
      summary: 'The built-in scenarios (read-only; copy one to edit it)',
      response: { 200: z.object({ scenarios: z.array(ScenarioSummary) }) },
    },
    handler: async () => ({
      scenarios: await Promise.all(
        scenarios.catalog.entries.map(async (e) => summaryOf(await scenarios.get(e.id))),
      ),
    }),
  });
}
