/**
 * Scenario format v1 (`parley: 1`): the zod schema is the single source of truth for the shape
 * of a scenario; the TypeScript types are inferred from it and the published JSON Schema
 * (`parley schema`) is generated from it. Cross-references (actor ids, option ids, source ids,
 * statement syntax, scales) are checked afterwards by `validateScenario`.
 *
 * Design notes (see docs/scenario-format.md):
 * - Every object is strict, so a misspelt key is reported (with a "did you mean").
 * - Any number that comes from the world may be written plain (`42`) or as a `Quantity`
 *   (`{value: 42, source: sipri-2018}` / `{value: 42, judgement: true, range: [30, 50]}`), so
 *   provenance and uncertainty sit next to the number they qualify.
 * - Format additions (tracks, roles, vetoes, sequencing, architectures) are new optional top-level
 *   keys; a v1 file without them stays valid.
 */
import * as z from 'zod';

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const Id = z
  .string()
  .regex(ID_PATTERN, 'ids start with a letter and use letters, digits, "_", "-" or "."')
  .meta({ id: 'Id', description: 'An id: a letter, then letters, digits, "_", "-" or ".".' });

/** Where a value comes from: a key of `sources`, or the analyst's own judgement. */
export const ProvenanceFields = {
  /** Key of an entry in the scenario's `sources`, or several. */
  source: z
    .union([Id, z.array(Id).min(1)])
    .optional()
    .describe('Key of an entry in `sources` (or a list of keys) supporting this value.'),
  /** True when the value is the analyst's judgement rather than a sourced figure. */
  judgement: z
    .boolean()
    .optional()
    .describe("True when the value is the analyst's judgement rather than a sourced figure."),
  /** Free-text justification. */
  note: z.string().optional().describe('Free-text justification.'),
};

export const Range = z
  .tuple([z.number(), z.number()])
  .describe('Plausible interval [low, high] for uncertainty analysis (Monte Carlo).');

export const QuantityObject = z.strictObject({
  value: z.number().describe('The number.'),
  /** Plausible interval [low, high] for uncertainty analysis (Monte Carlo). */
  range: Range.optional(),
  ...ProvenanceFields,
});
/** A number, optionally with provenance and an uncertainty range. */
export const Quantity = z.union([z.number(), QuantityObject]).meta({
  id: 'Quantity',
  description:
    'A number, or `{value, range?, source?, judgement?, note?}` with provenance and uncertainty.',
});

export const Source = z
  .strictObject({
    title: z.string().min(1),
    author: z.string().optional(),
    publisher: z.string().optional(),
    /** Publication date, ISO 8601 (`2018-06-12`, `2018-06` or `2018`). */
    date: z.string().optional(),
    url: z.string().optional(),
    accessed: z.string().optional(),
    note: z.string().optional(),
  })
  .describe('A citation.');

export const Actor = z.strictObject({
  id: Id,
  name: z.string().min(1).describe('Display name.'),
  description: z.string().optional(),
  /**
   * Relative capability (power) used by the forecasting models, any non-negative scale.
   * Say how it is derived in `note`.
   */
  capability: Quantity.optional().describe(
    'Relative capability (power) for the forecasting models, any non-negative scale.',
  ),
  /** Named indicators behind the capability (CINC, GDP, military spending, ...). */
  indicators: z
    .record(z.string(), Quantity)
    .optional()
    .describe('Named indicators behind the capability (CINC, GDP, military spending, ...).'),
  /** Negotiation: the actor's best alternative to a negotiated agreement (BATNA) as a point. */
  outsideOption: z
    .record(Id, Quantity)
    .optional()
    .describe(
      "Negotiation: issue id → the point on the issue's scale the actor gets without an agreement (its BATNA); issues left out fall back to the issue's `statusQuo`.",
    ),
  /** Negotiation: the utility of no agreement, on 0–1, at every table the actor sits at. */
  reservation: Quantity.optional().describe(
    "Negotiation: the actor's utility of no agreement on 0–1 (its reservation value), used at every table instead of the value of its outside option.",
  ),
  ...ProvenanceFields,
});

