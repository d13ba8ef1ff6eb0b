/**
 * Backtest of the forecasting models on DEU III (Arregui & Perarnaud 2021, "A new dataset on
 * legislative decision-making in the European Union: the DEU III dataset", doi:10.34810/data53,
 * CC BY 4.0), as distributed by blksv/predictioneers_game (deu3.csv: tab-separated, a GDP row
 * added as line 2, invalid outcomes removed). The data stay outside the repository:
 *
 *   npx tsx scripts/backtest-deu.ts <path/to/deu3.csv> [--capability gdp|equal|both] [--rounds N]
 *
 * For every issue with a recorded outcome (`out`), each actor with a position (`p<actor>`) takes
 * part with its salience (`s<actor>`; 50 when missing, the DEU convention for unrecorded
 * salience) and a capability: the GDP row (blksv's, in trillions; the Commission and the
 * Parliament get the largest value, 4.1) or equal weights. Every model forecasts the issue alone;
 * the script prints, as Markdown, the mean absolute error of each model against `out` (0-100
 * scale) overall and by Council voting rule, beside the formula baselines and the status quo.
 */
import { readFileSync } from 'node:fs';
import {
  forecast,
  type ForecastInput,
  type ForecastOptions,
} from '../packages/engines/src/forecast/index.ts';

interface DeuIssue {
  id: string;
  rule: string;
  outcome: number;
  reference: number | null;
  actors: { code: string; position: number; salience: number; gdp: number }[];
}

const MODELS: { label: string; options: ForecastOptions }[] = [
  { label: 'compromise (c·s weighted mean)', options: { model: 'mean' } },
  { label: 'capability-weighted mean', options: { model: 'capability-mean' } },
  { label: 'weighted median', options: { model: 'median' } },
  { label: 'Condorcet position', options: { model: 'condorcet' } },
  { label: 'BDM (paper)', options: { model: 'bdm', bdmVariant: 'paper' } },
  { label: 'BDM (scholz-code)', options: { model: 'bdm', bdmVariant: 'scholz-code' } },
  { label: 'spatial model (KTAB SMP)', options: { model: 'smp' } },
  {
    label: 'BDM (paper), mean read-out',
    options: { model: 'bdm', bdmVariant: 'paper', bdm: { readout: 'mean' } },
  },
  {
    label: 'BDM (scholz-code), mean read-out',
    options: { model: 'bdm', bdmVariant: 'scholz-code', bdm: { readout: 'mean' } },
  },
  { label: 'spatial model, mean read-out', options: { model: 'smp', smp: { readout: 'mean' } } },
];

function readDeu(path: string): DeuIssue[] {
  const rows = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t').map((c) => c.replace(/^"|"$/g, '').trim()));
  const [header, gdpRow, ...data] = rows as [string[], string[], ...string[][]];
  const col = (name: string) => header.indexOf(name);
  const codes = header
    .filter((h) => h.startsWith('p') && header.includes(`s${h.slice(1)}`))
    .map((h) => h.slice(1));
  const gdp = new Map(codes.map((c) => [c, Number(gdpRow[col(`p${c}`)])]));
  const num = (text: string | undefined) =>
    text === undefined || text === '' ? null : Number(text);
  return data
    .filter((r) => num(r[col('out')]) !== null)
    .map((r) => ({
      id: r[col('isnr')] ?? '',
      rule: r[col('counvte')] ?? '',
      outcome: num(r[col('out')])!,
      reference: num(r[col('rp')]),
      actors: codes
        .filter((c) => num(r[col(`p${c}`)]) !== null)
        .map((c) => ({
          code: c,
          position: num(r[col(`p${c}`)])!,
          salience: num(r[col(`s${c}`)]) ?? 50,
          gdp: gdp.get(c) ?? 1,
        })),
    }))
    .filter((issue) => issue.actors.length > 0);
}

function inputOf(issue: DeuIssue, capability: 'gdp' | 'equal'): ForecastInput {
  return {
    dimensions: [{ id: issue.id, name: issue.id, min: 0, max: 100 }],
    actors: issue.actors.map((a) => ({
      id: a.code,
      name: a.code,
      capability: capability === 'gdp' ? a.gdp : 1,
      position: [a.position],
      salience: [a.salience],
    })),
  };
}

const mae = (errors: number[]) => errors.reduce((s, e) => s + e, 0) / errors.length;
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function main(): void {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error(
      'usage: npx tsx scripts/backtest-deu.ts <path/to/deu3.csv> [--capability gdp|equal|both] [--rounds N]',
    );
    process.exit(2);
  }
  const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const weighting = flag('capability') ?? 'both';
  const rounds = flag('rounds') ? Number(flag('rounds')) : undefined;
  const issues = readDeu(path);
  const rules = [...new Set(issues.map((i) => i.rule))].sort();
  const ruleCount = (rule: string) => issues.filter((i) => i.rule === rule).length;
  console.log(
    `DEU III issues with an outcome: ${issues.length} (${rules.map((r) => `${r} ${ruleCount(r)}`).join(', ')}); actors per issue: mean ${fmt(mae(issues.map((i) => i.actors.length)))}\n`,
  );
  for (const capability of weighting === 'both'
    ? (['gdp', 'equal'] as const)
    : [weighting as 'gdp' | 'equal']) {
    console.log(`### Capability: ${capability === 'gdp' ? 'GDP row of the data file' : 'equal'}\n`);
    console.log(
      `| model | MAE all | ${rules.map((r) => `MAE ${r}`).join(' | ')} | issues | CPU s |`,
    );
    console.log(`|---|---|${rules.map(() => '---|').join('')}---|---|`);
    for (const { label, options } of MODELS) {
      const start = process.cpuUsage();
      const errors = issues.map((issue) => {
        const f = forecast(inputOf(issue, capability), {
          ...options,
          audit: false,
          ...(rounds ? { rounds } : {}),
        }).forecast[0];
        return f == null ? Number.NaN : Math.abs(f - issue.outcome);
      });
      const used = process.cpuUsage(start);
      const byRule = rules.map((r) => fmt(mae(errors.filter((_, k) => issues[k]!.rule === r))));
      console.log(
        `| ${label} | ${fmt(mae(errors))} | ${byRule.join(' | ')} | ${errors.length} | ${((used.user + used.system) / 1e6).toFixed(1)} |`,
      );
    }
    const withRp = issues.filter((i) => i.reference !== null);
    const rpByRule = rules.map((r) =>
      fmt(mae(withRp.filter((i) => i.rule === r).map((i) => Math.abs(i.reference! - i.outcome)))),
    );
    console.log(
      `| status quo (\`rp\`, where recorded) | ${fmt(mae(withRp.map((i) => Math.abs(i.reference! - i.outcome))))} | ${rpByRule.join(' | ')} | ${withRp.length} | – |`,
    );
    console.log(
      `| midpoint 50 (naive) | ${fmt(mae(issues.map((i) => Math.abs(50 - i.outcome))))} | ${rules.map((r) => fmt(mae(issues.filter((i) => i.rule === r).map((i) => Math.abs(50 - i.outcome))))).join(' | ')} | ${issues.length} | – |\n`,
    );
  }
}

main();
