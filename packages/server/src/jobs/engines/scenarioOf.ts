/** The scenario a job runs on, with the requested architecture applied. */
import { applyArchitecture, type Scenario } from '@parley/model';
import type { JobInput } from '../jobTypes.ts';
import { JobInputError } from './jobError.ts';

export function scenarioOf(input: JobInput, architecture?: string): Scenario {
  if (input.kind !== 'scenario') {
    throw new JobInputError(
      'wrong-input',
      `this analysis needs a scenario, not a ${input.kind} file`,
    );
  }
  return architecture === undefined
    ? input.scenario
    : applyArchitecture(input.scenario, architecture);
}
