/**
 * GMCR analysis as `parley gmcr analyze --json` computes it (docs/cli.md, "The GMCR JSON
 * interface"): stability of every feasible state under the chosen concepts (Fang, Hipel &
 * Kilgour 1993, Interactive Decision Making, ch. 3), limited-move stability L_h when a horizon
 * is given (Kilgour 1985), and the paths from the status quo to every equilibrium.
 */
import { CONCEPTS, gmcr, type StabilityConcept } from '@parley/engines';
import type { Scenario } from '@parley/model';
import { gmcrJson } from '@parley/report';
import type { GmcrParams } from '../params.ts';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import { JobInputError } from './jobError.ts';
import { scenarioOf } from './scenarioOf.ts';

/** Actor-id coalitions → a partition of decision-maker indices (others alone), ordered. */
export function partitionOf(
  groups: readonly (readonly string[])[],
  input: gmcr.GmcrModel['input'],
): number[][] {
  const seen = new Set<number>();
  const partition = groups.map((group) =>
    group.map((id) => {
      const i = input.decisionMakers.findIndex((dm) => dm.id === id);
      if (i < 0)
        throw new JobInputError(
          'unknown-decision-maker',
          `${id} owns no option, so it is no decision maker`,
        );
      if (seen.has(i))
        throw new JobInputError('duplicate-decision-maker', `${id} is in two coalitions`);
      seen.add(i);
      return i;
    }),
  );
  input.decisionMakers.forEach((_, i) => seen.has(i) || partition.push([i]));
  return partition.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

function scenarioPartition(
  scenario: Scenario,
  input: gmcr.GmcrModel['input'],
): number[][] | undefined {
  if (!scenario.coalitions) return undefined;
  const groups = scenario.coalitions
    .map((g) => g.filter((id) => input.decisionMakers.some((dm) => dm.id === id)))
    .filter((g) => g.length > 0);
  return groups.length === 0 ? undefined : partitionOf(groups, input);
}

/** A state given as a 1-based id or a Y/N string → its index. */
export function stateIndex(model: gmcr.GmcrModel, state: number | string): number {
  if (typeof state === 'number') {
    if (state > model.stateCount) {
      throw new JobInputError(
        'unknown-state',
        `state ${state} does not exist: there are ${model.stateCount} feasible states`,
      );
    }
    return state - 1;
  }
  const yn = state.toUpperCase();
  if (yn.length !== model.optionCount) {
    throw new JobInputError(
      'bad-state',
      `a state needs ${model.optionCount} Y/N letters, not ${yn.length}`,
    );
  }
  const index = model.indexOf(gmcr.decimalOfYn(yn));
  if (index < 0) throw new JobInputError('infeasible-state', `state ${yn} is infeasible`);
  return index;
}

export function gmcrJob(input: JobInput, params: GmcrParams, progress: ProgressHook) {
  const scenario = scenarioOf(input, params.architecture);
  if (scenario.options.length === 0) {
    throw new JobInputError('no-options', 'the scenario has no GMCR options to analyse');
  }
  const model = gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario));
  const coalitions = params.coalitions
    ? partitionOf(params.coalitions, model.input)
    : scenarioPartition(scenario, model.input);
  const concepts = CONCEPTS.filter((c: StabilityConcept) =>
    (params.concepts ?? CONCEPTS).includes(c),
  );
  const analysis = gmcr.analyze(model, {
    ...(coalitions ? { coalitions } : {}),
    concepts,
    onProgress: (f) => progress(f * 0.8, 'stability'),
  });
  const limited =
    params.horizon === undefined ? undefined : gmcr.limitedMoveStability(analysis, params.horizon);
  const from =
    params.statusQuo === undefined ? model.statusQuo : stateIndex(model, params.statusQuo);
  let statusQuo: gmcr.StatusQuoResult | undefined;
  if (from >= 0) {
    progress(0.8, 'status quo');
    const targets = new Set<number>();
    for (const c of analysis.concepts) for (const s of analysis.equilibria[c]) targets.add(s);
    for (const s of limited?.equilibria ?? []) targets.add(s);
    statusQuo = gmcr.statusQuoAnalysis(analysis, from, {
      targets: [...targets].sort((a, b) => a - b),
    });
  }
  const result = gmcrJson(analysis, {
    ...(statusQuo ? { statusQuo } : {}),
    ...(limited ? { limited } : {}),
  });
  const provenance: EngineProvenance = {
    engine: 'gmcr',
    method: [...concepts, ...(limited ? [`limited(${limited.horizon})`] : [])].join(','),
    parameters: { ...params, ...(coalitions ? { partition: coalitions } : {}) },
    warnings: [],
  };
  return { result, provenance };
}