export const Scale = z.strictObject({
  min: z.number().default(0).describe('Lowest point of the scale (default 0).'),
  max: z.number().default(100).describe('Highest point of the scale (default 100).'),
  /** What the `min` end means, e.g. "No sanctions relief". */
  low: z.string().min(1).describe('What the `min` end means, e.g. "No sanctions relief".'),
  /** What the `max` end means, e.g. "All UN sanctions lifted". */
  high: z.string().min(1).describe('What the `max` end means, e.g. "All UN sanctions lifted".'),
  unit: z.string().optional(),
});

export const Position = z.strictObject({
  /** The actor's preferred point on the issue's scale. */
  position: Quantity.describe("The actor's preferred point on the issue's scale."),
  /** How much the actor cares about this issue, 0–100. */
  salience: Quantity.describe('How much the actor cares about this issue, 0–100.'),
  ...ProvenanceFields,
});

export const Issue = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  scale: Scale.describe('The numeric scale positions are placed on, with labelled ends.'),
  /** Actor id → position and salience. */
  positions: z.record(Id, Position).describe('Actor id → position and salience.'),
  /** Negotiation: where the issue stays without an agreement. */
  statusQuo: Quantity.optional().describe(
    "Negotiation: the point on the scale where the issue stays without an agreement; every actor's default outside option.",
  ),
  ...ProvenanceFields,
});

export const Reversibility = z.enum(['both', 'forward-only', 'backward-only']);

export const Option = z.strictObject({
  id: Id,
  /** Actor id of the decision maker who controls this option. */
  owner: Id.describe('Actor id of the decision maker who controls this option.'),
  /** Short label, e.g. "Lift unilateral sanctions". */
  label: z.string().min(1).describe('Short label, e.g. "Lift unilateral sanctions".'),
  description: z.string().optional(),
  /** both: can be taken and withdrawn; forward-only: once taken, final; backward-only: can only be withdrawn. */
  reversibility: Reversibility.default('both').describe(
    'both: can be taken and withdrawn; forward-only: once taken, final; backward-only: can only be withdrawn.',
  ),
  /** Whether the option is taken in the status quo. */
  statusQuo: z.boolean().default(false).describe('Whether the option is taken in the status quo.'),
  ...ProvenanceFields,
});

/** A statement in the preference language (see statement/ast.ts), with optional provenance. */
export const Statement = z
  .union([z.string().min(1), z.strictObject({ statement: z.string().min(1), ...ProvenanceFields })])
  .meta({
    id: 'Statement',
    description:
      'A statement over option ids with `&`, `|`, `!`, `q if p`, `q iff p` and parentheses, e.g. `lift if freeze & !strike`.',
  });

export const Infeasible = z
  .union([
    z.string().min(1),
    z.strictObject({ when: z.string().min(1), reason: z.string().optional(), ...ProvenanceFields }),
  ])
  .describe('A condition in the statement language; states satisfying it are infeasible.');

/**
 * A state written as one Y/N letter per option, in the order the options are declared
 * (the first letter is the first option). An entry that is a list is a tie group.
 */
export const RankingEntry = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe(
    'A state as one Y/N letter per option (first letter = first option), or a list of tied states.',
  );

export const Preference = z.strictObject({
  /** Prioritized statements, most important first (GMCR+ option prioritization). */
  statements: z
    .array(Statement)
    .optional()
    .describe('Prioritized statements, most important first (GMCR+ option prioritization).'),
  /** Explicit ranking of all feasible states, most preferred first; nested lists are ties. */
  ranking: z
    .array(RankingEntry)
    .optional()
    .describe(
      'Explicit ranking of all feasible states, most preferred first; nested lists are ties.',
    ),
  /** States this actor does not perceive (GMCR misperception): conditions in the statement language. */
  misperceived: z
    .array(z.string().min(1))
    .optional()
    .describe('States this actor does not perceive (GMCR misperception), as conditions.'),
  ...ProvenanceFields,
});

/** How a track reaches agreement. The combinations of keys each kind allows are checked by `validateScenario`. */
export const DecisionRuleKind = z.enum(['unanimity', 'veto-players', 'majority']);

