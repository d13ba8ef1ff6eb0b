/**
 * Coalitions as a partition of the decision makers: every actor in exactly one group. The form
 * edits it by moving one actor at a time, so no actor can end up in two coalitions; a text that
 * already lists one twice is read with the actor in its first group only.
 */
import { idsOf } from './choices.ts';

export interface Partition {
  /** Every actor in exactly one group, the groups in the order written; new singletons last. */
  groups: string[][];
  /** Actors the text lists in more than one group. */
  repeated: string[];
}

/** The partition written in `coalitions`, completed with a singleton for each unlisted actor. */
export function readPartition(coalitions: unknown, actors: readonly string[]): Partition {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const groups: string[][] = [];
  for (const written of Array.isArray(coalitions) ? coalitions : []) {
    const fresh = idsOf(written).filter((id) => {
      if (seen.has(id)) {
        repeated.add(id);
        return false;
      }
      seen.add(id);
      return true;
    });
    if (fresh.length > 0) groups.push(fresh);
  }
  for (const id of actors) if (!seen.has(id)) groups.push([id]);
  return { groups, repeated: [...repeated] };
}

/** The group of `actor`, or -1. */
export const groupOf = (groups: readonly string[][], actor: string): number =>
  groups.findIndex((g) => g.includes(actor));

/** `actor` moved into group `target` (an index of `groups`) or alone; empty groups go. */
export function moveActor(
  groups: readonly string[][],
  actor: string,
  target: number | 'alone',
): string[][] {
  const next = groups.map((g, k) =>
    k === target ? [...g.filter((id) => id !== actor), actor] : g.filter((id) => id !== actor),
  );
  if (target === 'alone') next.push([actor]);
  return next.filter((g) => g.length > 0);
}

/** What to write: the groups, or nothing when every actor is alone (the default). */
export const partitionValue = (groups: readonly string[][]): string[][] | undefined =>
  groups.every((g) => g.length === 1) ? undefined : groups.map((g) => [...g]);
