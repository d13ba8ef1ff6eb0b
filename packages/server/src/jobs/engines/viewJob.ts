/**
 * A workbench view computed on the server: the same `EngineHost` the browser's engine worker
 * runs (@parley/views), so a view looks the same wherever it ran. The view data holds typed
 * arrays and may hold non-finite numbers, so the result text is `encodeView`'s, which the
 * browser reads back with `decodeView`.
 */
import { EngineHost, encodeView, type EngineRequest } from '@parley/views';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import type { ViewParams } from '../viewParams.ts';
import { scenarioOf } from './scenarioOf.ts';

export interface ViewOutput {
  result: unknown;
  /** The result as JSON text, encoded by encodeView. */
  text: string;
  provenance: EngineProvenance;
}

export function viewJob(input: JobInput, params: ViewParams, progress: ProgressHook): ViewOutput {
  // The view applies the architecture itself: it needs the scenario as written.
  const scenario = scenarioOf(input);
  const request = { ...params, scenario } as EngineRequest;
  const { result } = new EngineHost().handle(request, progress);
  return { result, text: encodeView(result), provenance: viewProvenance(params, result) };
}

/** The seed a view used, when it drew random numbers (defaults as in @parley/views). */
function seedOf(params: ViewParams): number | undefined {
  switch (params.kind) {
    case 'forecast':
      return (params.runs ?? 0) > 0 ? (params.seed ?? 1) : undefined;
    case 'negotiate':
      return params.seed ?? 0;
    case 'compare':
      return params.seed ?? 1;
    default:
      return undefined;
  }
}

/** Notes the view data carries: forecast and negotiation warnings, comparison caveats. */
function warningsOf(kind: ViewParams['kind'], result: unknown): string[] {
  const data = result as {
    section?: { warnings?: string[] } | null;
    warnings?: string[];
    provenance?: { warnings?: string[] };
  };
  if (kind === 'forecast') return [...(data.section?.warnings ?? [])];
  if (kind === 'negotiate') return [...(data.warnings ?? [])];
  if (kind === 'compare') return [...(data.provenance?.warnings ?? [])];
  return [];
}

function viewProvenance(params: ViewParams, result: unknown): EngineProvenance {
  const seed = seedOf(params);
  return {
    engine: params.kind,
    method: `workbench view (${params.kind})`,
    parameters: { ...params },
    ...(seed !== undefined ? { seed } : {}),
    warnings: warningsOf(params.kind, result),
  };
}
