/**
 * The GMCR view's data: the analysis of `analyze` (Fang, Hipel & Kilgour 1993; Kilgour & Hipel
 * 2005) flattened into typed arrays — stability per concept and mover, every move with its
 * mover and whether it is a unilateral improvement — plus the reachability of every
 * equilibrium from the status quo (Li, Kilgour & Hipel 2005; `statusQuoAnalysis`).
 */
import { applyArchitecture, type Scenario } from '@parley/model';
import { gmcr } from '@parley/engines';
import { coalitionPartition } from './coalitionPartition.ts';
import type { GmcrTarget, GmcrViewData, MoveEdges, PathMove } from './viewTypes.ts';

/** Larger models get no move list: a drawing of them would say nothing. */
export const GRAPH_MAX_STATES = 20_000;

export interface GmcrRun {
  analysis: gmcr.GmcrAnalysis;
  /** The view data without its move list (`edges` is null; see moveEdges). */
  data: GmcrViewData;
}

export interface GmcrViewOptions {
  key: string;
  architecture?: string;
  coalitions?: string[][];
  onProgress?: (fraction: number, phase: string) => void;
}

export function gmcrView(scenario: Scenario, options: GmcrViewOptions): GmcrRun {
  const variant =
    options.architecture === undefined
      ? scenario
      : applyArchitecture(scenario, options.architecture);
  const model = gmcr.buildModel(gmcr.gmcrInputFromScenario(variant));
  const coalitions = coalitionPartition(options.coalitions ?? variant.coalitions, model.input);
  const analysis = gmcr.analyze(model, {
    ...(coalitions ? { coalitions } : {}),
    onProgress: (f) => options.onProgress?.(f * 0.8, 'stability'),
  });
  options.onProgress?.(0.8, 'status quo');
  const data: GmcrViewData = {
    key: options.key,
    options: model.input.options.map((o) => ({
      id: o.id,
      label: o.label ?? o.id,
      owner: o.owner,
      statusQuo: o.statusQuo === true,
      reversibility: o.reversibility,
    })),
    decisionMakers: model.input.decisionMakers.map((d) => ({ id: d.id, name: d.name })),
    movers: analysis.movers.map((m) => ({ name: m.name, members: [...m.members] })),
    stateCount: model.stateCount,
    decimals: model.decimals.slice(),
    statusQuo: model.statusQuo,
    concepts: [...analysis.concepts],
    stability: Object.fromEntries(
      analysis.concepts.map((c) => [c, analysis.stability[c].map((a) => a.slice())]),
    ),
    equilibria: Object.fromEntries(analysis.concepts.map((c) => [c, [...analysis.equilibria[c]]])),
    edges: null,
    targets: model.statusQuo >= 0 ? statusQuoTargets(analysis, model.statusQuo) : [],
  };
  return { analysis, data };
}

/** Every move of every mover, flagged when it is a unilateral improvement. */
export function moveEdges(analysis: gmcr.GmcrAnalysis): MoveEdges {
  const total = analysis.moves.reduce((n, m) => n + m.targets.length, 0);
  const edges: MoveEdges = {
    from: new Int32Array(total),
    to: new Int32Array(total),
    mover: new Uint8Array(total),
    improvement: new Uint8Array(total),
  };
  let e = 0;
  analysis.moves.forEach((moves, mover) => {
    const better = analysis.improvements[mover]!;
    for (let s = 0; s + 1 < moves.offsets.length; s++) {
      // Both rows are ascending and R⁺ ⊆ R: one merge pass flags the improvements.
      let k = better.offsets[s]!;
      const kEnd = better.offsets[s + 1]!;
      for (let j = moves.offsets[s]!; j < moves.offsets[s + 1]!; j++, e++) {
        const t = moves.targets[j]!;
        while (k < kEnd && better.targets[k]! < t) k++;
        edges.from[e] = s;
        edges.to[e] = t;
        edges.mover[e] = mover;
        edges.improvement[e] = k < kEnd && better.targets[k] === t ? 1 : 0;
      }
    }
  });
  return edges;
}

function statusQuoTargets(analysis: gmcr.GmcrAnalysis, from: number): GmcrTarget[] {
  const result = gmcr.statusQuoAnalysis(analysis, from);
  return result.targets.map((t) => ({
    state: t.state,
    concepts: [...t.equilibriumUnder],
    reachable: t.reachable,
    reachableByImprovements: t.reachableByImprovements,
    path: copyPath(t.improvementPath ?? t.path),
  }));
}

const copyPath = (path: readonly PathMove[] | null): PathMove[] | null =>
  path === null
    ? null
    : path.map((m) => ({ from: m.from, to: m.to, mover: m.mover, improvement: m.improvement }));
