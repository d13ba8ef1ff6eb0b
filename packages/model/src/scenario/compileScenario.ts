/**
 * Compiles the GMCR part of a validated scenario into the integer form engines work with:
 * options become bit indices (declaration order; option 0 = least significant bit of a state's
 * decimal), statements and conditions become `Expr<number>`, rankings become tie groups of
 * decimals. Call it on a scenario that passed `parseScenario`/`validateScenario`; anything
 * malformed here is a programmer error and throws.
 */
import type { Expr } from '../statement/ast.ts';
import { compileExpr } from '../statement/compileExpr.ts';
import { parseStatement } from '../statement/parseStatement.ts';
import { stateFromYN } from './feasibleDecimals.ts';
import type { Infeasible, Preference, RankingEntry, Scenario, Statement } from './schema.ts';

/** Thrown when a scenario that should have been validated is not valid. */
export class ScenarioCompileError extends Error {
  readonly code = 'invalid-scenario';
  constructor(message: string) {
    super(`${message} (validate the scenario with parseScenario or validateScenario first)`);
    this.name = 'ScenarioCompileError';
  }
}

/** The text of a statement entry (plain or `{statement: …}`). */
export const statementText = (s: Statement): string => (typeof s === 'string' ? s : s.statement);

/** The text of an infeasibility condition (plain or `{when: …}`). */
export const conditionText = (c: Infeasible): string => (typeof c === 'string' ? c : c.when);

/** Option id → bit index, in declaration order. */
export function optionIndexOf(scenario: Pick<Scenario, 'options'>): Map<string, number> {
  return new Map(scenario.options.map((o, k) => [o.id, k]));
}

/** Parses and compiles one statement or condition; throws on syntax errors or unknown options. */
export function compileCondition(text: string, index: ReadonlyMap<string, number>): Expr<number> {
  const parsed = parseStatement(text);
  if (!parsed.ok)
    throw new ScenarioCompileError(`statement \`${text}\`: ${parsed.diagnostics[0]!.message}`);
  return compileExpr(parsed.expr, index);
}

/** The infeasibility conditions, compiled. */
export function compileInfeasible(
  scenario: Pick<Scenario, 'options' | 'infeasible'>,
): Expr<number>[] {
  const index = optionIndexOf(scenario);
  return scenario.infeasible.map((c) => compileCondition(conditionText(c), index));
}

/** The decimal of the status quo: Σ 2^k over the options whose `statusQuo` is true. */
export function statusQuoDecimal(scenario: Pick<Scenario, 'options'>): number {
  return scenario.options.reduce((decimal, o, k) => (o.statusQuo ? decimal + 2 ** k : decimal), 0);
}

/** One ranking entry as a tie group of decimals. */
export function rankingGroup(entry: RankingEntry): number[] {
  return (typeof entry === 'string' ? [entry] : entry).map((yn) => {
    const decimal = stateFromYN(yn);
    if (decimal === undefined)
      throw new ScenarioCompileError(`ranking state \`${yn}\` is not a Y/N string`);
    return decimal;
  });
}

/** Mirrors the GMCR engine's preference input without depending on it. */
export type CompiledPreference =
  /** Prioritized statements, most important first. */
  | { kind: 'statements'; statements: Expr<number>[] }
  /** Tie groups of decimals, most preferred first. */
  | { kind: 'ranking'; ranking: number[][] };

export interface CompiledScenario {
  /** Option ids in bit order. */
  optionIds: string[];
  optionIndex: Map<string, number>;
  /** Actor ids owning at least one option (the GMCR decision makers), in declaration order. */
  decisionMakers: string[];
  /** Index into `decisionMakers` of each option's owner, in bit order. */
  owners: number[];
  infeasible: Expr<number>[];
  statusQuo: number;
  /** Per decision maker. */
  preferences: Map<string, CompiledPreference>;
  /** Per decision maker with misperceptions: conditions describing the states it does not see. */
  misperceived: Map<string, Expr<number>[]>;
}

function compilePreference(
  preference: Preference,
  index: ReadonlyMap<string, number>,
): CompiledPreference {
  if (preference.ranking) return { kind: 'ranking', ranking: preference.ranking.map(rankingGroup) };
  const statements = (preference.statements ?? []).map((s) =>
    compileCondition(statementText(s), index),
  );
  return { kind: 'statements', statements };
}

/** Compiles the GMCR part of a validated scenario. */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const optionIndex = optionIndexOf(scenario);
  const owning = new Set(scenario.options.map((o) => o.owner));
  const decisionMakers = scenario.actors.map((a) => a.id).filter((id) => owning.has(id));
  const preferences = new Map<string, CompiledPreference>();
  const misperceived = new Map<string, Expr<number>[]>();
  for (const dm of decisionMakers) {
    const preference = scenario.preferences[dm];
    if (!preference) throw new ScenarioCompileError(`decision maker \`${dm}\` has no preference`);
    preferences.set(dm, compilePreference(preference, optionIndex));
    if (preference.misperceived?.length) {
      misperceived.set(
        dm,
        preference.misperceived.map((c) => compileCondition(c, optionIndex)),
      );
    }
  }
  return {
    optionIds: scenario.options.map((o) => o.id),
    optionIndex,
    decisionMakers,
    owners: scenario.options.map((o) => decisionMakers.indexOf(o.owner)),
    infeasible: compileInfeasible(scenario),
    statusQuo: statusQuoDecimal(scenario),
    preferences,
    misperceived,
  };
}
