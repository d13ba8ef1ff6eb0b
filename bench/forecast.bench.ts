/**
 * Forecasting benchmark: `npx tsx bench/forecast.bench.ts [--ktab=<dir>] [--runs=N] [--skip-mc]`.
 *
 * 1. Spatial model (KTAB SMP, default parameters, one dimension) on synthetic scenarios of 6, 13,
 *    26, 34 and 40 actors — the sizes of KTAB's own timing runs — with the O(n²)-memory turn and
 *    with the literal KTAB-layout reference turn; both must give identical positions.
 * 2. With --ktab=<dir> (a folder holding KTAB's bundled CSV files; data stay outside the repo),
 *    the same on KTAB's scenarios, to compare state counts and times with smpc's.
 * 3. Monte Carlo: BDM (paper variant, 10-round limit) on the 7-issue, 6-actor Korea flagship with
 *    its uncertainty ranges, in one thread and on the worker pool with 1 and 2 workers; the
 *    `identical` column says whether each runner's result has the same JSON as the single thread's.
 *
 * CPU seconds (user + system, whole process including worker threads) are reported beside wall
 * time because the benchmark machine may be shared. Results go in docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { monteCarloOnPool } from '../packages/cli/src/pool/monteCarloOnPool.ts';
import { forecastInputFromScenario, monteCarlo } from '../packages/engines/src/forecast/index.ts';
import { runSmp } from '../packages/engines/src/forecast/smp/runSmp.ts';
import { smpTurnNaive } from '../packages/engines/src/forecast/smp/smpNaive.ts';
import { resolveSmpSettings } from '../packages/engines/src/forecast/smp/smpSettings.ts';
import type { SmpUnit } from '../packages/engines/src/forecast/smp/smpUnit.ts';
import { createRng } from '../packages/engines/src/shared/rng.ts';
import { parseScenario } from '../packages/model/src/scenario/parseScenario.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ktabDir = flag('ktab');
const mcRuns = Number(flag('runs') ?? 20000);

/** KTAB smpc seconds for these sizes (research notes §2.4, 2 cores, default parameters). */
const KTAB_SECONDS: Record<number, number> = { 6: 0.1, 13: 1.35, 26: 14.6, 34: 75.3, 40: 87.9 };

function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/** Random actors on one dimension, shaped like KTAB's dummyData-aNNN files. */
function syntheticUnit(n: number, seed: number): SmpUnit {
  const rng = createRng(seed, n);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n,
    dims: 1,
    pos: Float64Array.from({ length: n }, () => round(100 * rng.next()) / 100),
    sal: Float64Array.from({ length: n }, () => round(10 + 85 * rng.next()) / 100),
    cap: Float64Array.from({ length: n }, () => round(10 + 190 * rng.next())),
  };
}

/** A KTAB CSV read just far enough for the benchmark (the importer is tested elsewhere). */
function ktabUnit(path: string): SmpUnit {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const head = lines[0]!.split(',');
  const n = Number(head[2]);
  const dims = Number(head[3]);
  const unit: SmpUnit = {
    n,
    dims,
    pos: new Float64Array(n * dims),
    sal: new Float64Array(n * dims),
    cap: new Float64Array(n),
  };
  lines.slice(2, 2 + n).forEach((line, a) => {
    const f = line.split(',').map((s) => s.trim());
    unit.cap[a] = Number(f[2]);
    for (let d = 0; d < dims; d++) {
      unit.pos[a * dims + d] = Number(f[3 + 2 * d]) / 100;
      unit.sal[a * dims + d] = Number(f[4 + 2 * d]) / 100;
    }
  });
  return unit;
}

function timeSmp(label: string, unit: SmpUnit, ktabSeconds?: number): void {
  const settings = resolveSmpSettings();
  runSmp(unit, settings, 100); // warm-up
  let t = process.cpuUsage();
  const wall = performance.now();
  const fast = runSmp(unit, settings, 100);
  const fastCpu = cpuSince(t);
  const fastWall = (performance.now() - wall) / 1000;
  t = process.cpuUsage();
  const naive = runSmp(unit, settings, 100, undefined, smpTurnNaive);
  const naiveCpu = cpuSince(t);
  const same =
    fast.turns.length === naive.turns.length &&
    fast.turns.every((x, k) => x.every((v, i) => v === naive.turns[k]![i]));
  const speedup = ktabSeconds ? `${(ktabSeconds / fastWall).toFixed(0)}×` : '–';
  console.log(
    `| ${label} | ${unit.n}×${unit.dims} | ${fast.turns.length} | ${fastCpu.toFixed(3)} | ${fastWall.toFixed(3)} | ${naiveCpu.toFixed(3)} | ${same ? 'yes' : 'NO'} | ${ktabSeconds ?? '–'} | ${speedup} |`,
  );
}

console.log(`node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? '?'}`);
console.log('\n## Spatial model (fast turn vs KTAB-layout reference turn)\n');
console.log(
  '| scenario | actors × dims | states | CPU s | wall s | reference CPU s | identical | KTAB smpc s | faster than KTAB |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const n of [6, 13, 26, 34, 40])
  timeSmp(`synthetic-${n}`, syntheticUnit(n, 2018), KTAB_SECONDS[n]);
if (ktabDir) {
  const files: [string, number?][] = [
    ['dummyData_3Dim.csv', 0.17],
    ['SOE-Pol-Comp.csv', 1.35],
    ['SOE-Policy.csv', 14.6],
    ['dummyData_6Dim.csv', 28.8],
    ['SOE-Competitive.csv', 75.3],
    ['dummyData-a040.csv', 87.9],
    ['dummyData-a080.csv', 1187],
  ];
  for (const [file, seconds] of files) timeSmp(file, ktabUnit(join(ktabDir, file)), seconds);
}

if (!args.includes('--skip-mc')) {
  const parsed = parseScenario(
    readFileSync(new URL('../catalog/korean-peninsula-2018.yaml', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the flagship scenario does not parse');
  const input = forecastInputFromScenario(parsed.value);
  const options = {
    model: 'bdm' as const,
    bdmVariant: 'paper' as const,
    rounds: 10,
    runs: mcRuns,
    chunkSize: 500,
    seed: 1,
  };
  console.log(
    `\n## Monte Carlo, BDM paper variant, ${input.dimensions.length} issues × ${input.actors.length} actors, ≤ 10 rounds, ${mcRuns} runs\n`,
  );
  monteCarlo(input, { ...options, runs: 1000 }); // warm-up
  let reference: string | undefined;
  const row = async (label: string, run: () => unknown) => {
    const t = process.cpuUsage();
    const wall = performance.now();
    const result = JSON.stringify(await run());
    const w = (performance.now() - wall) / 1000;
    const c = cpuSince(t);
    reference ??= result;
    console.log(
      `| ${label} | ${w.toFixed(2)} | ${c.toFixed(2)} | ${(mcRuns / w).toFixed(0)} | ${(mcRuns / c).toFixed(0)} | ${result === reference ? 'yes' : 'NO'} |`,
    );
  };
  console.log('| runner | wall s | CPU s | runs / s (wall) | runs / CPU-s | identical |');
  console.log('|---|---|---|---|---|---|');
  await row('engine, one thread', () => monteCarlo(input, options));
  for (const workers of [1, 2]) {
    await row(`pool, ${workers} worker${workers > 1 ? 's' : ''}`, () =>
      monteCarloOnPool(input, options, { workers, inThreadBelowMs: 0 }),
    );
  }
}