export const DecisionRule = z
  .strictObject({
    /** unanimity: every party accepts; veto-players: every named veto player accepts; majority: `quota` parties accept. */
    kind: DecisionRuleKind.describe(
      'unanimity: every party must accept; veto-players: every listed veto player must accept (the other parties need not); majority: `quota` parties must accept (and every listed veto player).',
    ),
    /** veto-players (required) and majority (optional): parties of the track whose acceptance is required. */
    vetoPlayers: z
      .array(Id)
      .optional()
      .describe('Parties of the track whose acceptance is required (veto-players, majority).'),
    /** majority: how many parties must accept; default: more than half of the parties. */
    quota: z
      .number()
      .optional()
      .describe('majority: how many parties must accept (default: more than half).'),
    ...ProvenanceFields,
  })
  .describe('How a track reaches agreement.');

/** A negotiating table: the issues it negotiates, who sits at it and how it decides. */
export const Track = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** Issue ids negotiated at this table; an issue sits at one table at most. */
  issues: z
    .array(Id)
    .default([])
    .describe('Issue ids negotiated at this table; an issue sits at one table at most.'),
  /** Actor ids of the parties: the actors who negotiate and decide at this table. */
  parties: z
    .array(Id)
    .min(1)
    .describe('Actor ids of the parties: the actors who negotiate and decide at this table.'),
  /** A party who chairs (convenes) the table. */
  chair: Id.optional().describe('Actor id of the party who chairs (convenes) the table.'),
  /** An actor who proposes texts and brokers; a party or an outsider. */
  mediator: Id.optional().describe(
    'Actor id of the mediator, who proposes texts and brokers; may be a party or an outsider.',
  ),
  /** Default: unanimity. */
  decisionRule: DecisionRule.default({ kind: 'unanimity' }).describe(
    'How the table reaches agreement (default: unanimity).',
  ),
  ...ProvenanceFields,
});

export const Role = z.enum([
  'lead',
  'co-lead',
  'mediator',
  'guarantor',
  'verifier',
  'party',
  'observer',
  'excluded',
]);

/** One role of an actor, at one track or (without `track`) in the settlement as a whole. */
export const RoleAssignment = z.strictObject({
  role: Role.describe(
    'lead, co-lead, mediator, guarantor, verifier, party, observer or excluded (see docs/scenario-format.md).',
  ),
  /** The track the role applies to; without it, the role applies to the whole settlement. */
  track: Id.optional().describe(
    'Track id the role applies to; without it, the role applies to the whole settlement.',
  ),
  ...ProvenanceFields,
});

/**
 * An implementation veto: actors who can block carrying out an agreement on some issues or
 * options, whether or not they sit at any table (e.g. the permanent members of the UN Security
 * Council over UN sanctions relief).
 */
export const Veto = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** Actor ids of the veto holders; they need not be parties of any track. */
  holders: z
    .array(Id)
    .min(1)
    .describe('Actor ids of the veto holders; they need not be parties of any track.'),
  /** What the veto covers: changing these options from their status quo, or settling these issues. */
  scope: z
    .strictObject({
      issues: z
        .array(Id)
        .optional()
        .describe('Issue ids: a settlement on them needs every holder.'),
      options: z
        .array(Id)
        .optional()
        .describe('Option ids: changing them from the status quo needs every holder.'),
    })
    .describe('What the veto covers: issues and/or options.'),
  /** any-holder-blocks: each holder alone can block. */
  rule: z
    .enum(['any-holder-blocks'])
    .default('any-holder-blocks')
    .describe('any-holder-blocks: each holder alone can block (the only rule so far).'),
  ...ProvenanceFields,
});

/** How the tracks relate in time and in acceptance. The keys each kind allows are checked by `validateScenario`. */
export const Sequencing = z
  .strictObject({
    /** parallel: independent tables at once; sequenced: one step after another; linked: packages accepted together. */
    kind: z
      .enum(['parallel', 'sequenced', 'linked'])
      .describe(
        'parallel: the tracks run at once, each deciding on its own; sequenced: in the steps of `order`; linked: the tracks of each package are accepted or rejected together.',
      ),
    /** sequenced: the steps, first first; a step is a track id or a list of tracks that run in parallel. Lists every track once. */
    order: z
      .array(z.union([Id, z.array(Id).min(1)]))
      .optional()
      .describe(
        'sequenced: the steps in order; a step is a track id, or a list of track ids running in parallel. Every track appears once.',
      ),
    /** linked: groups of track ids whose agreements are accepted together; tracks in no package stand alone. */
    packages: z
      .array(z.array(Id).min(1))
      .optional()
      .describe(
        'linked: groups of track ids whose agreements form one package, accepted or rejected together; a track in no package stands alone.',
      ),
    ...ProvenanceFields,
  })
  .describe('How the tracks relate: parallel, sequenced or linked.');

