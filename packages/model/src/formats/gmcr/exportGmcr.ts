/**
 * Parley scenario → GMCR+ `.gmcr` save file (format: gmcrFile.ts; mapping:
 * docs/gmcr-interop.md). Written as gmcr-py 0.4.1 writes it, so GMCR+ loads it without
 * renumbering: options grouped by owner in actor order (GMCR+ regroups on load anyway),
 * statements in DNF (simple or compound conditions), infeasibles and misperceptions as simple
 * conditions, rankings as 1-based state numbers with nested tie groups, coalitions as a
 * partition of DM indices.
 *
 * GMCR+ has one switch for the whole model: either every decision maker's manual ranking is
 * used or every one's statements. When only some actors have a ranking, the others' statements
 * are converted to the ranking they induce (statementRanking.ts) — exact, not an approximation
 * — and the statements are still written for reference.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import { hasErrors } from '../../diagnostic.ts';
import type { Actor, Scenario } from '../../scenario/schema.ts';
import { feasibleDecimals } from '../../scenario/feasibleDecimals.ts';
import type { Expr } from '../../statement/ast.ts';
import {
  compileStatement,
  preferenceCondition,
  simpleConditions,
  uniqueConditions,
  type ConditionExport,
  type ExportReport,
} from './exportGmcrConditions.ts';
import { exportGmcrRanking, type RankingExport } from './exportGmcrRanking.ts';
import {
  GMCR_PROGRAM,
  GMCR_VERSION,
  type GmcrAnyCondition,
  type GmcrDecisionMaker,
  type GmcrDirection,
  type GmcrFile,
  type GmcrRankingEntry,
} from './gmcrFile.ts';
import { statementRanking } from './statementRanking.ts';
import { stringifyGmcr } from './stringifyGmcr.ts';

export interface ExportGmcrResult {
  /** The `.gmcr` JSON text; empty when the diagnostics contain an error. */
  text: string;
  diagnostics: Diagnostic[];
}

const DIRECTION: Record<Scenario['options'][number]['reversibility'], GmcrDirection> = {
  both: 'both',
  'forward-only': 'fwd',
  'backward-only': 'back',
};

/** Above this many options rankings are not enumerated (GMCR+ itself stops near 14). */
const MAX_RANKED_OPTIONS = 24;

const statementText = (s: string | { statement: string }) =>
  typeof s === 'string' ? s : s.statement;
const whenText = (s: string | { when: string }) => (typeof s === 'string' ? s : s.when);

/** Writes `scenario` as a GMCR+ save file. Problems are diagnostics; never throws on bad input. */
export function exportGmcr(scenario: Scenario): ExportGmcrResult {
  const diagnostics: Diagnostic[] = [];
  const report: ExportReport = (severity, code, path, message, hint) => {
    diagnostics.push(
      hint === undefined
        ? { code, severity, path, message }
        : { code, severity, path, message, hint },
    );
  };
  const dmActors = exportedActors(scenario, report);
  const order = optionOrder(scenario, dmActors, report);
  const bits = new Map(order.map((option, bit) => [scenario.options[option]?.id as string, bit]));
  const ctx: ConditionExport = { bits, report };
  const infeasibleExprs: Expr<number>[] = [];
  const infeasibles = scenario.infeasible.flatMap((entry, i) => {
    const path = `infeasible[${i}]`;
    const expr = compileStatement(ctx, whenText(entry), path);
    const conditions = expr && simpleConditions(ctx, expr, path, 'makes infeasible');
    if (expr === undefined || conditions === undefined) return [];
    infeasibleExprs.push(expr);
    return conditions;
  });
  const manual = dmActors.some((a) => scenario.preferences[a.id]?.ranking !== undefined);
  const states = numbering(order, infeasibleExprs, manual, report);
  const rankingCtx = manual ? states : undefined;
  const decisionMakers = dmActors.map((actor) => exportDm(scenario, actor, order, ctx, rankingCtx));
  if (hasErrors(diagnostics)) return { text: '', diagnostics };
  const gmcr: GmcrFile = {
    decisionMakers,
    coalitions: exportCoalitions(scenario, dmActors, report),
    options: order.map((o) => {
      const option = scenario.options[o] as Scenario['options'][number];
      return { name: option.label, permittedDirection: DIRECTION[option.reversibility] };
    }),
    infeasibles: uniqueConditions(infeasibles, order.length),
    useManualPreferenceRanking: manual,
    program: GMCR_PROGRAM,
    version: GMCR_VERSION,
  };
  return { text: stringifyGmcr(gmcr), diagnostics };
}

/** The decision makers of the graph model: actors that own an option. */
function exportedActors(scenario: Scenario, report: ExportReport): Actor[] {
  const owners = new Set(scenario.options.map((o) => o.owner));
  return scenario.actors.filter((actor, i) => {
    if (owners.has(actor.id)) return true;
    report(
      'warning',
      'gmcr-export-actor-skipped',
      `actors[${i}]`,
      `\`${actor.id}\` owns no option, so it is not a GMCR+ decision maker; left out`,
    );
    return false;
  });
}

