/**
 * Architecture comparison (DESIGN.md, "Which negotiation architecture works best?"): the same
 * scenario under each of its named variants (`listArchitectures`, `applyArchitecture` in
 * @parley/model), with every method that applies run on each and summarised side by side:
 *
 * - GMCR: number of equilibria per concept, and whether the status quo is one;
 * - forecast: one model's forecast per issue (default BDM);
 * - negotiate: the Nash bargaining solution and the size of the zone of agreement.
 *
 * A method that fails on one architecture records its error in that cell; the others still run.
 * (When @parley/engines gains its own architecture comparison, this job should call it.)
 */
import { CONCEPTS, EngineError, forecast, gmcr, negotiate } from '@parley/engines';
import { applyArchitecture, listArchitectures, type Scenario } from '@parley/model';
import type { EngineProvenance, JobInput, ProgressHook } from '../jobTypes.ts';
import type { CompareParams } from '../params.ts';
import { JobInputError } from './jobError.ts';
import { outcomeCount, SERVER_MAX_OUTCOMES } from './negotiateJob.ts';
import { scenarioOf } from './scenarioOf.ts';

type Method = 'gmcr' | 'forecast' | 'negotiate';
type Cell = Record<string, unknown>;

const MAX_LISTED = 50;

function gmcrCell(scenario: Scenario): Cell {
  const model = gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario));
  const analysis = gmcr.analyze(model, {});
  const sq = model.statusQuo;
  const equilibria = Object.fromEntries(
    CONCEPTS.map((c) => [c, { count: analysis.equilibria[c].length, states: analysis.equilibria[c].slice(0, MAX_LISTED).map((s) => s + 1) }]),
  );
  return {
    states: model.stateCount,
    options: model.optionCount,
    statusQuo: sq >= 0 ? { state: sq + 1, yn: model.yn(sq), stableUnder: CONCEPTS.filter((c) => analysis.equilibria[c].includes(sq)) } : null,
    equilibria,
  };
}

function forecastCell(scenario: Scenario, model: forecast.ForecastModel): Cell {
  const input = forecast.forecastInputFromScenario(scenario);
  const result = forecast.forecast(input, { model, audit: false });
  return {
    model,
    forecast: Object.fromEntries(input.dimensions.map((d, i) => [d.id, result.forecast[i] ?? null])),
    warnings: result.provenance.warnings,
  };
}

function negotiateCell(scenario: Scenario, steps: number): Cell {
  const domain = negotiate.negotiationDomainFromScenario(scenario, { steps });
  if (domain.parties.length < 2) return { error: { code: 'too-few-parties', message: 'fewer than two parties take positions' } };
  const outcomes = outcomeCount(domain);
  if (outcomes > SERVER_MAX_OUTCOMES) {
    return { error: { code: 'too-many-outcomes', message: `${outcomes} outcomes; use fewer steps` } };
  }
  const analysis = negotiate.analyzeNegotiation(domain);
  return {
    outcomes,
    parties: analysis.parties.map((p) => p.id),
    issues: analysis.issues.map((i) => i.id),
    nash: analysis.nash,
    zopa: analysis.withReservation.zopa,
  };
}

function attempt(run: () => Cell): Cell {
  try {
    return run();
  } catch (e) {
    if (e instanceof EngineError || e instanceof JobInputError) return { error: { code: e.code, message: e.message } };
    throw e;
  }
}

export function compareJob(input: JobInput, params: CompareParams, progress: ProgressHook) {
  const scenario = scenarioOf(input);
  const all = listArchitectures(scenario);
  const chosen = params.architectures
    ? params.architectures.map((id) => {
        const a = all.find((x) => x.id === id);
        if (!a) throw new JobInputError('unknown-architecture', `unknown architecture ${id}`);
        return a;
      })
    : all;
  const applicable: Method[] = [];
  if (scenario.options.length > 0) applicable.push('gmcr');
  if (scenario.issues.length > 0) applicable.push('forecast', 'negotiate');
  const methods = (params.engines ?? applicable).filter((m) => applicable.includes(m));
  const forecastModel = params.forecastModel ?? 'bdm';
  const steps = params.steps ?? negotiate.DEFAULT_SCENARIO_STEPS;
  const rows = chosen.map((architecture, i) => {
    progress(i / chosen.length, architecture.id);
    const variant = applyArchitecture(scenario, architecture.id);
    const row: Cell = { id: architecture.id, name: architecture.name };
    if (architecture.description !== undefined) row.description = architecture.description;
    if (methods.includes('gmcr')) row.gmcr = attempt(() => gmcrCell(variant));
    if (methods.includes('forecast')) row.forecast = attempt(() => forecastCell(variant, forecastModel));
    if (methods.includes('negotiate')) row.negotiate = attempt(() => negotiateCell(variant, steps));
    return row;
  });
  const result = { scenario: scenario.id, methods, architectures: rows };
  const provenance: EngineProvenance = {
    engine: 'compare',
    method: methods.join(','),
    parameters: { ...params, forecastModel, steps },
    warnings: [],
  };
  return { result, provenance };
}
