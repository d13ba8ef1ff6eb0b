/**
 * GMCR engine benchmark: `npx tsx bench/gmcr.bench.ts [options/DMs ...] [--sim]`, e.g.
 * `npx tsx bench/gmcr.bench.ts 14/4 20/6 --seed=7` (default seed 2018). Times model building (feasible states and payoffs),
 * moves (R_i and R⁺_i for every decision maker) and each stability concept separately, and
 * reports peak RSS. SIM is skipped above 16 options unless `--sim` is given (its cost grows
 * with the product of the opponents' improvement counts). Results go in docs/performance.md.
 */
import { cpus } from 'node:os';
import { gmcr } from '@parley/engines';
import { syntheticGmcr } from './gmcrSynthetic.ts';

const DEFAULT_SIZES = ['10/3', '12/4', '14/4', '14/5', '16/5', '18/6', '20/6'];
const STABILITY = {
  nash: gmcr.nashStability,
  gmr: gmcr.gmrStability,
  smr: gmcr.smrStability,
  seq: gmcr.seqStability,
  sim: gmcr.simStability,
} as const;

const args = process.argv.slice(2);
const withSim = args.includes('--sim');
const sizes = args.filter((a) => /^\d+\/\d+$/.test(a));
const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? 2018);

const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(3);
const peakMb = (): string => (process.resourceUsage().maxRSS / 1024).toFixed(0);

console.log(`node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? '?'}`);
console.log('| options / DMs | states | load | moves | nash | gmr | smr | seq | sim | total | equilibria N/G/Sm/Sq/Si | peak RSS MB |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const size of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
  const [optionCount, dmCount] = size.split('/').map(Number) as [number, number];
  const start = performance.now();
  let t = performance.now();
  const model = gmcr.buildModel(syntheticGmcr(optionCount, dmCount, seed));
  const load = seconds(t);
  t = performance.now();
  const structure = gmcr.buildMoveStructure(model);
  const moves = seconds(t);
  const times: string[] = [];
  const counts: string[] = [];
  for (const [concept, stabilityOf] of Object.entries(STABILITY)) {
    if (concept === 'sim' && optionCount > 16 && !withSim) {
      times.push('–');
      counts.push('–');
      continue;
    }
    t = performance.now();
    const perMover = structure.movers.map((_, focal) => stabilityOf(structure, focal));
    times.push(seconds(t));
    let equilibria = 0;
    for (let s = 0; s < model.stateCount; s++) if (perMover.every((stable) => stable[s] === 1)) equilibria++;
    counts.push(String(equilibria));
  }
  const row = [size, model.stateCount, load, moves, ...times, seconds(start), counts.join('/'), peakMb()];
  console.log(`| ${row.join(' | ')} |`);
}
