/**
 * Negotiation engine benchmark: `npx tsx bench/negotiate.bench.ts [--genius=DIR] [--quick]`.
 * Reproduces the three NegMAS figures of research/negotiation.md §c on the same shapes:
 *
 * 1. stacked-alternating-offers rounds per second on a 1,000-outcome bilateral domain (3 issues
 *    of 10 values, "opposed" utilities), NegMAS ≈ 1,000 rounds/s;
 * 2. negotiations per second on a Travel-sized domain (188,160 outcomes; Aspiration against
 *    Aspiration, 100 rounds, the domain prepared afresh for every negotiation), NegMAS 0.11/s;
 * 3. the scenario statistics (Pareto frontier, Nash, Kalai–Smorodinsky, egalitarian, max
 *    welfare, with and without reservation values) on that domain, NegMAS 33.6 s.
 *
 * The Travel-sized domain is synthetic (Travel's shape: 7, 7, 4, 4, 6, 5 and 8 values, GENIUS
 * style evaluations); `--genius=DIR` also times the real files (travel_domain.xml,
 * travel_chox.xml, travel_fanny.xml) for a local cross-check. Times are CPU seconds (user +
 * system), which stay meaningful on a shared machine; the last column of each table is the
 * wall-clock equivalent. Results go in docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
// By path until the package indexes re-export the negotiation engine and the GENIUS importer.
import * as negotiate from '../packages/engines/src/negotiate/index.ts';
import {
  opposedDomain,
  randomDomain,
} from '../packages/engines/src/negotiate/reference/syntheticDomains.ts';
import { importGenius } from '../packages/model/src/formats/genius/index.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const geniusDir = args.find((a) => a.startsWith('--genius='))?.slice('--genius='.length);
const TRAVEL_SHAPE = [7, 7, 4, 4, 6, 5, 8];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU seconds (user + system) of `f`; the wall-clock seconds go to `lastWall`. */
let lastWall = 0;
const time = (f: () => void): number => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(cpu);
  lastWall = (performance.now() - wall) / 1000;
  return (used.user + used.system) / 1e6;
};

console.log(`node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? '?'}`);

function saoRounds(): void {
  const prepared = negotiate.prepareDomain(opposedDomain(2018, [10, 10, 10]));
  const pairs: [string, string, number, number?][] = [
    ['aspiration', 'aspiration', 100],
    ['aspiration', 'aspiration', 1000],
    ['boulware', 'conceder', 1000],
    ['tit-for-tat', 'linear', 1000],
    ['micro', 'micro', 1000],
    ['boulware', 'boulware', 1000, 0.95],
  ];
  console.log(
    '\n| 1,000 outcomes: pair | rounds | rv | sessions | mean rounds | agreements | rounds/CPU s (trace) | rounds/CPU s (no trace) | NegMAS rounds/s | rounds/wall s (no trace) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const negmas: Record<string, string> = {
    'aspiration/100': '1,006',
    'aspiration/1000': '986',
    'boulware/1000': '796 (Boulware/Conceder)',
    'tit-for-tat/1000': '850 (NaiveTFT/Linear)',
    'micro/1000': '1,478',
    'boulware/1000/rv': '868',
  };
  for (const [a, b, rounds, rv] of pairs) {
    const domain =
      rv === undefined ? prepared : negotiate.prepareDomain(opposedDomain(2018, [10, 10, 10], rv));
    // Sessions until at least `target` rounds, so short sessions are timed over enough work.
    const target = quick ? 20_000 : 300_000;
    const rates: string[] = [];
    let total = 0;
    let agreed = 0;
    let sessions = 0;
    for (const trace of [true, false]) {
      total = 0;
      agreed = 0;
      sessions = 0;
      const seconds = time(() => {
        for (let s = 0; total < target; s++, sessions++) {
          const result = negotiate.stackedAlternatingOffers(
            domain,
            [negotiate.strategyNamed(a)!.create(), negotiate.strategyNamed(b)!.create()],
            { deadline: { rounds }, seed: s, trace },
          );
          total += result.rounds;
          if (result.agreement !== null) agreed++;
        }
      });
      rates.push(Math.round(total / seconds).toLocaleString('en-US'));
    }
    const key = `${a}/${rounds}${rv === undefined ? '' : '/rv'}`;
    console.log(
      `| ${a}/${b} | ${rounds} | ${rv ?? 0} | ${sessions} | ${(total / sessions).toFixed(0)} | ${((100 * agreed) / sessions).toFixed(0)}% | ${rates[0]} | ${rates[1]} | ${negmas[key] ?? '–'} | ${Math.round(total / lastWall).toLocaleString('en-US')} |`,
    );
  }
}

function travel(label: string, domain: negotiate.NegotiationDomain): void {
  const firstAnalysis = time(() => negotiate.analyzeNegotiation(domain));
  const firstWall = lastWall;
  const analyses = Array.from({ length: quick ? 3 : 10 }, () =>
    time(() => negotiate.analyzeNegotiation(domain)),
  );
  const genius = median(
    Array.from({ length: quick ? 3 : 5 }, () =>
      time(() => negotiate.analyzeNegotiation(domain, { mode: 'genius' })),
    ),
  );
  const sessions = quick ? 5 : 30;
  let rounds = 0;
  let agreed = 0;
  const shared = negotiate.prepareDomain(domain);
  const run = (fresh: boolean): number =>
    time(() => {
      rounds = 0;
      agreed = 0;
      for (let s = 0; s < sessions; s++) {
        const result = negotiate.stackedAlternatingOffers(
          fresh ? negotiate.prepareDomain(domain) : shared,
          [
            negotiate.strategyNamed('aspiration')!.create(),
            negotiate.strategyNamed('aspiration')!.create(),
          ],
          { deadline: { rounds: 100 }, seed: s },
        );
        rounds += result.rounds;
        if (result.agreement !== null) agreed++;
      }
    });
  const fresh = run(true);
  const freshWall = lastWall;
  const prepared = run(false);
  console.log(
    `| ${label} | ${firstAnalysis.toFixed(3)} | ${median(analyses).toFixed(3)} | ${genius.toFixed(3)} | ${(sessions / fresh).toFixed(1)} | ${(sessions / prepared).toFixed(0)} | ${(rounds / sessions).toFixed(0)} | ${((100 * agreed) / sessions).toFixed(0)}% | ${firstWall.toFixed(3)} s, ${(sessions / freshWall).toFixed(1)}/s |`,
  );
}

saoRounds();
console.log(
  '\n| 188,160 outcomes | analysis, first call (CPU s) | analysis, median (CPU s) | GENIUS mode, median (CPU s) | negotiations/CPU s, prepared each time | negotiations/CPU s, prepared once | mean rounds | agreements | wall: first analysis, negotiations/s prepared each time |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
travel('synthetic Travel shape', randomDomain(2010, { radices: TRAVEL_SHAPE, parties: 2 }));
if (geniusDir) {
  const read = (f: string): string => readFileSync(join(geniusDir, f), 'utf8');
  const imported = importGenius(read('travel_domain.xml'), [
    read('travel_chox.xml'),
    read('travel_fanny.xml'),
  ]);
  if (!imported.ok) throw new Error('could not import the Travel files');
  travel('ANAC 2010 Travel (GENIUS files)', imported.value.domain);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
