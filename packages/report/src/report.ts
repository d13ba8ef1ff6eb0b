/**
 * The report model: plain JSON an analyst reads, independent of how it is rendered.
 *
 * A report is a title plus an ordered list of typed sections. Each section carries data, not
 * markup; `layoutSection` turns a section into generic blocks (paragraphs, tables, lists) that
 * the text, Markdown and HTML renderers share. A new engine adds a section kind here and one
 * layout function — the renderers need no change.
 */
import type { ForecastSection } from './forecastReport.ts';
import type { GamesSection } from './gamesReport.ts';
import type { ComparisonSection, NegotiationSection } from './negotiationReport.ts';

/** Where a value comes from: cited sources (keys of the scenario's `sources`) or judgement. */
export interface Provenance {
  sources: string[];
  /** True when the analyst marked the value as their own judgement. */
  judgement: boolean;
  note?: string;
}

/** A number from the world, with its provenance and optional uncertainty range. */
export interface Figure extends Provenance {
  value: number;
  range?: [number, number];
}

export interface Report {
  title: string;
  /** The date the scenario describes (ISO 8601). */
  asOf?: string;
  /** Which program produced the report, e.g. `parley 0.1.0`. */
  generator: string;
  sections: Section[];
}

export type Section =
  | OverviewSection
  | ActorsSection
  | IssuesSection
  | GmcrModelSection
  | GmcrTableSection
  | GmcrEquilibriaSection
  | GmcrStatusQuoSection
  | GmcrExplanationsSection
  | ForecastSection
  | GamesSection
  | NegotiationSection
  | ComparisonSection
  | SourcesSection;

export type SectionKind = Section['kind'];

interface SectionBase {
  /** Stable anchor, unique within a report. */
  id: string;
  title: string;
}

export interface OverviewSection extends SectionBase {
  kind: 'overview';
  scenarioId: string;
  summary?: string;
  tags: string[];
  /** Short key facts, e.g. `6 actors`, `14 options`. */
  facts: string[];
}

export interface ActorRow {
  id: string;
  name: string;
  description?: string;
  capability?: Figure;
  /** How the capability was derived (the capability's or the actor's note). */
  derivation?: string;
  indicators: { name: string; figure: Figure }[];
  provenance: Provenance;
}

export interface ActorsSection extends SectionBase {
  kind: 'actors';
  actors: ActorRow[];
}

export interface IssueReport {
  id: string;
  name: string;
  description?: string;
  scale: { min: number; max: number; low: string; high: string; unit?: string };
  positions: { actorId: string; actor: string; position: Figure; salience: Figure }[];
}

export interface IssuesSection extends SectionBase {
  kind: 'issues';
  issues: IssueReport[];
}

/** A GMCR state as shown to a reader: 1-based id (GMCR+ numbering), Y/N per option. */
export interface StateRef {
  id: number;
  decimal: number;
  /** One letter per option in bit order (option 0 first). */
  yn: string;
}

export interface StateDescription extends StateRef {
  /** Labels of the options taken in this state. */
  taken: string[];
  /** Plain one-line description, e.g. `DPRK suspends testing; USA lifts sanctions`. */
  text: string;
  /** Differences from the status quo, e.g. `+ Lift sanctions`, `− Hold exercises`. */
  changes: string[];
}

export interface GmcrOptionRow {
  id: string;
  label: string;
  reversibility: 'both' | 'forward-only' | 'backward-only';
  statusQuo: boolean;
  provenance: Provenance;
}

export interface GmcrModelSection extends SectionBase {
  kind: 'gmcr-model';
  decisionMakers: { id: string; name: string; options: GmcrOptionRow[] }[];
  /** Effective decision makers when actors act in coalitions; absent for singletons. */
  coalitions?: { name: string; members: string[] }[];
  counts: {
    decisionMakers: number;
    options: number;
    /** 2^options. */
    states: number;
    feasibleStates: number;
    infeasibleConditions: number;
  };
  infeasible: { condition: string; reason?: string }[];
  statusQuo?: StateDescription;
}

export const CONCEPT_NAMES = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
  limited: 'Limited move',
} as const;
export type ConceptKey = keyof typeof CONCEPT_NAMES;
export const CONCEPT_KEYS = Object.keys(CONCEPT_NAMES) as ConceptKey[];

/** The option-form table: rows are options, columns are states (like GMCR+). */
export interface GmcrTableSection extends SectionBase {
  kind: 'gmcr-table';
  options: { id: string; label: string; owner: string }[];
  columns: (StateRef & { statusQuo: boolean; equilibria: ConceptKey[] })[];
  /** The concepts shown, with display names (`L3` for limited move with horizon 3). */
  concepts: { concept: ConceptKey; name: string }[];
  feasibleStates: number;
  /** States that are an equilibrium under some concept. */
  equilibriumStates: number;
  /**
   * `all`: every feasible state is a column. `equilibria`: the model is large, so the columns
   * are the status quo and the equilibria stable under the most concepts.
   */
  selection: 'all' | 'equilibria';
  /** Feasible states left out of the table. */
  omitted: number;
}

export interface GmcrEquilibriaSection extends SectionBase {
  kind: 'gmcr-equilibria';
  /** Per concept, the ids of all its equilibria. */
  concepts: { concept: ConceptKey; name: string; stateIds: number[] }[];
  /** Equilibrium states described in words, most relevant first (see statePriority.ts). */
  states: (StateDescription & { concepts: string[] })[];
  /** The status quo's id, when known: descriptions then list the changes from it. */
  statusQuoId?: number;
  /** Equilibrium states not described (beyond the report's limit). */
  omittedStates: number;
}

export interface PathStep {
  from: number;
  to: number;
  mover: string;
  improvement: boolean;
  /** e.g. `DPRK suspends testing` or `USA withdraws “Lift sanctions”`. */
  text: string;
}

export interface GmcrStatusQuoSection extends SectionBase {
  kind: 'gmcr-status-quo';
  /** Equilibria not traced (beyond the report's limit). */
  omittedTargets: number;
  from: StateDescription;
  targets: {
    state: StateRef;
    /** Names of the concepts under which the target is an equilibrium. */
    concepts: string[];
    reachable: boolean;
    reachableByImprovements: boolean;
    /** The shortest path by unilateral improvements when there is one, else the shortest legal path. */
    path: PathStep[];
  }[];
}

export interface GmcrExplanationsSection extends SectionBase {
  kind: 'gmcr-explanations';
  /** Equilibrium states not explained (beyond the report's limit). */
  omittedStates: number;
  items: {
    state: StateRef;
    concept: ConceptKey;
    conceptName: string;
    mover: string;
    stable: boolean;
    /** How many unilateral improvements the mover has from the state. */
    improvements: number;
    summary: string;
    lines: string[];
  }[];
}

export interface SourceEntry {
  id: string;
  /** One-line citation: author, title, publisher, date. */
  citation: string;
  url?: string;
  accessed?: string;
  note?: string;
  /** What cites it, e.g. `USA capability`, `Sanctions relief: China position`. */
  citedBy: string[];
}

export interface SourcesSection extends SectionBase {
  kind: 'sources';
  sources: SourceEntry[];
  /** Figures by provenance across the scenario. */
  tally: { sourced: number; judgement: number; unmarked: number };
  /** Figures marked as judgement, e.g. `DPRK capability`. */
  judgements: string[];
  /** Source ids cited but not defined in `sources`. */
  missing: string[];
}
