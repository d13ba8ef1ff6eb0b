/** Live validation: the model's one parser (YAML or JSON), every problem with line:col. */
import { parseScenario } from '@parley/model';
import type { ValidateResult } from './viewTypes.ts';

export function validateText(text: string, file?: string): ValidateResult {
  const parsed = parseScenario(text, file === undefined ? {} : { file });
  return { diagnostics: parsed.diagnostics, scenario: parsed.ok ? parsed.value : null };
}
