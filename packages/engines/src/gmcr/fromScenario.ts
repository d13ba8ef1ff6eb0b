/**
 * Scenario → engine input. The scenario's options become GMCR options in declaration order
 * (= bit order, first option = least significant bit); the decision makers are the actors that
 * own at least one option, in actor order. Statements, infeasibility and misperception
 * conditions are parsed and compiled to option indices; rankings (Y/N strings, first option
 * first) become state decimals. When an actor gives both a ranking and statements, the ranking
 * is used (as GMCR+ does with a manual ranking).
 *
 * The scenario must have been validated (validateScenario): anything a validator reports —
 * unknown ids, syntax errors, missing preferences, malformed Y/N strings — makes this throw an
 * `UnvalidatedScenarioError` rather than return a Diagnostic.
 */
import { compileExpr, parseStatement, type Expr, type Scenario } from '@parley/model';
import type { DmPreference, GmcrInput } from './types.ts';
import { decimalOfYn } from './model.ts';
import { EngineError } from '../shared/engineError.ts';

export class UnvalidatedScenarioError extends EngineError {
  constructor(detail: string) {
    super(
      'gmcr/unvalidated-scenario',
      `the scenario was not validated before GMCR analysis: ${detail}`,
    );
  }
}

export function gmcrInputFromScenario(scenario: Scenario): GmcrInput {
  const owners = new Set(scenario.options.map((option) => option.owner));
  const actors = scenario.actors.filter((actor) => owners.has(actor.id));
  const dmIndex = new Map(actors.map((actor, i) => [actor.id, i]));
  const optionIndex = new Map(scenario.options.map((option, k) => [option.id, k]));
  const compile = (text: string, where: string): Expr<number> => {
    const parsed = parseStatement(text);
    if (!parsed.ok)
      throw new UnvalidatedScenarioError(
        `${where}: ${parsed.diagnostics[0]?.message ?? 'syntax error'}`,
      );
    try {
      return compileExpr(parsed.expr, optionIndex);
    } catch (error) {
      throw new UnvalidatedScenarioError(
        `${where}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const options = scenario.options.map((option) => ({
    id: option.id,
    label: option.label,
    owner: dmIndex.get(option.owner)!,
    reversibility: option.reversibility,
    statusQuo: option.statusQuo,
  }));
  const infeasible = scenario.infeasible.map((entry, k) =>
    compile(typeof entry === 'string' ? entry : entry.when, `infeasible[${k}]`),
  );
  const preferences = actors.map((actor): DmPreference => {
    const preference = scenario.preferences[actor.id];
    const where = `preferences.${actor.id}`;
    if (preference?.ranking !== undefined) {
      const ranking = preference.ranking.map((entry) =>
        (typeof entry === 'string' ? [entry] : entry).map((yn) =>
          rankingDecimal(yn, options.length, where),
        ),
      );
      return { kind: 'ranking', ranking };
    }
    if (preference?.statements === undefined)
      throw new UnvalidatedScenarioError(`${where} is missing`);
    const statements = preference.statements.map((entry, k) =>
      compile(typeof entry === 'string' ? entry : entry.statement, `${where}.statements[${k}]`),
    );
    return { kind: 'statements', statements };
  });
  const misperceived = actors.map((actor) =>
    (scenario.preferences[actor.id]?.misperceived ?? []).map((text, k) =>
      compile(text, `preferences.${actor.id}.misperceived[${k}]`),
    ),
  );
  return {
    options,
    decisionMakers: actors.map((actor) => ({ id: actor.id, name: actor.name })),
    infeasible,
    preferences,
    misperceived,
  };
}

function rankingDecimal(yn: string, optionCount: number, where: string): number {
  if (yn.length !== optionCount || !/^[YN]*$/.test(yn)) {
    throw new UnvalidatedScenarioError(
      `${where}.ranking has \`${yn}\`, not ${optionCount} Y/N letters`,
    );
  }
  return decimalOfYn(yn);
}
