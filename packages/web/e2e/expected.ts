/**
 * What the workbench must show for a scenario, computed here in Node with the same engines the
 * browser runs (@parley/engines), from the scenario text (@parley/model parseScenario) — never
 * copied from the screen. Each function mirrors the request the view sends with its default
 * settings (packages/views/src/*View.ts) and formats numbers as the view displays them.
 */
import { compare, forecast, games, gmcr, negotiate, type StabilityConcept } from '@parley/engines';
import { parseScenario, type Scenario } from '@parley/model';

/** Concept labels as the GMCR view writes them (views/gmcr/gmcrModel.ts CONCEPT_LABELS). */
export const CONCEPT_LABELS: Record<string, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
};

export function scenarioOf(text: string): Scenario {
  const parsed = parseScenario(text);
  if (!parsed.ok)
    throw new Error(`the scenario does not validate: ${parsed.diagnostics[0]?.message}`);
  return parsed.value;
}

export interface GmcrExpected {
  stateCount: number;
  /** 0-based index of the status quo state (−1 when there is none). */
  statusQuo: number;
  concepts: string[];
  /** 1-based state ids per concept, ascending. */
  equilibria: Record<string, number[]>;
  /** The names of the movers (decision makers or coalitions), in order. */
  movers: string[];
  analysis: gmcr.GmcrAnalysis;
}

export function gmcrExpected(scenario: Scenario): GmcrExpected {
  const model = gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario));
  const analysis = gmcr.analyze(model);
  return {
    stateCount: model.stateCount,
    statusQuo: model.statusQuo,
    concepts: [...analysis.concepts],
    equilibria: Object.fromEntries(
      analysis.concepts.map((c) => [c, [...analysis.equilibria[c]].map((s) => s + 1)]),
    ),
    movers: analysis.movers.map((m) => m.name),
    analysis,
  };
}

/**
 * The explanation panel's verdict per mover and concept for a 1-based state id, as its cells'
 * accessible names read (`United States, Nash: stable`).
 */
export function stabilityLabels(g: GmcrExpected, id: number): string[] {
  return g.movers.flatMap((name, m) =>
    g.concepts.map(
      (c) =>
        `${name}, ${CONCEPT_LABELS[c]}: ${g.analysis.stability[c as StabilityConcept][m]![id - 1] === 1 ? 'stable' : 'unstable'}`,
    ),
  );
}

/** The concepts (labels) under which a 1-based state id is an equilibrium. */
export function conceptsOfState(g: GmcrExpected, id: number): string[] {
  return g.concepts.filter((c) => g.equilibria[c]!.includes(id)).map((c) => CONCEPT_LABELS[c]!);
}

/** The forecast view's models, in its column order (views/src/forecastView.ts). */
const FORECAST_MODELS: forecast.ForecastModel[] = [
  'mean',
  'capability-mean',
  'median',
  'bdm',
  'smp',
];

/** The forecast table's cell text (ForecastView.tsx `fmt`). */
export const forecastCell = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);

export interface ForecastExpected {
  /** Per issue name, the cell text of every model in column order. */
  issues: { name: string; cells: string[] }[];
}

export function forecastExpected(scenario: Scenario): ForecastExpected {
  const input = forecast.forecastInputFromScenario(scenario);
  const results = FORECAST_MODELS.map((model) => forecast.forecast(input, { model }));
  return {
    issues: input.dimensions.map((d, k) => ({
      name: d.name,
      cells: results.map((r) => forecastCell(r.forecast[k])),
    })),
  };
}

/**
 * The forecast table's Monte Carlo ranges (5–95% of the runs) per issue and model, for `runs`
 * draws from `seed`, as the view shows them below each point forecast.
 */
export function forecastRanges(scenario: Scenario, runs: number, seed: number): string[][] {
  const input = forecast.forecastInputFromScenario(scenario);
  const results = FORECAST_MODELS.map((model) => forecast.monteCarlo(input, { model, runs, seed }));
  return input.dimensions.map((_, k) =>
    results.map((r) => {
      const q = r.distribution![k]!.quantiles;
      return `${forecastCell(q['0.05'])}–${forecastCell(q['0.95'])}`;
    }),
  );
}

const fixed2 = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : x.toFixed(2);

export interface NegotiateExpected {
  parties: string[];
  issues: number;
  outcomes: number;
  paretoCount: number;
  /** Solution label → its outcome text and utilities (2 decimals), as the solution table shows. */
  solutions: Record<string, { outcome: string; utilities: string[] }>;
  /** The sessions table: strategy, ended by, rounds, agreement values, utility per party. */
  sessions: string[][];
}

/** The view's default sessions: every party plays the strategy, 100 rounds, seed 0. */
const SESSION_STRATEGIES = ['boulware', 'linear', 'conceder', 'tit-for-tat'];

