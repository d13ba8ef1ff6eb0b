/**
 * What an architecture changes in the structure of the talks, in words, read off the simulated
 * tables of the baseline and the architecture: who gains or loses a seat on which issue, which
 * tables decide differently or have another mediator, which tracks are linked or sequenced.
 */
import type { ArchitectureResult, UnitOutcome } from './compareTypes.ts';

export interface SeatChange {
  actor: string;
  joins: string[];
  leaves: string[];
}

/** Issue id → the parties seated at the table negotiating it. */
function seatsByIssue(result: ArchitectureResult): Map<string, Set<string>> {
  const seats = new Map<string, Set<string>>();
  for (const unit of result.negotiation.units)
    for (const issue of unit.issues) seats.set(issue, new Set(unit.parties));
  return seats;
}

/** Per actor: the issues it newly negotiates and the ones it no longer does. */
export function seatChanges(base: ArchitectureResult, other: ArchitectureResult): SeatChange[] {
  const before = seatsByIssue(base);
  const after = seatsByIssue(other);
  const issues = other.negotiation.issues.map((i) => i.id);
  const actors = other.negotiation.actors.map((a) => a.id);
  return actors
    .map((actor) => ({
      actor,
      joins: issues.filter((k) => after.get(k)?.has(actor) && !before.get(k)?.has(actor)),
      leaves: issues.filter((k) => before.get(k)?.has(actor) && !after.get(k)?.has(actor)),
    }))
    .filter((c) => c.joins.length + c.leaves.length > 0);
}

/** Sentences on seats, rules, mediators, packages and sequence, one group per table. */
export function structureSentences(base: ArchitectureResult, other: ArchitectureResult): string[] {
  const name = nameLookup(other);
  const names = (ids: readonly string[]): string => list(ids.map(name));
  const out: string[] = [];
  for (const unit of other.negotiation.units) {
    const before = base.negotiation.units.filter((u) =>
      u.issues.some((k) => unit.issues.includes(k)),
    );
    if (before.length === 0) {
      out.push(`${unit.name} newly negotiates ${names(unit.issues)} among ${names(unit.parties)}`);
      continue;
    }
    const seatedBefore = new Set(before.flatMap((u) => u.parties));
    const joined = unit.parties.filter((p) => !seatedBefore.has(p));
    const left = [...seatedBefore].filter((p) => !unit.parties.includes(p));
    const changes: string[] = [];
    if (joined.length > 0) changes.push(`seats ${names(joined)}`);
    if (left.length > 0) changes.push(`no longer seats ${names(left)}`);
    if (unit.tracks.length > 1) changes.push(`links ${list(unit.tracks)} into one package`);
    const was = before[0]!;
    if (was.rule !== unit.rule) changes.push(`decides by ${unit.rule} (was ${was.rule})`);
    if (was.mediator !== unit.mediator)
      changes.push(
        unit.mediator === null
          ? `has no mediator (was ${name(was.mediator!)})`
          : `is mediated by ${name(unit.mediator)}`,
      );
    if (changes.length > 0) out.push(`${unit.name} ${list(changes)}`);
  }
  if (other.sequencing === 'sequenced' && base.sequencing !== 'sequenced')
    out.push(`the tables meet in sequence: ${stepsText(other)}`);
  return out;
}

/** The baseline table that negotiated the first issue of `unit`. */
export function baseUnitOf(base: ArchitectureResult, unit: UnitOutcome): UnitOutcome | undefined {
  return base.negotiation.units.find((u) => u.issues.includes(unit.issues[0]!));
}

function stepsText(result: ArchitectureResult): string {
  const steps: string[][] = [];
  for (const u of result.negotiation.units) (steps[u.step] ??= []).push(u.name);
  return steps.map((s) => s.join(' and ')).join(', then ');
}

/** Id → display name for actors and issues of a result. */
export function nameLookup(result: ArchitectureResult): (id: string) => string {
  const names = new Map<string, string>();
  for (const a of result.negotiation.actors) names.set(a.id, a.name);
  for (const i of result.negotiation.issues) names.set(i.id, i.name);
  return (id) => names.get(id) ?? id;
}

/** `a`, `a and b`, `a, b and c`. */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
