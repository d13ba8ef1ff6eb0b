/**
 * A GMCR+ manual ranking as a scenario ranking. GMCR+ numbers a state by the 1-based rank of
 * its decimal (Σ 2^k over the options at Y, option 0 least significant) among the feasible
 * decimals in ascending order; a ranking lists every feasible state number exactly once, most
 * preferred first, nested lists being ties (GMCR+ "Preference Ranking" screen). The scenario
 * writes each state as Y/N letters, option 0 first.
 */
import type { RankingEntry } from '../../scenario/schema.ts';
import { ynFromDecimal } from '../../scenario/feasibleDecimals.ts';
import type { GmcrRankingEntry } from './gmcrFile.ts';
import type { Report } from './importGmcrConditions.ts';

/**
 * @param feasible feasible state decimals, ascending (state number k is `feasible[k - 1]`)
 * @returns the ranking, or undefined after reporting errors
 */
export function importGmcrRanking(
  ranking: readonly GmcrRankingEntry[],
  feasible: readonly number[],
  optionCount: number,
  path: string,
  report: Report,
): RankingEntry[] | undefined {
  const seen = new Set<number>();
  let ok = true;
  const check = (state: number, at: string): boolean => {
    if (state < 1 || state > feasible.length) {
      report(
        'error',
        'gmcr-ranking-state',
        at,
        `state ${state} does not exist: there are ${feasible.length} feasible states`,
      );
      return (ok = false);
    }
    if (seen.has(state)) {
      report('error', 'gmcr-ranking-duplicate', at, `state ${state} is ranked more than once`);
      return (ok = false);
    }
    seen.add(state);
    return true;
  };
  const yn = (state: number) => ynFromDecimal(feasible[state - 1] as number, optionCount);
  const entries: RankingEntry[] = [];
  ranking.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    if (typeof entry === 'number') {
      if (check(entry, at)) entries.push(yn(entry));
      return;
    }
    if (entry.length === 0)
      report('warning', 'gmcr-ranking-empty-group', at, 'empty tie group ignored');
    const group = entry.filter((state, j) => check(state, `${at}[${j}]`)).map(yn);
    if (group.length > 0) entries.push(group.length === 1 ? (group[0] as string) : group);
  });
  const missing = feasible.map((_, k) => k + 1).filter((state) => !seen.has(state));
  if (missing.length > 0) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')}, …` : missing.join(', ');
    const message = `the ranking misses ${missing.length} feasible state(s): ${list}`;
    report(
      'error',
      'gmcr-ranking-incomplete',
      path,
      message,
      'every feasible state must appear exactly once',
    );
    ok = false;
  }
  return ok ? entries : undefined;
}
