/**
 * The published JSON Schema of scenario format v1, generated from the zod schema (the single
 * source of truth) for the input side: keys with defaults are optional, as in a file. Editors
 * use it for completion and checking (see docs/scenario-format.md); it checks shape only — the
 * cross-references are validated by `parseScenario`.
 *
 * The committed copy lives at `schema/parley-scenario-v1.schema.json`; regenerate it with
 * `npx tsx scripts/write-schema.ts` (or `npm run parley -- schema -o …`).
 */
import * as z from 'zod';
import { ScenarioSchema } from './schema.ts';

/** `$id` of the schema. A URN, so no tool tries to fetch it. */
export const SCENARIO_SCHEMA_ID = 'urn:parley:schema:scenario:v1';

/** The JSON Schema (draft 2020-12) of a scenario file. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'Parley scenario (format v1)',
    description:
      'A Parley scenario: actors, issues with positions, GMCR options and preferences, and sources. ' +
      'Shape only: parseScenario also checks references, scales, statements and rankings.',
    ...rest,
  };
}

/** The schema as the text committed to the repository (2-space JSON, final newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
