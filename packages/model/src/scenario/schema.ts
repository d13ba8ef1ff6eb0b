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
 * - Later format additions (tracks, roles, architectures, linkage) are new optional top-level
 *   keys; a v1 file stays valid.
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
/** A scenario as written (after defaults are applied). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** The scenario shape before defaults: what a file may contain. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The number inside a Quantity. */
export const quantityValue = (q: Quantity): number => (typeof q === 'number' ? q : q.value);
