import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from './model.ts';
import { analyze, movesFrom, prefers, type GmcrAnalysis } from './analyze.ts';
import { statusQuoAnalysis } from './statusQuo.ts';
import { pathToNode, searchLegalPaths } from './legalPathSearch.ts';
import type { Move } from './types.ts';
import type { Csr } from '../shared/csr.ts';
import {
  arbitraryGmcrInput,
  chainedProject,
  prisonersDilemma,
} from './reference/postAnalysisFixtures.ts';
import { naiveGraphOf } from './reference/naiveGraph.ts';
import { statusQuoNaive } from './reference/statusQuoNaive.ts';

const analysisOf = (input: Parameters<typeof buildModel>[0]): GmcrAnalysis =>
  analyze(buildModel(input));

/** Throws unless `path` is a legal walk from `from` to `to` with correct improvement flags. */
function expectLegalPath(
  analysis: GmcrAnalysis,
  path: readonly Move[],
  from: number,
  to: number,
): void {
  let at = from;
  let last = -1;
  for (const move of path) {
    expect(move.from).toBe(at);
    expect(move.mover).not.toBe(last);
    expect(movesFrom(analysis, move.mover, move.from)).toContain(move.to);
    expect(move.improvement).toBe(prefers(analysis, move.mover, move.to, move.from));
    at = move.to;
    last = move.mover;
  }
  expect(at).toBe(to);
}

/** CSR from adjacency lists. */
function csr(rows: number[][]): Csr {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, s) => (offsets[s + 1] = offsets[s]! + r.length));
  return { offsets, targets: Int32Array.from(rows.flat()) };
}

describe('statusQuoAnalysis on the Prisoner’s Dilemma', () => {
  // States: 0 = both cooperate, 1 = Row defects, 2 = Column defects, 3 = both defect.
  const analysis = analysisOf(prisonersDilemma());

  it('reaches the Nash equilibrium (both defect) from mutual cooperation in two improvements, Row first', () => {
    const result = statusQuoAnalysis(analysis, 0);
    const both = result.targets.find((t) => t.state === 3)!;
    expect(both.equilibriumUnder).toContain('nash');
    expect(both.improvementPath).toEqual([
      { from: 0, to: 1, mover: 0, improvement: true },
      { from: 1, to: 3, mover: 1, improvement: true },
    ]);
    expect(result.reachableByImprovements).toEqual([0, 1, 2, 3]);
  });

  it('cannot improve its way out of mutual defection, though any moves reach every state', () => {
    const result = statusQuoAnalysis(analysis, 3);
    expect(result.reachableByImprovements).toEqual([3]);
    expect(result.reachable).toEqual([0, 1, 2, 3]);
    const cooperate = result.targets.find((t) => t.state === 0)!;
    expect(cooperate.reachableByImprovements).toBe(false);
    expect(cooperate.path?.length).toBe(2);
    expect(cooperate.path?.every((m) => !m.improvement)).toBe(true);
  });

  it('reports the status quo itself as reached by the empty path', () => {
    const [self] = statusQuoAnalysis(analysis, 3, { targets: [3] }).targets;
    expect(self).toMatchObject({
      reachable: true,
      path: [],
      reachableByImprovements: true,
      improvementPath: [],
    });
  });

  it('honours maxDepth', () => {
    const result = statusQuoAnalysis(analysis, 0, { maxDepth: 1 });
    expect(result.reachable).toEqual([0, 1, 2]);
    expect(result.maxDepth).toBe(1);
  });
});

