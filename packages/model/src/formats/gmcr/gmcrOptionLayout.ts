/**
 * Which decision maker owns each option of a `.gmcr` file, and the bit order the options get —
 * GMCR+'s own regrouping (reorderOptionsByDm.ts), so state numbers agree with GMCR+.
 *
 * Parley gives every option exactly one owner, so two departures are reported:
 * - an option listed under several decision makers goes to the first (GMCR+ lets each of them
 *   move it);
 * - an option listed under none is deleted, as GMCR+ itself deletes an option removed from its
 *   last decision maker — conditions that mention it are dropped (see importGmcrConditions.ts).
 */
import type { GmcrFile } from './gmcrFile.ts';
import { reorderOptionsByDm } from './reorderOptionsByDm.ts';

export interface GmcrOptionLayout {
  /** File option indices in Parley bit order (owned options only). */
  order: number[];
  /** File option index → Parley bit, or undefined for a deleted option. */
  bitOf: (fileIndex: number) => number | undefined;
  /** File option index → owning decision maker index. */
  ownerOf: Map<number, number>;
  /** Deleted (unowned) file option indices. */
  deleted: Set<number>;
}

type Warn = (code: string, path: string, message: string, hint?: string) => void;

/** Lays out the options; problems are reported through `warn` (all are warnings). */
export function gmcrOptionLayout(gmcr: GmcrFile, warn: Warn): GmcrOptionLayout {
  const ownerOf = new Map<number, number>();
  gmcr.decisionMakers.forEach((dm, d) => {
    const seen = new Set<number>();
    dm.options.forEach((option, j) => {
      const path = `decisionMakers[${d}].options[${j}]`;
      const name = JSON.stringify(gmcr.options[option]?.name);
      if (seen.has(option))
        warn('gmcr-duplicate-option', path, `option ${name} is listed twice; counted once`);
      else if (ownerOf.has(option)) {
        const first = JSON.stringify(gmcr.decisionMakers[ownerOf.get(option) as number]?.name);
        const message = `option ${name} is shared with ${first}; Parley gives it to ${first} only`;
        warn('gmcr-shared-option', path, message, 'GMCR+ lets every listed decision maker move it');
      } else ownerOf.set(option, d);
      seen.add(option);
    });
  });
  const deleted = new Set<number>();
  gmcr.options.forEach((option, i) => {
    if (ownerOf.has(i)) return;
    deleted.add(i);
    const message = `option ${JSON.stringify(option.name)} belongs to no decision maker and is left out`;
    warn('gmcr-unowned-option', `options[${i}]`, message, 'state numbers then differ from GMCR+');
  });
  const gmcrOrder = reorderOptionsByDm(
    gmcr.options.length,
    gmcr.decisionMakers.map((dm) => dm.options),
  );
  const order = gmcrOrder.filter((i) => !deleted.has(i));
  const bits = new Map(order.map((fileIndex, bit) => [fileIndex, bit]));
  return { order, bitOf: (i) => bits.get(i), ownerOf, deleted };
}