/** Scenario option indices grouped by owner in actor order: GMCR+ bit k holds `order[k]`. */
function optionOrder(scenario: Scenario, actors: readonly Actor[], report: ExportReport): number[] {
  const order = actors.flatMap((actor) =>
    scenario.options.flatMap((option, i) => (option.owner === actor.id ? [i] : [])),
  );
  scenario.options.forEach((option, i) => {
    if (!actors.some((a) => a.id === option.owner)) {
      report(
        'error',
        'unknown-actor',
        `options[${i}].owner`,
        `option \`${option.id}\` is owned by unknown actor \`${option.owner}\``,
      );
    }
  });
  if (order.some((option, k) => option !== k)) {
    const message =
      "GMCR+ groups options by decision maker, so its option order and state numbers differ from the scenario's";
    const hint = "declare each actor's options together, in actor order, to keep the numbering";
    report('warning', 'gmcr-export-option-order', 'options', message, hint);
  }
  return order;
}

/**
 * State numbering for rankings: GMCR+ decimal → state number. Also checks some state is feasible
 * (when the states can be enumerated). Undefined when the model is too large to number.
 */
function numbering(
  order: number[],
  infeasible: Expr<number>[],
  manual: boolean,
  report: ExportReport,
): RankingExport | undefined {
  if (order.length > MAX_RANKED_OPTIONS) {
    if (!manual) return undefined;
    const message = `${order.length} options are too many to write rankings (limit ${MAX_RANKED_OPTIONS})`;
    report('error', 'gmcr-export-too-large', 'options', message);
    return undefined;
  }
  const feasible = feasibleDecimals(order.length, infeasible);
  if (feasible.length === 0) {
    report('error', 'gmcr-export-no-feasible-states', 'infeasible', 'no state is feasible');
  }
  return { order, stateNumber: new Map(feasible.map((d, k) => [d, k + 1])), report };
}

function exportDm(
  scenario: Scenario,
  actor: Actor,
  order: readonly number[],
  ctx: ConditionExport,
  rankingCtx: RankingExport | undefined,
): GmcrDecisionMaker {
  const preference = scenario.preferences[actor.id] ?? {};
  const base = `preferences.${actor.id}`;
  const statementExprs: Expr<number>[] = [];
  const preferences: GmcrAnyCondition[] = [];
  (preference.statements ?? []).forEach((s, i) => {
    const expr = compileStatement(ctx, statementText(s), `${base}.statements[${i}]`);
    if (expr === undefined) return;
    statementExprs.push(expr);
    const condition = preferenceCondition(ctx, expr, `${base}.statements[${i}]`);
    if (condition !== undefined) preferences.push(condition);
  });
  const misperceptions = (preference.misperceived ?? []).flatMap((text, i) => {
    const at = `${base}.misperceived[${i}]`;
    const expr = compileStatement(ctx, text, at);
    return (expr && simpleConditions(ctx, expr, at, 'hides')) ?? [];
  });
  const dm: GmcrDecisionMaker = {
    name: actor.name,
    options: order.flatMap((option, bit) =>
      scenario.options[option]?.owner === actor.id ? [bit] : [],
    ),
    preferences: uniqueConditions(preferences, order.length),
    misperceptions: uniqueConditions(misperceptions, order.length),
  };
  if (rankingCtx !== undefined) {
    const ranking = preference.ranking
      ? exportGmcrRanking(rankingCtx, preference.ranking, `${base}.ranking`)
      : inducedRanking(rankingCtx, statementExprs, actor);
    if (ranking !== undefined) dm.preferenceRanking = ranking;
  }
  return dm;
}

/** The ranking an actor's statements induce, for a model where other actors have rankings. */
function inducedRanking(
  ctx: RankingExport,
  statements: Expr<number>[],
  actor: Actor,
): GmcrRankingEntry[] {
  const message = `GMCR+ uses rankings for all decision makers or for none; \`${actor.id}\`'s statements are written as the ranking they induce`;
  ctx.report('warning', 'gmcr-export-mixed-preferences', `preferences.${actor.id}`, message);
  const groups = statementRanking(statements, [...ctx.stateNumber.keys()]);
  return groups.map((group) => {
    const states = group.map((d) => ctx.stateNumber.get(d) as number);
    return states.length === 1 ? (states[0] as number) : states;
  });
}

/** The scenario's partition as DM indices (singletons when none or when it does not fit). */
function exportCoalitions(
  scenario: Scenario,
  actors: readonly Actor[],
  report: ExportReport,
): (number | number[])[] {
  const singletons = actors.map((_, d) => d);
  if (scenario.coalitions === undefined) return singletons;
  const index = new Map(actors.map((a, d) => [a.id, d]));
  const blocs = scenario.coalitions
    .map((bloc) => bloc.flatMap((id) => (index.has(id) ? [index.get(id) as number] : [])))
    .filter((bloc) => bloc.length > 0);
  const covered = blocs.flat();
  if (covered.length !== actors.length || new Set(covered).size !== covered.length) {
    report(
      'warning',
      'gmcr-export-coalitions',
      'coalitions',
      'the coalitions are not a partition of the decision makers; written as singletons',
    );
    return singletons;
  }
  return blocs.map((bloc) => (bloc.length === 1 ? (bloc[0] as number) : bloc));
}
