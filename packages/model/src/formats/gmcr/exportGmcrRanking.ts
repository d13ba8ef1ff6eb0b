/**
 * A scenario ranking (Y/N letters per state, option 0 first, in the scenario's option order) as
 * a GMCR+ `preferenceRanking`: state numbers are 1-based ranks of the GMCR+ decimals
 * (Σ 2^k over the options at Y, k = the option's position in the GMCR+ option list) among the
 * feasible decimals; tie groups stay nested lists.
 */
import type { RankingEntry } from '../../scenario/schema.ts';
import type { GmcrRankingEntry } from './gmcrFile.ts';
import type { ExportReport } from './exportGmcrConditions.ts';

export interface RankingExport {
  /** GMCR+ bit k holds scenario option `order[k]`. */
  order: readonly number[];
  /** GMCR+ decimal of each feasible state → its state number. */
  stateNumber: ReadonlyMap<number, number>;
  report: ExportReport;
}

/** Scenario Y/N string → GMCR+ decimal, or undefined when malformed. */
export function gmcrDecimalOf(yn: string, order: readonly number[]): number | undefined {
  if (yn.length !== order.length || !/^[YN]*$/.test(yn)) return undefined;
  return order.reduce((sum, option, k) => (yn[option] === 'Y' ? sum + 2 ** k : sum), 0);
}

/** Converts one ranking; undefined after reporting a problem. */
export function exportGmcrRanking(
  ctx: RankingExport,
  ranking: readonly RankingEntry[],
  path: string,
): GmcrRankingEntry[] | undefined {
  const seen = new Set<number>();
  let ok = true;
  const number = (yn: string, at: string): number => {
    const decimal = gmcrDecimalOf(yn, ctx.order);
    const state = decimal === undefined ? undefined : ctx.stateNumber.get(decimal);
    if (state === undefined || seen.has(state)) {
      const why =
        decimal === undefined
          ? `needs one Y or N per option (${ctx.order.length})`
          : state === undefined
            ? 'is not a feasible state'
            : 'is ranked twice';
      ctx.report('error', 'gmcr-export-ranking', at, `\`${yn}\` ${why}`);
      ok = false;
      return 0;
    }
    seen.add(state);
    return state;
  };
  const entries = ranking.map((entry, i): GmcrRankingEntry => {
    const at = `${path}[${i}]`;
    if (typeof entry === 'string') return number(entry, at);
    const group = entry.map((yn, j) => number(yn, `${at}[${j}]`));
    return group.length === 1 ? (group[0] as number) : group;
  });
  if (ok && seen.size !== ctx.stateNumber.size) {
    const message = `ranks ${seen.size} of the ${ctx.stateNumber.size} feasible states; GMCR+ needs all of them`;
    ctx.report('error', 'gmcr-export-ranking', path, message);
    return undefined;
  }
  return ok ? entries : undefined;
}
