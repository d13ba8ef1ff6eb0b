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

/** CPU seconds (user + system) since `from`: robust against other processes on a shared machine. */
const seconds = (from: NodeJS.CpuUsage): string => {
  const used = process.cpuUsage(from);
  return ((used.user + used.system) / 1e6).toFixed(3);
};
const peakMb = (): string => (process.resourceUsage().maxRSS / 1024).toFixed(0);

console.log(`node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? '?'}`);
console.log('CPU seconds per phase; wall = elapsed seconds for the whole row');
console.log(
  '| options / DMs | states | load | moves | nash | gmr | smr | seq | sim | total CPU | wall | equilibria N/G/Sm/Sq/Si | peak RSS MB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const size of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
  const [optionCount, dmCount] = size.split('/').map(Number) as [number, number];
  const wall = performance.now();
  const start = process.cpuUsage();
  let t = process.cpuUsage();
  const model = gmcr.buildModel(syntheticGmcr(optionCount, dmCount, seed));
  const load = seconds(t);
  t = process.cpuUsage();
  const structure = gmcr.buildMoveStructure(model);
  // The stability code builds these on first use; count them with the moves.
  for (const graph of [...structure.moves, ...structure.improvements]) gmcr.reverseGraph(graph);
  const moves = seconds(t);
  const times: string[] = [];
  const counts: string[] = [];
  for (const [concept, stabilityOf] of Object.entries(STABILITY)) {
    if (concept === 'sim' && optionCount > 16 && !withSim) {
      times.push('–');
      counts.push('–');
      continue;
    }
    t = process.cpuUsage();
    const perMover = structure.movers.map((_, focal) => stabilityOf(structure, focal));
    times.push(seconds(t));
    let equilibria = 0;
    for (let s = 0; s < model.stateCount; s++)
      if (perMover.every((stable) => stable[s] === 1)) equilibria++;
    counts.push(String(equilibria));
  }
  const wallSeconds = ((performance.now() - wall) / 1000).toFixed(1);
  const row = [
    size,
    model.stateCount,
    load,
    moves,
    ...times,
    seconds(start),
    wallSeconds,
    counts.join('/'),
    peakMb(),
  ];
  console.log(`| ${row.join(' | ')} |`);
}