describe('statusQuoAnalysis on a chain of three decision makers', () => {
  // Feasible decimals 0, 1, 3, 7 = indices 0..3; fund → approve → permit, one owner each.
  const analysis = analysisOf(chainedProject());

  it('finds the only route, Lender then Council then Builder, all improvements', () => {
    const result = statusQuoAnalysis(analysis, 0);
    expect(result.targets.map((t) => t.state)).toEqual([3]);
    expect(result.targets[0]!.improvementPath?.map((m) => m.mover)).toEqual([0, 1, 2]);
  });

  it('draws the evolution as the single chain of improvements', () => {
    const { evolution } = statusQuoAnalysis(analysis, 0);
    expect(evolution.nodes.map((n) => [n.state, n.lastMover, n.depth])).toEqual([
      [0, -1, 0],
      [1, 0, 1],
      [2, 1, 2],
      [3, 2, 3],
    ]);
    expect(evolution.edges.map((e) => [e.from, e.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(evolution.nodes[3]!.target).toBe(true);
  });
});

describe('searchLegalPaths', () => {
  it('revisits a state under a different last mover when only that lets the next mover go on', () => {
    // Graph form (Kilgour, Hipel & Fang 1987): A moves 0→1 and 1→2, C moves 1→3, B moves 3→1.
    // A may not move twice in a row, so 2 needs A, C, B, A: 0→1→3→1→2.
    const graphs = [csr([[1], [2], [], []]), csr([[], [], [], [1]]), csr([[], [3], [], []])];
    const search = searchLegalPaths(graphs, 4, 0);
    const path = pathToNode(search, search.firstNode[2]!);
    expect(path.map((m) => m.mover)).toEqual([0, 2, 1, 0]);
    expect(path.map((m) => m.to)).toEqual([1, 3, 1, 2]);
  });

  it('would not reach it if states were visited once regardless of the last mover', () => {
    const graphs = [csr([[1], [2], [], []]), csr([[], [], [], []]), csr([[], [], [], []])];
    expect(searchLegalPaths(graphs, 4, 0).firstNode[2]).toBe(-1);
  });
});

describe('statusQuoAnalysis agrees with naive path enumeration', () => {
  it('on shortest lengths, reachable sets and path legality for random models (depth ≤ 5)', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(), fc.nat(), (input, pick) => {
        const analysis = analysisOf(input);
        const n = analysis.model.stateCount;
        const from = pick % n;
        const all = Array.from({ length: n }, (_, s) => s);
        const result = statusQuoAnalysis(analysis, from, { targets: all, maxDepth: 5 });
        const naive = statusQuoNaive(naiveGraphOf(analysis), from, 5);
        expect(result.reachable).toEqual(all.filter((s) => naive.distance[s]! >= 0));
        expect(result.reachableByImprovements).toEqual(
          all.filter((s) => naive.improvementDistance[s]! >= 0),
        );
        for (const t of result.targets) {
          expect(t.path?.length ?? -1).toBe(naive.distance[t.state]);
          expect(t.improvementPath?.length ?? -1).toBe(naive.improvementDistance[t.state]);
          if (t.path) expectLegalPath(analysis, t.path, from, t.state);
          if (t.improvementPath) {
            expectLegalPath(analysis, t.improvementPath, from, t.state);
            expect(t.improvementPath.every((m) => m.improvement)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('builds evolution DAGs of legal, layered improvements that end at targets', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(), (input) => {
        const analysis = analysisOf(input);
        const result = statusQuoAnalysis(analysis, 0);
        const { nodes, edges } = result.evolution;
        const out = new Map<number, number>();
        for (const e of edges) {
          const [a, b] = [nodes[e.from]!, nodes[e.to]!];
          expect(b.depth).toBe(a.depth + 1);
          expect([a.state, b.state, b.lastMover]).toEqual([e.move.from, e.move.to, e.move.mover]);
          expect(a.lastMover).not.toBe(e.move.mover);
          expect(prefers(analysis, e.move.mover, e.move.to, e.move.from)).toBe(true);
          out.set(e.from, (out.get(e.from) ?? 0) + 1);
        }
        // Every node without a successor is a target (or the bare status quo).
        for (const node of nodes)
          if (!out.has(node.id) && node.id > 0) expect(node.target).toBe(true);
        const reachedTargets = result.targets
          .filter((t) => t.reachableByImprovements)
          .map((t) => t.state);
        for (const t of reachedTargets) expect(nodes.some((node) => node.state === t)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('statusQuoAnalysis performance', () => {
  it('runs on a 16,384-state, 4-decision-maker model in well under a second', () => {
    const options = Array.from({ length: 14 }, (_, k) => ({
      id: `o${k}`,
      owner: k % 4,
      reversibility: 'both' as const,
    }));
    const statements = (dm: number) =>
      Array.from({ length: 6 }, (_, k) => ({
        kind: 'option' as const,
        option: (dm * 5 + k * 3) % 14,
      }));
    const model = buildModel({
      options,
      decisionMakers: [0, 1, 2, 3].map((i) => ({ id: `d${i}`, name: `D${i}` })),
      infeasible: [],
      preferences: [0, 1, 2, 3].map((dm) => ({
        kind: 'statements' as const,
        statements: statements(dm),
      })),
    });
    const analysis = analyze(model, { concepts: ['nash'] });
    const started = performance.now();
    const result = statusQuoAnalysis(analysis, 0);
    const elapsed = performance.now() - started;
    expect(result.reachable.length).toBe(16_384);
    expect(elapsed).toBeLessThan(1500);
  });
});
