/**
 * Runs engine requests: the body of the engine worker, kept free of worker globals so tests
 * drive it directly. GMCR analyses are cached by scenario, architecture and coalitions (a few
 * at a time), so explanations, the games view and reports reuse the analysis on screen.
 */
import type { Scenario } from '@parley/model';
import { buildViewReport, renderReport } from './buildViewReport.ts';
import { compareView } from './compareView.ts';
import { explainState } from './explainState.ts';
import { forecastView } from './forecastView.ts';
import { gamesView } from './gamesView.ts';
import { GRAPH_MAX_STATES, gmcrView, moveEdges, type GmcrRun } from './gmcrView.ts';
import { negotiateView } from './negotiateView.ts';
import type { EngineRequest, GmcrRequest } from './viewTypes.ts';
import { textHash } from './textHash.ts';
import { validateText } from './validateText.ts';

export type Progress = (fraction: number, phase: string) => void;

export interface Handled {
  result: unknown;
  /** Buffers to transfer instead of copy. */
  transfer: ArrayBuffer[];
}

const CACHE_SIZE = 3;

export class EngineHost {
  private readonly analyses = new Map<string, GmcrRun>();

  handle(request: EngineRequest, progress: Progress): Handled {
    switch (request.kind) {
      case 'validate':
        return plain(validateText(request.text, request.file));
      case 'gmcr': {
        const { analysis, data } = this.gmcr(request, progress);
        // Fresh edge arrays per answer: transferring detaches them, and the cache must not lose them.
        const edges = data.stateCount <= GRAPH_MAX_STATES ? moveEdges(analysis) : null;
        const transfer = edges
          ? [edges.from, edges.to, edges.mover, edges.improvement].map(
              (a) => a.buffer as ArrayBuffer,
            )
          : [];
        return { result: { ...data, edges }, transfer };
      }
      case 'explain': {
        const { state, ...rest } = request;
        return plain(explainState(this.gmcr({ ...rest, kind: 'gmcr' }, progress).analysis, state));
      }
      case 'forecast':
        return plain(
          forecastView(request.scenario, {
            ...target(request),
            ...(request.runs !== undefined ? { runs: request.runs } : {}),
            ...(request.seed !== undefined ? { seed: request.seed } : {}),
            onProgress: progress,
          }),
        );
      case 'games': {
        const { analysis } = this.gmcr(
          { kind: 'gmcr', ...target(request), scenario: request.scenario },
          progress,
        );
        return plain(
          gamesView(analysis, {
            ...(request.options ? { options: request.options } : {}),
            ...(request.payoff ? { payoff: request.payoff } : {}),
          }),
        );
      }
      case 'negotiate':
        return plain(
          negotiateView(request.scenario, { ...withoutKind(request), onProgress: progress }),
        );
      case 'compare':
        return plain(
          compareView(request.scenario, {
            ...(request.runs !== undefined ? { runs: request.runs } : {}),
            ...(request.seed !== undefined ? { seed: request.seed } : {}),
            onProgress: progress,
          }),
        );
      case 'report': {
        const data = buildViewReport(request, {
          gmcr: (r) => this.gmcr(r, progress).analysis,
          progress,
        });
        return plain(renderReport(data, request.format));
      }
    }
  }

  private gmcr(request: GmcrRequest, progress: Progress): GmcrRun {
    const key = analysisKey(request.scenario, request.architecture, request.coalitions);
    const hit = this.analyses.get(key);
    if (hit) return hit;
    const run = gmcrView(request.scenario, {
      key,
      ...target(request),
      ...(request.coalitions ? { coalitions: request.coalitions } : {}),
      onProgress: progress,
    });
    this.analyses.set(key, run);
    while (this.analyses.size > CACHE_SIZE)
      this.analyses.delete(this.analyses.keys().next().value!);
    return run;
  }
}

export function analysisKey(
  scenario: Scenario,
  architecture: string | undefined,
  coalitions: string[][] | undefined,
): string {
  return textHash(JSON.stringify([scenario, architecture ?? null, coalitions ?? null]));
}

const plain = (result: unknown): Handled => ({ result, transfer: [] });

const target = (r: { architecture?: string }) =>
  r.architecture === undefined ? {} : { architecture: r.architecture };

function withoutKind<T extends { kind: string; scenario: Scenario }>(r: T) {
  const { kind: _kind, scenario: _scenario, ...rest } = r;
  return rest;
}
