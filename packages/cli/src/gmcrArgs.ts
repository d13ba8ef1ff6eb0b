/**
 * Command-line values of the GMCR commands — coalitions, concepts, states, movers, horizons —
 * checked against the model. A bad value is a UsageError with a hint listing what is allowed.
 */
import { CONCEPTS, gmcr, type GmcrInput, type StabilityConcept } from '@parley/engines';
import type { Scenario } from '@parley/model';
import { UsageError } from './errors.ts';

export type CliConcept = StabilityConcept | 'limited';
export const CLI_CONCEPTS: readonly CliConcept[] = [...CONCEPTS, 'limited'];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const dmList = (input: GmcrInput) =>
  input.decisionMakers
    .map((dm) => (dm.id === dm.name ? dm.id : `${dm.id} (${dm.name})`))
    .join(', ');

/** The decision-maker index of an actor id or name. */
function dmIndex(input: GmcrInput, name: string, scenario?: Scenario): number {
  const i = input.decisionMakers.findIndex((dm) => same(dm.id, name) || same(dm.name, name));
  if (i >= 0) return i;
  const actor = scenario?.actors.find((a) => same(a.id, name) || same(a.name, name));
  if (actor) {
    throw new UsageError(
      `${actor.name} owns no option, so it is not a decision maker in the graph model`,
      `decision makers: ${dmList(input)}`,
    );
  }
  throw new UsageError(`unknown actor "${name}"`, `decision makers: ${dmList(input)}`);
}

const COALITION_HINT =
  'write coalitions as "usa+rok,dprk": "+" joins actors, "," separates coalitions';

/**
 * Parses `usa+rok,dprk` into a partition of decision-maker indices. Actors not named stay on
 * their own. Groups are ordered by their first decision maker.
 */
export function parseCoalitions(spec: string, input: GmcrInput, scenario?: Scenario): number[][] {
  const groups = spec.split(',').map((g) => g.split('+').map((name) => name.trim()));
  if (groups.some((g) => g.some((name) => name === ''))) {
    throw new UsageError(`bad coalition spec "${spec}"`, COALITION_HINT);
  }
  const seen = new Set<number>();
  const partition = groups.map((g) =>
    g.map((name) => {
      const i = dmIndex(input, name, scenario);
      if (seen.has(i)) {
        throw new UsageError(
          `${input.decisionMakers[i]!.name} appears twice in --coalitions`,
          COALITION_HINT,
        );
      }
      seen.add(i);
      return i;
    }),
  );
  input.decisionMakers.forEach((_, i) => seen.has(i) || partition.push([i]));
  return partition.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** The scenario's own `coalitions` as a partition of decision makers, if it declares one. */
export function scenarioCoalitions(scenario: Scenario, input: GmcrInput): number[][] | undefined {
  if (!scenario.coalitions) return undefined;
  const spec = scenario.coalitions
    .map((g) => g.filter((id) => input.decisionMakers.some((dm) => dm.id === id)))
    .filter((g) => g.length > 0)
    .map((g) => g.join('+'))
    .join(',');
  return spec === '' ? undefined : parseCoalitions(spec, input, scenario);
}

const CONCEPT_HINT = `concepts are ${CLI_CONCEPTS.join(', ')}`;

export function parseConcept(name: string): CliConcept {
  const concept = CLI_CONCEPTS.find((c) => same(c, name));
  if (!concept) throw new UsageError(`unknown concept "${name}"`, CONCEPT_HINT);
  return concept;
}

/** `nash,gmr` → the concepts, in the order given, without repeats. */
export function parseConcepts(list: string): CliConcept[] {
  const names = list.split(',').map((s) => s.trim());
  if (names.some((n) => n === '')) throw new UsageError(`bad concept list "${list}"`, CONCEPT_HINT);
  return [...new Set(names.map(parseConcept))];
}

export function parseHorizon(text: string): number {
  const h = Number(text);
  if (!Number.isInteger(h) || h < 1 || h > 64) {
    throw new UsageError(
      `bad horizon "${text}"`,
      'the horizon is a whole number of moves from 1 to 64',
    );
  }
  return h;
}

/** A state given as a 1-based id or a Y/N string (option 0 first) → state index. */
export function parseState(text: string, model: gmcr.GmcrModel, flag = 'state'): number {
  const n = model.stateCount;
  const m = model.optionCount;
  const hint = `give a state id from 1 to ${n}, or ${m} Y/N letters (one per option, first option first)`;
  if (/^\d+$/.test(text)) {
    const id = Number(text);
    if (id < 1 || id > n)
      throw new UsageError(`${flag} ${text} does not exist: there are ${n} feasible states`, hint);
    return id - 1;
  }
  const yn = text.toUpperCase();
  if (!/^[YN]+$/.test(yn) || yn.length !== m) throw new UsageError(`bad ${flag} "${text}"`, hint);
  const state = model.indexOf(gmcr.decimalOfYn(yn));
  if (state < 0) throw new UsageError(`${flag} ${yn} is infeasible`, hint);
  return state;
}

/**
 * A mover by its name, by its members as --coalitions writes them (`usa+rok`), or by an actor id
 * or name (the mover containing that actor).
 */
export function parseMover(
  text: string,
  movers: readonly { name: string; members: readonly number[] }[],
  input: GmcrInput,
): number {
  const byName = movers.findIndex((m) => same(m.name, text));
  if (byName >= 0) return byName;
  const indexOf = (name: string) =>
    input.decisionMakers.findIndex((d) => same(d.id, name) || same(d.name.trim(), name.trim()));
  // A coalition as --coalitions writes it (`usa+rok`), members in any order.
  const members = text.split('+').map(indexOf);
  if (members.length > 1 && members.every((i) => i >= 0)) {
    const bySpec = movers.findIndex(
      (m) => m.members.length === members.length && members.every((i) => m.members.includes(i)),
    );
    if (bySpec >= 0) return bySpec;
  }
  const dm = indexOf(text);
  const byMember = movers.findIndex((m) => m.members.includes(dm));
  if (dm >= 0 && byMember >= 0) return byMember;
  throw new UsageError(
    `unknown decision maker "${text}"`,
    `decision makers: ${movers.map((m) => m.name).join(', ')}`,
  );
}
