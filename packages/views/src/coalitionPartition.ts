/**
 * Coalitions written as actor ids → the partition of decision-maker indices `analyze` takes:
 * actors named in no coalition act alone, actors owning no option are dropped (they are no
 * decision makers), groups ordered by their lowest member.
 */
import { EngineError, type gmcr } from '@parley/engines';

export function coalitionPartition(
  groups: readonly (readonly string[])[] | undefined,
  input: gmcr.GmcrInput,
): number[][] | undefined {
  if (!groups) return undefined;
  const seen = new Set<number>();
  const partition: number[][] = [];
  for (const group of groups) {
    const members: number[] = [];
    for (const id of group) {
      const dm = input.decisionMakers.findIndex((d) => d.id === id);
      if (dm < 0) continue;
      if (seen.has(dm)) throw new EngineError('view/bad-coalitions', `${id} is in two coalitions`);
      seen.add(dm);
      members.push(dm);
    }
    if (members.length > 0) partition.push(members.sort((a, b) => a - b));
  }
  if (partition.length === 0) return undefined;
  input.decisionMakers.forEach((_, dm) => seen.has(dm) || partition.push([dm]));
  return partition.sort((a, b) => a[0]! - b[0]!);
}
