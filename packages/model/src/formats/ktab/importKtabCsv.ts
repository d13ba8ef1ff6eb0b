/**
 * KTAB SMP CSV → Parley scenario: readKtabCsv.ts (structure) then ktabToScenario.ts (values,
 * mapping). Every problem is a Diagnostic with line:col; never throws.
 */
import { hasErrors, type Parsed } from '../../diagnostic.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { ktabToScenario, type KtabImportOptions } from './ktabToScenario.ts';
import { readKtabCsv } from './readKtabCsv.ts';

export function importKtabCsv(text: string, options: KtabImportOptions = {}): Parsed<Scenario> {
  const read = readKtabCsv(text, options.file);
  if (!read.document) return { ok: false, diagnostics: read.diagnostics };
  const { scenario, diagnostics } = ktabToScenario(read.document, options);
  const all = [...read.diagnostics, ...diagnostics];
  return scenario && !hasErrors(all)
    ? { ok: true, value: scenario, diagnostics: all }
    : { ok: false, diagnostics: all };
}
