import fc from 'fast-check';
import { arbitraryGmcr } from './packages/engines/src/gmcr/reference/arbitraryGmcr.ts';
import { NaiveGmcr } from './packages/engines/src/gmcr/reference/naive.ts';
import { buildModel } from './packages/engines/src/gmcr/model.ts';
import { analyze } from './packages/engines/src/gmcr/analyze.ts';
const samples = fc.sample(arbitraryGmcr, { numRuns: 300, seed: 42 });
let diff = { gmrSmr: 0, gmrSeq: 0, seqSim: 0, nashGmr: 0, states: 0, cells: 0, coal: 0 };
for (const { input, coalitions } of samples) {
  for (const part of [undefined, coalitions]) {
    const a = analyze(buildModel(input), { coalitions: part });
    if (part && part.some((g) => g.length > 1)) diff.coal++;
    diff.states += a.model.stateCount;
    a.movers.forEach((_, m) => {
      for (let s = 0; s < a.model.stateCount; s++) {
        diff.cells++;
        const st = (c: 'nash'|'gmr'|'smr'|'seq'|'sim') => a.stability[c][m]![s];
        if (st('gmr') !== st('smr')) diff.gmrSmr++;
        if (st('gmr') !== st('seq')) diff.gmrSeq++;
        if (st('seq') !== st('sim')) diff.seqSim++;
        if (st('nash') !== st('gmr')) diff.nashGmr++;
      }
    });
  }
}
console.log(diff);
