/**
 * Writes the scenario JSON Schema to schema/parley-scenario-v1.schema.json (or the path given),
 * formatted with the repository's Prettier settings so `prettier --check` stays clean.
 *
 *     npx tsx scripts/write-schema.ts [output-path]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { scenarioJsonSchemaText } from '../packages/model/src/scenario/scenarioJsonSchema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.argv[2] ?? resolve(root, 'schema/parley-scenario-v1.schema.json'));
const config = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(scenarioJsonSchemaText(), { ...config, filepath: target });
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text);
console.error(`wrote ${target}`);