/** Changes to one existing track. Lists given in full replace; add/remove edit. */
export const TrackChange = z.strictObject({
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  parties: z.array(Id).min(1).optional().describe('Replaces the parties.'),
  addParties: z.array(Id).optional().describe('Actor ids to seat at the table.'),
  removeParties: z
    .array(Id)
    .optional()
    .describe('Actor ids to unseat (their lead, co-lead and party roles at this track go too).'),
  issues: z.array(Id).optional().describe('Replaces the issues.'),
  addIssues: z.array(Id).optional().describe('Issue ids to add to the table.'),
  removeIssues: z.array(Id).optional().describe('Issue ids to take off the table.'),
  chair: Id.nullable().optional().describe('New chair; `null` removes the chair.'),
  mediator: Id.nullable().optional().describe('New mediator; `null` removes the mediator.'),
  decisionRule: DecisionRule.optional().describe('Replaces the decision rule.'),
  ...ProvenanceFields,
});

/** What an architecture changes, relative to the scenario as written. */
export const ArchitectureChanges = z.strictObject({
  tracks: z
    .strictObject({
      remove: z.array(Id).optional().describe('Track ids to remove (applied first).'),
      modify: z.record(Id, TrackChange).optional().describe('Track id → changes to that track.'),
      add: z.array(Track).optional().describe('New tracks (applied last).'),
    })
    .optional()
    .describe('Tracks removed, modified and added, in that order.'),
  roles: z
    .record(Id, z.array(RoleAssignment))
    .optional()
    .describe("Actor id → that actor's roles, replacing its roles as written (`[]` clears them)."),
  sequencing: Sequencing.optional().describe('Replaces the sequencing.'),
  vetoes: z
    .strictObject({
      remove: z.array(Id).optional().describe('Veto ids to remove (applied first).'),
      add: z.array(Veto).optional().describe('New implementation vetoes.'),
    })
    .optional()
    .describe('Implementation vetoes removed and added.'),
  /** GMCR: option id → the value the architecture imposes. */
  fixOptions: z
    .record(Id, z.boolean())
    .optional()
    .describe(
      'GMCR: option id → the value the architecture imposes (true = taken). The option stays; states with the other value become infeasible and the status quo takes the value.',
    ),
  /** GMCR: options that do not exist under this architecture. */
  removeOptions: z
    .array(Id)
    .optional()
    .describe(
      'GMCR: option ids that do not exist under this architecture; statements and conditions read them as never taken.',
    ),
  /** GMCR: further infeasibility conditions the architecture imposes. */
  infeasible: z
    .array(Infeasible)
    .optional()
    .describe('GMCR: further conditions describing states the architecture rules out.'),
});

/** A named variant of the scenario: who sits where, in what roles and order, under what constraints. */
export const Architecture = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** True for the one architecture that is the scenario as written (it changes nothing). */
  baseline: z
    .boolean()
    .optional()
    .describe('True for the one architecture that is the scenario as written; it has no changes.'),
  changes: ArchitectureChanges.default({}).describe(
    'What the architecture changes, relative to the scenario as written.',
  ),
  ...ProvenanceFields,
});

/** Forecasting: issues negotiated as one package (see docs/forecast.md, "Issue linkage"). */
export const Linkage = z.strictObject({
  id: Id,
  /** Issue ids negotiated as one package (at least two). */
  issues: z.array(Id).min(2).describe('Issue ids negotiated as one package (at least two).'),
  /** How the issues are tied; only `package` so far. */
  kind: z
    .enum(['package'])
    .default('package')
    .describe('How the issues are tied; only `package` (bargained over jointly) so far.'),
  ...ProvenanceFields,
});

