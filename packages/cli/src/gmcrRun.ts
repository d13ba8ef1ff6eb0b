/**
 * Running a GMCR analysis for a command: scenario → engine input → model → analysis, with the
 * partition from --coalitions (or the scenario's own), progress on stderr, and limited-move
 * stability when a horizon is given.
 */
import { CONCEPTS, EngineError, gmcr, type StabilityConcept } from '@parley/engines';
import type { Scenario } from '@parley/model';
import type { Ctx } from './context.ts';
import { InputError, UsageError } from './errors.ts';
import { parseCoalitions, scenarioCoalitions, type CliConcept } from './gmcrArgs.ts';
import { progressReporter } from './progress.ts';

export interface GmcrRunOptions {
  coalitions?: string;
  concepts?: readonly CliConcept[];
  horizon?: number;
}

export interface GmcrRun {
  model: gmcr.GmcrModel;
  analysis: gmcr.GmcrAnalysis;
  limited?: gmcr.LimitedMoveResult;
}

/** The graph model of a scenario, or an input error when it has no options. */
export function gmcrModelOf(scenario: Scenario, file: string): gmcr.GmcrModel {
  if (scenario.options.length === 0) {
    throw new InputError(
      [
        {
          code: 'no-options',
          severity: 'error',
          path: 'options',
          file,
          message: 'the scenario has no GMCR options to analyse',
          hint: 'add `options` (yes/no choices owned by actors) and `preferences`',
        },
      ],
      file,
    );
  }
  try {
    return gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario));
  } catch (e) {
    if (e instanceof EngineError && e.code === 'gmcr/too-many-options') {
      throw new UsageError(e.message, 'split the conflict into smaller models');
    }
    throw e;
  }
}

export function runGmcr(
  ctx: Ctx,
  scenario: Scenario,
  file: string,
  options: GmcrRunOptions = {},
): GmcrRun {
  const model = gmcrModelOf(scenario, file);
  const coalitions =
    options.coalitions !== undefined
      ? parseCoalitions(options.coalitions, model.input, scenario)
      : scenarioCoalitions(scenario, model.input);
  const wanted = options.concepts ?? CONCEPTS;
  const concepts = CONCEPTS.filter((c: StabilityConcept) => wanted.includes(c));
  const progress = progressReporter(ctx);
  const analysis = gmcr.analyze(model, {
    ...(coalitions ? { coalitions } : {}),
    concepts,
    onProgress: (fraction) => progress.update('analysing stability', fraction),
  });
  progress.done();
  const horizon = options.horizon ?? (wanted.includes('limited') ? 2 : undefined);
  const run: GmcrRun = { model, analysis };
  if (horizon !== undefined) run.limited = gmcr.limitedMoveStability(analysis, horizon);
  return run;
}