function sessionRows(domain: negotiate.NegotiationDomain): string[][] {
  const prepared = negotiate.prepareDomain(domain);
  return SESSION_STRATEGIES.map((name) => {
    const spec = negotiate.strategyNamed(name)!;
    const r = negotiate.stackedAlternatingOffers(
      prepared,
      domain.parties.map(() => spec.create()),
      { deadline: { rounds: 100 }, seed: 0 },
    );
    const values = r.agreementValues;
    return [
      name,
      r.endedBy,
      String(r.rounds),
      values ? values.map((v) => (typeof v === 'number' ? fixed2(v) : v)).join(', ') : '—',
      ...domain.parties.map((_, i) => fixed2(values ? r.utilities[i] : null)),
    ];
  });
}

export function negotiateExpected(scenario: Scenario): NegotiateExpected {
  // The view's default: 5 values per issue (NegotiateView.tsx settings).
  const domain = negotiate.negotiationDomainFromScenario(scenario, { steps: 5 });
  const a = negotiate.analyzeNegotiation(domain);
  const point = (p: { outcome: (string | number)[]; utilities: number[] } | null | undefined) => ({
    outcome: p ? p.outcome.map((v) => (typeof v === 'number' ? fixed2(v) : v)).join(', ') : '—',
    utilities: a.parties.map((_, i) => fixed2(p?.utilities[i])),
  });
  return {
    parties: a.parties.map((p) => p.name),
    issues: a.issues.length,
    outcomes: a.outcomes,
    paretoCount: a.pareto.length,
    solutions: {
      Nash: point(a.nash),
      'Kalai–Smorodinsky': point(a.kalaiSmorodinsky),
    },
    sessions: sessionRows(domain),
  };
}

export interface GamesExpected {
  players: string[];
  strategies: string[][];
  /** The sentence above the strategic form (GamesView.tsx). */
  summary: string;
  /** Every pure profile: strategy labels, state id (or 'infeasible'), payoffs. */
  profiles: { strategies: string[]; state: string; payoffs: string[] }[];
  /** Pure Nash equilibria, as strategy labels joined by '|'. */
  nash: string[];
}

/**
 * The game view's default game: the four heaviest options (compare.coreOptions, as the report's
 * gamesSection chooses them), rank payoffs; pure equilibria by Gambit's enumpure.
 */
export function gamesExpected(analysis: gmcr.GmcrAnalysis): GamesExpected {
  const model = analysis.model;
  const ids = model.input.options.map((o) => o.id);
  const chosen = compare.coreOptions(model, 4).map((k) => ids[k]!);
  const view = compare.gameFromScenarioModel(model, { options: chosen, payoff: 'rank' });
  const game = view.game;
  const total = games.profileCount(game);
  const labels = (p: number) => games.pureProfile(game, p).map((s, i) => game.strategies[i]![s]!);
  const profiles = Array.from({ length: total }, (_, p) => ({
    strategies: labels(p),
    state: view.states[p]! >= 0 ? String(view.states[p]! + 1) : 'infeasible',
    payoffs: game.payoffs.map((u) => u[p]!.toString()),
  }));
  const solution = games.enumPure(game);
  const nash = solution.equilibria.map((eq) =>
    eq.profile
      .map((mix, i) => game.strategies[i]![mix.findIndex((x) => x.toString() !== '0')]!)
      .join('|'),
  );
  const infeasible = profiles.filter((p) => p.state === 'infeasible').length;
  const summary =
    `${game.players.length} players: ` +
    game.players.map((name, i) => `${name} (${game.strategies[i]!.length} strategies)`).join(', ') +
    ` — ${total} profiles, ${infeasible} infeasible.`;
  return {
    players: [...game.players],
    strategies: game.strategies.map((s) => [...s]),
    summary,
    profiles,
    nash,
  };
}

export interface CompareExpected {
  /** Architecture names in the table's column order (baseline first). */
  names: string[];
  /** "Who gains and who loses": per actor name, each column's text and tone. */
  gains: { actor: string; cells: { text: string; tone: 'gain' | 'loss' | '' }[] }[];
}

const signed = (x: number, digits = 2) =>
  Math.abs(x) < 0.5 * 10 ** -digits
    ? `±${(0).toFixed(digits)}`
    : `${x > 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** The comparison view's default run: 100 runs per architecture, seed 1 (CompareView.tsx). */
export function compareExpected(scenario: Scenario): CompareExpected {
  const result = compare.compareArchitectures(scenario, { runs: 100, seed: 1 });
  const archs = result.architectures;
  const actors = archs[0]?.negotiation.actors ?? [];
  return {
    names: archs.map((a) => a.name),
    gains: actors.map((actor) => ({
      actor: actor.name,
      cells: archs.map((a) => {
        const own = a.negotiation.actors.find((x) => x.id === actor.id);
        const delta = result.deltas
          .find((d) => d.architecture === a.id)
          ?.actors.find((x) => x.actor === actor.id);
        const seat = own && !own.seated ? ' (not seated)' : '';
        const text =
          own === undefined
            ? '—'
            : `${own.utility.toFixed(2)}${delta ? ` (${signed(delta.utility)})` : ''}${seat}`;
        const tone = delta?.verdict === 'gains' ? 'gain' : delta?.verdict === 'loses' ? 'loss' : '';
        return { text, tone };
      }),
    })),
  };
}
