/**
 * The published JSON Schema (schema/parley-scenario-v1.schema.json, what editors use) accepts
 * every catalog scenario and rejects a misspelt key — checked with an independent draft 2020-12
 * validator (Ajv), not with the zod schema the file was generated from.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { catalogFiles } from './loadCatalogScenario.ts';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(
  readFileSync(join(here, '..', 'schema', 'parley-scenario-v1.schema.json'), 'utf8'),
) as object;
// Ajv is CommonJS: under NodeNext its default import is the module object.
const Ajv2020 = Ajv2020Module.default;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the published JSON Schema', () => {
  it.each(catalogFiles)('accepts %s', (file) => {
    const document: unknown = parse(readFileSync(join(here, file), 'utf8'));
    const ok = validate(document);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an actor with a misspelt key', () => {
    const document = parse(readFileSync(join(here, 'chicken.yaml'), 'utf8')) as {
      actors: Record<string, unknown>[];
    };
    document.actors[0]!['capabilty'] = 3;
    expect(validate(document)).toBe(false);
  });
});
