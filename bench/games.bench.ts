/**
 * Benchmarks of the strategic-form games engine against the targets of issue 5 and Gambit's
 * timings (research/gambit.md §3): all extreme equilibria of random 10×10 / 12×12 / 15×15 games
 * exactly (targets 1 s / 8 s / 60 s; Gambit 9.6 s / 80 s / 542 s in doubles), pure equilibria of
 * a 6-player 5-strategy game (target 0.2 s), plus Lemke–Howson, logit and simpdiv for scale.
 *
 * Random games: integer payoffs uniform in 0..99 from the engines' seeded RNG. Each row reports
 * wall time and process CPU time (the CPU figure is the fairer one on a shared machine).
 *
 * Run: `npx tsx bench/games.bench.ts [--quick]`; results also go to bench/results/games.json.
 */
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enumMixed } from '../packages/engines/src/games/solvers/enummixed.ts';
import { pureEquilibriumIndices } from '../packages/engines/src/games/solvers/enumpure.ts';
import { lcpSolve } from '../packages/engines/src/games/solvers/lcp.ts';
import { logitSolve } from '../packages/engines/src/games/solvers/logit.ts';
import { simpdivSolve } from '../packages/engines/src/games/solvers/simpdiv.ts';
import { randomGame } from '../packages/engines/src/games/testing/arbitraries.ts';
import type { StrategicGame } from '../packages/engines/src/games/strategicGame.ts';

interface Row {
  case: string;
  seed: number;
  wallS: number;
  cpuS: number;
  result: string;
  target?: number;
}

const quick = process.argv.includes('--quick');
const rows: Row[] = [];

function measure(name: string, seed: number, run: () => string, target?: number): void {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run();
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const row: Row = { case: name, seed, wallS, cpuS, result };
  if (target !== undefined) row.target = target;
  rows.push(row);
  const verdict =
    target === undefined ? '' : wallS <= target ? `  ✓ < ${target} s` : `  ✗ over ${target} s`;
  console.log(
    `${name.padEnd(34)} seed ${String(seed).padStart(2)}  wall ${wallS.toFixed(3).padStart(8)} s  cpu ${cpuS.toFixed(3).padStart(8)} s  ${result}${verdict}`,
  );
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: +(totalmem() / 2 ** 30).toFixed(1),
  freeMemoryGb: +(freemem() / 2 ** 30).toFixed(1),
  node: process.version,
  loadAverage: loadavg().map((x) => +x.toFixed(2)),
  date: new Date().toISOString(),
};
console.log(
  `# games benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
);

const eqs = (s: { equilibria: unknown[] }) => `${s.equilibria.length} equilibria`;

// All extreme equilibria, exact (enummixed).
for (const [size, seeds, target] of [
  [10, quick ? 2 : 5, 1],
  [12, quick ? 1 : 3, 8],
  [15, quick ? 0 : 2, 60],
] as const) {
  for (let seed = 1; seed <= seeds; seed++) {
    const game = randomGame([size, size], seed);
    measure(
      `enummixed ${size}×${size}`,
      seed,
      () => eqs(enumMixed(game, { convexSets: false })),
      target,
    );
  }
}

// Pure equilibria of a 6-player, 5-strategy game (15,625 profiles).
{
  const game = randomGame([5, 5, 5, 5, 5, 5], 1);
  pureEquilibriumIndices(game); // warm-up (JIT)
  for (let run = 1; run <= 5; run++) {
    measure(
      'enumpure 6 players × 5 (15,625)',
      run,
      () => `${pureEquilibriumIndices(game).length} equilibria`,
      0.2,
    );
  }
}

// Lemke–Howson: one equilibrium, and all accessible ones.
for (const size of quick ? [10] : [10, 15, 20]) {
  const game = randomGame([size, size], 1);
  measure(`lcp all accessible ${size}×${size}`, 1, () => eqs(lcpSolve(game)));
}
for (const size of [30, 50]) {
  const game = randomGame([size, size], 1);
  measure(`lcp first (label 1) ${size}×${size}`, 1, () =>
    eqs(lcpSolve(game, { maxEquilibria: 1 })),
  );
}

// Float methods for more players.
const multi: [string, StrategicGame][] = [
  ['3 players 5×5×5', randomGame([5, 5, 5], 1)],
  ['6 players 2^6', randomGame([2, 2, 2, 2, 2, 2], 1)],
  ['6 players 3^6', randomGame([3, 3, 3, 3, 3, 3], 1)],
];
for (const [name, game] of quick ? multi.slice(0, 1) : multi) {
  measure(`logit ${name}`, 1, () => {
    const s = logitSolve(game);
    return `regret ${s.equilibria[0]!.regret.toNumber().toPrecision(2)}, ${s.branch!.length} points`;
  });
  measure(
    `simpdiv ${name}`,
    1,
    () => `regret ${simpdivSolve(game).equilibria[0]!.regret.toNumber().toPrecision(2)}`,
  );
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'games.json'), JSON.stringify({ machine, rows }, null, 2));
console.log(`\nwritten ${join(out, 'games.json')}`);
