/**
 * Effective decision makers. With a partition of the decision makers into coalitions, each
 * coalition acts as one mover that controls all its members' options (the fixed-partition
 * treatment of GMCR+; cf. Inohara & Hipel 2008, "Coalition analysis in the graph model for
 * conflict resolution", Systems Engineering 11(4):343–359, where coalition moves are the joint
 * moves of the members). Without a partition every decision maker is its own mover.
 */
import type { GmcrModel } from './model.ts';
import type { Mover } from './types.ts';
import { EngineError } from '../shared/engineError.ts';

/** Movers for a partition (default: singletons), in partition order, members ascending. */
export function resolveMovers(
  model: GmcrModel,
  coalitions?: readonly (readonly number[])[],
): Mover[] {
  const names = model.input.decisionMakers.map((dm) => dm.name);
  const partition = coalitions ?? names.map((_, dm) => [dm]);
  const seen = new Set<number>();
  for (const group of partition) {
    if (group.length === 0)
      throw new EngineError('gmcr/bad-partition', 'a coalition has no members');
    for (const dm of group) {
      if (!Number.isInteger(dm) || dm < 0 || dm >= names.length) {
        throw new EngineError(
          'gmcr/bad-partition',
          `coalition member ${dm} is not a decision maker index`,
        );
      }
      if (seen.has(dm))
        throw new EngineError(
          'gmcr/bad-partition',
          `decision maker ${names[dm]} is in two coalitions`,
        );
      seen.add(dm);
    }
  }
  if (seen.size !== names.length) {
    const missing = names.filter((_, dm) => !seen.has(dm));
    throw new EngineError('gmcr/bad-partition', `the partition leaves out ${missing.join(', ')}`);
  }
  return partition.map((group) => {
    const members = [...group].sort((a, b) => a - b);
    return { name: members.map((dm) => names[dm]).join(' + '), members };
  });
}
