/**
 * The stable JSON interface of a GMCR analysis (`parley gmcr analyze --json`, documented in
 * docs/cli.md). Everything is in user-facing terms: state ids are 1-based ranks of the feasible
 * decimals (GMCR+ numbering), decision makers and movers are named, options are in bit order.
 */
import { CONCEPTS, type gmcr, type Move, type StabilityConcept } from '@parley/engines';

export interface GmcrJsonMove {
  from: number;
  to: number;
  mover: string;
  improvement: boolean;
}

export interface GmcrJsonTarget {
  state: number;
  /** Concepts under which the target is an equilibrium. */
  equilibriumUnder: string[];
  reachable: boolean;
  reachableByImprovements: boolean;
  /** A shortest legal sequence of moves, or null when unreachable. */
  path: GmcrJsonMove[] | null;
  /** A shortest legal sequence of unilateral improvements, or null. */
  improvementPath: GmcrJsonMove[] | null;
}

export interface GmcrJson {
  options: { id: string; label: string; owner: string }[];
  /** The effective decision makers: actors, or coalition names with --coalitions. */
  decisionMakers: string[];
  states: { id: number; decimal: number; yn: string }[];
  /** concept → decision maker → ids of the states stable for it. */
  stability: Record<string, Record<string, number[]>>;
  /** concept → ids of the states stable for every decision maker. */
  equilibria: Record<string, number[]>;
  /** Horizon of the `limited` concept, present when it was computed. */
  horizon?: number;
  statusQuo?: { state: number; yn: string; targets: GmcrJsonTarget[] };
}

/** Extra concept results computed outside `analyze` (limited-move stability). */
export interface GmcrJsonLimited {
  horizon: number;
  stability: readonly Uint8Array[];
  equilibria: readonly number[];
}

const ids = (states: readonly number[]): number[] => states.map((s) => s + 1);

const stableIds = (stable: Uint8Array): number[] => {
  const out: number[] = [];
  stable.forEach((v, s) => v === 1 && out.push(s + 1));
  return out;
};

function jsonPath(a: gmcr.GmcrAnalysis, path: readonly Move[] | null): GmcrJsonMove[] | null {
  if (path === null) return null;
  return path.map((m) => ({
    from: m.from + 1,
    to: m.to + 1,
    mover: a.movers[m.mover]!.name,
    improvement: m.improvement,
  }));
}

/** The stable JSON of an analysis, with optional status-quo and limited-move results. */
export function gmcrJson(
  a: gmcr.GmcrAnalysis,
  extra: { statusQuo?: gmcr.StatusQuoResult; limited?: GmcrJsonLimited } = {},
): GmcrJson {
  const { model } = a;
  const movers = a.movers.map((m) => m.name);
  const perMover = (rows: readonly Uint8Array[]) =>
    Object.fromEntries(rows.map((row, i) => [movers[i]!, stableIds(row)]));
  const concepts = CONCEPTS.filter((c: StabilityConcept) => a.concepts.includes(c));
  const json: GmcrJson = {
    options: model.input.options.map((o) => ({
      id: o.id,
      label: o.label ?? o.id,
      owner: model.input.decisionMakers[o.owner]!.name,
    })),
    decisionMakers: movers,
    states: Array.from(model.decimals, (decimal, s) => ({ id: s + 1, decimal, yn: model.yn(s) })),
    stability: Object.fromEntries(concepts.map((c) => [c, perMover(a.stability[c])])),
    equilibria: Object.fromEntries(concepts.map((c) => [c, ids(a.equilibria[c])])),
  };
  if (extra.limited) {
    json.horizon = extra.limited.horizon;
    json.stability.limited = perMover(extra.limited.stability);
    json.equilibria.limited = ids(extra.limited.equilibria);
  }
  const sq = extra.statusQuo;
  if (sq) {
    json.statusQuo = {
      state: sq.from + 1,
      yn: model.yn(sq.from),
      targets: sq.targets.map((t) => ({
        state: t.state + 1,
        equilibriumUnder: [
          ...t.equilibriumUnder,
          ...(extra.limited?.equilibria.includes(t.state) ? ['limited'] : []),
        ],
        reachable: t.reachable,
        reachableByImprovements: t.reachableByImprovements,
        path: jsonPath(a, t.path),
        improvementPath: jsonPath(a, t.improvementPath),
      })),
    };
  }
  return json;
}
