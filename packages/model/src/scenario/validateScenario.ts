/**
 * Semantic validation of a scenario whose shape already matches the schema. Every problem is
 * collected (not only the first) as a Diagnostic with a readable path; given a `Locator`
 * (parseScenario passes one), each also gets the file line:col — inside statements, the column
 * of the offending character. The checks and their codes are listed in docs/scenario-format.md.
 */
import type { Diagnostic } from '../diagnostic.ts';
import { checkArchitectures } from './checkArchitectures.ts';
import { checkFeasibility } from './checkFeasibility.ts';
import { checkLinkages } from './checkLinkages.ts';
import { checkNumbers } from './checkNumbers.ts';
import { checkOutsideOptions } from './checkOutsideOptions.ts';
import { checkPreferences } from './checkPreferences.ts';
import { checkReferences } from './checkReferences.ts';
import { checkRoles } from './checkRoles.ts';
import { checkStatements } from './checkStatements.ts';
import { checkTracks } from './checkTracks.ts';
import { optionIndexOf } from './compileScenario.ts';
import { DiagnosticCollector } from './diagnosticCollector.ts';
import type { PathSegment } from './formatPath.ts';
import type { Scenario } from './schema.ts';
import type { ValidationContext } from './validationContext.ts';
import type { Locator } from './yamlLocator.ts';

export interface ValidateScenarioOptions {
  /** Finds source positions for paths (from `yamlLocator`); without it diagnostics carry paths only. */
  locate?: Locator;
  /** File name put on every diagnostic. */
  file?: string;
  /**
   * Maps the paths of `scenario` to paths of the document it came from, when it is a copy with
   * parts removed (parseScenario checks the well-shaped part of a document with shape errors).
   */
  mapPath?: (path: readonly PathSegment[]) => readonly PathSegment[];
}

/** All semantic problems of `scenario`, errors and warnings. */
export function validateScenario(
  scenario: Scenario,
  options: ValidateScenarioOptions = {},
): Diagnostic[] {
  const out = new DiagnosticCollector(options);
  const owners = new Map<string, string[]>();
  for (const option of scenario.options) {
    owners.set(option.owner, [...(owners.get(option.owner) ?? []), option.id]);
  }
  const ctx: ValidationContext = {
    scenario,
    out,
    actorIds: new Set(scenario.actors.map((a) => a.id)),
    optionIndex: optionIndexOf(scenario),
    owners,
  };
  checkReferences(ctx);
  checkNumbers(ctx);
  checkOutsideOptions(ctx);
  const statementsOk = checkStatements(ctx);
  checkPreferences(ctx);
  const idsUnique = new Set(scenario.options.map((o) => o.id)).size === scenario.options.length;
  if (statementsOk && idsUnique) checkFeasibility(ctx);
  checkTracks(ctx);
  checkRoles(ctx);
  checkLinkages(ctx);
  // Last: it validates each architecture's result only when nothing above found an error.
  checkArchitectures(ctx, (applied) => validateScenario(applied));
  return out.diagnostics;
}
