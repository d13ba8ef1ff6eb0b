import fc from 'fast-check';
import { arbitraryGmcr } from './packages/engines/src/gmcr/reference/arbitraryGmcr.ts';
import { NaiveGmcr } from './packages/engines/src/gmcr/reference/naive.ts';
import { CONCEPTS } from './packages/engines/src/gmcr/types.ts';
class Distinct extends NaiveGmcr {
  override opponentReach(focal: number, s1: number, credible: boolean): number[] {
    const out = new Set<number>();
    const go = (x: number, used: Set<number>) => {
      this.movers.forEach((_, j) => {
        if (j === focal || used.has(j)) return;
        for (const y of credible ? this.improvements(j, x) : this.moves(j, x)) { out.add(y); go(y, new Set([...used, j])); }
      });
    };
    go(s1, new Set());
    return [...out];
  }
}
const samples = fc.sample(arbitraryGmcr, { numRuns: 300, seed: 7 });
const diff: Record<string, number> = {};
for (const { input, coalitions } of samples) for (const part of [undefined, coalitions]) {
  const a = new NaiveGmcr(input, part), b = new Distinct(input, part);
  a.movers.forEach((_, m) => a.states.forEach((_, s) => { for (const c of CONCEPTS) if (a.stable(c, m, s) !== b.stable(c, m, s)) diff[c] = (diff[c] ?? 0) + 1; }));
}
console.log(diff);
