import type { DiagnosticCollector } from './diagnosticCollector.ts';
import type { Scenario } from './schema.ts';

/** What the semantic checks share. */
export interface ValidationContext {
  scenario: Scenario;
  out: DiagnosticCollector;
  actorIds: ReadonlySet<string>;
  optionIndex: ReadonlyMap<string, number>;
  /** Actor id → ids of the options it owns (only actors owning at least one). */
  owners: ReadonlyMap<string, string[]>;
}

/** `` `a`, `b`, `c` `` — at most `max` names, then how many more. */
export function listNames(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
