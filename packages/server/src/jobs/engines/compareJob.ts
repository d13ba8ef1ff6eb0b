/**
 * Architecture comparison (DESIGN.md, "Which negotiation architecture works best?";
 * docs/compare.md): @parley/engines' `compareArchitectures` runs negotiation, forecast and GMCR
 * on every architecture of the scenario and tabulates the differences from the baseline.
 */
import { compare } from '@parley/engines';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import type { CompareParams } from '../params.ts';
import { scenarioOf } from './scenarioOf.ts';

export function compareJob(input: JobInput, params: CompareParams, progress: ProgressHook) {
  const scenario = scenarioOf(input);
  const result = compare.compareArchitectures(scenario, {
    ...params,
    onProgress: (p) => progress(p.done / Math.max(1, p.total), p.message ?? 'comparing'),
  });
  const provenance: EngineProvenance = {
    engine: 'compare',
    method: result.provenance.method,
    parameters: { ...result.provenance.parameters },
    seed: result.provenance.seed,
    warnings: result.provenance.warnings,
  };
  return { result, provenance };
}
