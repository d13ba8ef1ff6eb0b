/** /api/validate and /api/import: check a file, or convert another tool's file (and save it). */
import * as z from 'zod';
import { hasErrors, scenarioJsonSchemaText } from '@parley/model';
import { invalidInput } from '../http/apiError.ts';
import { Diagnostic, ErrorBody, MAX_TEXT, ScenarioMeta, ScenarioSummary } from '../http/schemas.ts';
import type { ZodApp } from '../http/zodApp.ts';
import { IMPORT_FORMATS, importText, scenarioFileText } from '../scenarios/importText.ts';
import { summaryOf, type ScenarioService } from '../scenarios/scenarioService.ts';
import { parseScenarioText, scenarioMeta } from '../scenarios/scenarioText.ts';

const Text = z.string().max(MAX_TEXT);

const GeniusFiles = z.strictObject({
  domain: Text,
  profiles: z.array(Text).min(1).max(16),
  files: z.array(z.string().max(200)).max(16).optional(),
});

const ValidateBody = z.strictObject({
  text: Text.optional(),
  file: z.string().max(200).optional().describe('File name shown in diagnostics.'),
  format: z
    .enum(['scenario', ...IMPORT_FORMATS])
    .default('scenario')
    .describe('`scenario` (Parley YAML/JSON) or an import format.'),
  genius: GeniusFiles.optional(),
});

const ValidateReply = z.object({
  valid: z.boolean().describe('False when a diagnostic is an error.'),
  diagnostics: z.array(Diagnostic),
  meta: ScenarioMeta.optional().describe('For a valid scenario (or one imported from the file).'),
});

const ImportBody = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  text: Text.optional().describe('The file (every format but genius).'),
  file: z.string().max(200).optional(),
  genius: GeniusFiles.optional().describe('GENIUS: domain and profile XML.'),
  output: z.enum(['yaml', 'json']).default('yaml').describe('Text format of an imported scenario.'),
  save: z.boolean().default(false).describe('Save an imported scenario (201 with its id).'),
  note: z.string().max(1000).optional(),
});

const ImportReply = z.object({
  kind: z.enum(['scenario', 'negotiation-domain', 'game']),
  diagnostics: z.array(Diagnostic).describe('Warnings (errors make the request 400).'),
  text: z.string().optional().describe('The imported scenario as Parley YAML/JSON.'),
  meta: ScenarioMeta.optional(),
  scenario: ScenarioSummary.optional().describe('The saved scenario, with save: true.'),
  domain: z
    .unknown()
    .optional()
    .describe('GENIUS: the negotiation domain (run it with POST /api/runs, genius).'),
  game: z
    .object({ kind: z.enum(['nfg', 'efg']), title: z.string(), players: z.array(z.string()) })
    .optional(),
});

export function importRoutes(app: ZodApp, scenarios: ScenarioService): void {
  const schemaText = scenarioJsonSchemaText();
  app.get('/api/schema', {
    schema: {
      tags: ['files'],
      summary: 'The JSON Schema (draft 2020-12) of the scenario format, for editors',
      response: { 200: z.unknown() },
    },
    handler: (_request, reply) =>
      reply
        .type('application/schema+json; charset=utf-8')
        .serializer((payload: unknown) => payload as string)
        .send(schemaText),
  });

  app.post('/api/validate', {
    schema: {
      tags: ['files'],
      summary: 'Check a scenario (or an importable file): every diagnostic with path and line:col',
      body: ValidateBody,
      response: { 200: ValidateReply, 400: ErrorBody },
    },
    handler: (request) => {
      const { text, file, format, genius } = request.body;
      if (format === 'scenario') {
        if (text === undefined)
          throw invalidInput('invalid-request', 'give the text to validate', []);
        const parsed = parseScenarioText(text, file);
        return parsed.ok
          ? { valid: true, diagnostics: parsed.warnings, meta: parsed.meta }
          : { valid: false, diagnostics: parsed.diagnostics };
      }
      const imported = importText({
        format,
        ...(text !== undefined ? { text } : {}),
        ...(file ? { file } : {}),
        ...(genius ? { genius } : {}),
      });
      const valid = imported.kind !== 'invalid' && !hasErrors(imported.diagnostics);
      return {
        valid,
        diagnostics: imported.diagnostics,
        ...(imported.kind === 'scenario' ? { meta: scenarioMeta(imported.scenario) } : {}),
      };
    },
  });

  app.post('/api/import', {
    schema: {
      tags: ['files'],
      summary: 'Convert a GMCR+, KTAB, BDM, GENIUS or Gambit file',
      body: ImportBody,
      response: { 200: ImportReply, 201: ImportReply, 400: ErrorBody },
    },
    handler: async (request, reply) => {
      const { format, text, file, genius, output, save, note } = request.body;
      const imported = importText({
        format,
        ...(text !== undefined ? { text } : {}),
        ...(file ? { file } : {}),
        ...(genius ? { genius } : {}),
      });
      if (imported.kind === 'invalid')
        throw invalidInput('invalid-file', `the ${format} file has errors`, imported.diagnostics);
      if (imported.kind === 'negotiation-domain')
        return { kind: imported.kind, diagnostics: imported.diagnostics, domain: imported.domain };
      if (imported.kind === 'game')
        return { kind: imported.kind, diagnostics: imported.diagnostics, game: imported.game };
      const converted = scenarioFileText(
        imported.scenario,
        output,
        `${file ?? 'a file'} (${format})`,
      );
      const reparsed = parseScenarioText(converted);
      if (!reparsed.ok)
        throw invalidInput(
          'import-not-valid',
          'the imported scenario does not validate as Parley',
          reparsed.diagnostics,
        );
      const body = {
        kind: 'scenario' as const,
        diagnostics: imported.diagnostics,
        text: converted,
        meta: reparsed.meta,
      };
      if (!save) return body;
      const saved = await scenarios.store.create(
        {
          text: converted,
          format: reparsed.format,
          meta: reparsed.meta,
          warnings: reparsed.warnings,
          note: note ?? `imported from ${file ?? format}`,
        },
        `import:${format}`,
      );
      const view = summaryOf(await scenarios.get(saved.id));
      return reply
        .code(201)
        .header('location', `/api/scenarios/${saved.id}`)
        .send({ ...body, scenario: view });
    },
  });
}