export const ScenarioSchema = z.strictObject({
  /** Format version. */
  parley: z.literal(1).describe('Format version: always 1.'),
  id: Id,
  title: z.string().min(1),
  /** The date the scenario describes, ISO 8601. */
  asOf: z.string().min(1).describe('The date the scenario describes, ISO 8601 (e.g. 2018-06-12).'),
  summary: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** Source id → citation. */
  sources: z.record(Id, Source).default({}).describe('Source id → citation.'),
  actors: z.array(Actor).min(1).describe('The decision makers.'),
  issues: z.array(Issue).default([]).describe('Negotiable dimensions, each on a numeric scale.'),
  /** GMCR: the yes/no options; declaration order is bit order (first option = least significant bit). */
  options: z
    .array(Option)
    .default([])
    .describe(
      'GMCR: yes/no options; declaration order is bit order (first option = least significant bit).',
    ),
  /** GMCR: conditions describing infeasible states. */
  infeasible: z
    .array(Infeasible)
    .default([])
    .describe('GMCR: conditions describing infeasible states.'),
  /** GMCR: actor id → preference. Every actor that owns an option needs one. */
  preferences: z
    .record(Id, Preference)
    .default({})
    .describe('GMCR: actor id → preference. Every actor that owns an option needs one.'),
  /** GMCR: a default partition of the actors into coalitions, e.g. `[[usa, rok], [dprk]]`. */
  coalitions: z
    .array(z.array(Id).min(1))
    .optional()
    .describe(
      'GMCR: a partition of the option-owning actors into coalitions, e.g. [[usa, rok], [dprk]].',
    ),
  /** Negotiating tables. */
  tracks: z
    .array(Track)
    .optional()
    .describe('Negotiating tables: issues, parties, chair, mediator and decision rule.'),
  /** Actor id → its roles, per track or in the whole settlement. */
  roles: z
    .record(Id, z.array(RoleAssignment))
    .optional()
    .describe(
      'Actor id → its roles, each at one track or (without `track`) in the whole settlement.',
    ),
  /** Implementation vetoes held by actors at or away from the tables. */
  vetoes: z
    .array(Veto)
    .optional()
    .describe('Implementation vetoes: who can block carrying out an agreement, at a table or not.'),
  /** How the tracks relate; default parallel. */
  sequencing: Sequencing.optional().describe(
    'How the tracks relate: parallel (the default), sequenced or linked.',
  ),
  /** Named variants compared side by side. */
  architectures: z
    .array(Architecture)
    .optional()
    .describe(
      'Named variants of the scenario: track membership, roles, sequencing, vetoes, fixed or removed options.',
    ),
  /** Forecasting: issues negotiated as packages. */
  linkages: z
    .array(Linkage)
    .optional()
    .describe('Forecasting: issues negotiated as one package, modelled jointly.'),
});

export type Quantity = z.infer<typeof Quantity>;
export type QuantityObject = z.infer<typeof QuantityObject>;
export type Source = z.infer<typeof Source>;
export type Actor = z.infer<typeof Actor>;
export type Scale = z.infer<typeof Scale>;
export type Position = z.infer<typeof Position>;
export type Issue = z.infer<typeof Issue>;
export type Reversibility = z.infer<typeof Reversibility>;
export type Option = z.infer<typeof Option>;
export type Statement = z.infer<typeof Statement>;
export type Infeasible = z.infer<typeof Infeasible>;
export type RankingEntry = z.infer<typeof RankingEntry>;
export type Preference = z.infer<typeof Preference>;
export type DecisionRuleKind = z.infer<typeof DecisionRuleKind>;
export type DecisionRule = z.infer<typeof DecisionRule>;
export type Track = z.infer<typeof Track>;
export type Role = z.infer<typeof Role>;
export type RoleAssignment = z.infer<typeof RoleAssignment>;
export type Veto = z.infer<typeof Veto>;
export type Sequencing = z.infer<typeof Sequencing>;
export type TrackChange = z.infer<typeof TrackChange>;
export type ArchitectureChanges = z.infer<typeof ArchitectureChanges>;
export type Architecture = z.infer<typeof Architecture>;
export type Linkage = z.infer<typeof Linkage>;
/** A scenario as written (after defaults are applied). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** The scenario shape before defaults: what a file may contain. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The number inside a Quantity. */
export const quantityValue = (q: Quantity): number => (typeof q === 'number' ? q : q.value);
