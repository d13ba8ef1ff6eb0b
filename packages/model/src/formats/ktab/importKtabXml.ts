/**
 * KTAB SMP XML → Parley scenario: readKtabXml.ts (structure, model parameters) then
 * ktabToScenario.ts (values, mapping). The model parameters, seed and accommodation matrix do
 * not belong in a scenario; `readKtabXml` returns them for the spatial model's settings.
 * Every problem is a Diagnostic with line:col; never throws.
 */
import { hasErrors, type Parsed } from '../../diagnostic.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { ktabToScenario, type KtabImportOptions } from './ktabToScenario.ts';
import { readKtabXml } from './readKtabXml.ts';

export function importKtabXml(text: string, options: KtabImportOptions = {}): Parsed<Scenario> {
  const read = readKtabXml(text, options.file);
  if (!read.document) return { ok: false, diagnostics: read.diagnostics };
  const { scenario, diagnostics } = ktabToScenario(read.document, options);
  const all = [...read.diagnostics, ...diagnostics];
  return scenario && !hasErrors(all)
    ? { ok: true, value: scenario, diagnostics: all }
    : { ok: false, diagnostics: all };
}
