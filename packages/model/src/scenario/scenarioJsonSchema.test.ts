import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, SCENARIO_SCHEMA_ID } from './scenarioJsonSchema.ts';

const COMMITTED = new URL('../../../../schema/parley-scenario-v1.schema.json', import.meta.url);

describe('scenarioJsonSchema', () => {
  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
  });

  it('describes the input side: keys with defaults are optional, misspelt keys are refused', () => {
    const schema = scenarioJsonSchema() as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(['parley', 'id', 'title', 'asOf', 'actors']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('matches the committed schema/parley-scenario-v1.schema.json', () => {
    const committed: unknown = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(
      committed,
      'schema/parley-scenario-v1.schema.json is stale: run `npx tsx scripts/write-schema.ts` ' +
        '(or `npm run parley -- schema -o schema/parley-scenario-v1.schema.json`) and commit the result',
    ).toEqual(scenarioJsonSchema());
  });
});
