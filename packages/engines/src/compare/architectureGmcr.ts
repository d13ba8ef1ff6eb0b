/**
 * The graph model under an architecture (docs/compare.md, "GMCR"): the architecture's fixed and
 * removed options and added conditions are already applied to the scenario (model
 * architectureOptions.ts), so this is the ordinary analysis — equilibria under every concept
 * (Fang, Hipel & Kilgour 1993) — plus status-quo reachability (Li, Kilgour & Hipel 2005): which
 * equilibria the conflict can reach from the status quo by a legal sequence of unilateral
 * improvements. Deltas compare equilibria by the options taken (their labels), since removed
 * options renumber the states.
 */
import type { Architecture, Scenario } from '@parley/model';
import { analyze } from '../gmcr/analyze.ts';
import { describeMove, describeState } from '../gmcr/describe.ts';
import { gmcrInputFromScenario } from '../gmcr/fromScenario.ts';
import { buildModel } from '../gmcr/model.ts';
import { statusQuoAnalysis } from '../gmcr/statusQuo.ts';
import { CONCEPTS } from '../gmcr/types.ts';
import { throwIfAborted } from '../shared/throwIfAborted.ts';
import type { ArchitectureGmcr } from './compareTypes.ts';

const CONCEPT_NAME: Record<string, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
};

/** Null when the scenario has no options (no graph model). */
export function architectureGmcr(
  scenario: Scenario,
  architecture: Architecture,
  signal?: AbortSignal,
): ArchitectureGmcr | null {
  if (scenario.options.length === 0) return null;
  throwIfAborted(signal);
  const model = buildModel(gmcrInputFromScenario(scenario));
  const analysis = analyze(model, signal ? { signal } : {});
  const equilibria = Object.fromEntries(CONCEPTS.map((c) => [c, analysis.equilibria[c].length]));
  const sq = model.statusQuo;
  const result: ArchitectureGmcr = {
    feasibleStates: model.stateCount,
    changes: optionChanges(architecture),
    statusQuo: null,
    equilibria,
    reachable: [],
  };
  if (sq < 0) return result;
  const stable = CONCEPTS.map((c) => [c, new Set(analysis.equilibria[c])] as const);
  const conceptsOf = (s: number): string[] =>
    stable.filter(([, states]) => states.has(s)).map(([c]) => CONCEPT_NAME[c]!);
  result.statusQuo = { id: sq + 1, yn: model.yn(sq), stableUnder: conceptsOf(sq) };
  // Only the set of states reachable by improvements is needed, not a path to each target.
  const reach = statusQuoAnalysis(analysis, sq, {
    targets: [],
    maxEvolutionNodes: 0,
    ...(signal ? { signal } : {}),
  });
  result.reachable = reach.reachableByImprovements
    .filter((state) => state !== sq && conceptsOf(state).length > 0)
    .map((state) => ({
      id: state + 1,
      yn: model.yn(state),
      state: describeState(model, state).text,
      change: describeMove(model, { from: sq, to: state }),
      concepts: conceptsOf(state),
    }));
  return result;
}

/** The architecture's option changes in words. */
function optionChanges(architecture: Architecture): string[] {
  const c = architecture.changes;
  return [
    ...Object.entries(c.fixOptions ?? {}).map(
      ([id, v]) => `fixes ${id} = ${v ? 'taken' : 'not taken'}`,
    ),
    ...(c.removeOptions ?? []).map((id) => `removes ${id}`),
    ...(c.infeasible ?? []).map(
      (x) =>
        `rules out ${typeof x === 'string' ? x : x.when}${typeof x !== 'string' && x.reason ? ` (${x.reason})` : ''}`,
    ),
  ];
}
