import { describe, expect, it } from 'vitest';
import {
  PIZZA_BUYER,
  PIZZA_DOMAIN,
  PIZZA_SELLER,
  TRADE_YAML,
} from '../testing/negotiateFixtures.ts';
import { runCli, tempFiles } from '../testing/runCli.ts';

const files = tempFiles({
  'trade.yaml': TRADE_YAML,
  'pizza_domain.xml': PIZZA_DOMAIN,
  'buyer.xml': PIZZA_BUYER,
  'seller.xml': PIZZA_SELLER,
  'broken.yaml': 'parley: 1\nid: x\n',
  'truncated.xml': '<utility_space><objective index="0">',
});
const trade = files['trade.yaml']!;
const pizza = [files['buyer.xml']!, files['seller.xml']!, files['pizza_domain.xml']!];

async function json<T>(...argv: string[]): Promise<T> {
  const r = await runCli([...argv, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

interface Analysis {
  issues: { id: string; values: (string | number)[] }[];
  parties: { id: string; reservation: number }[];
  outcomes: number;
  pareto: number[][];
  nash: { outcome: (string | number)[]; utilities: number[] } | null;
  withReservation: { zopa: { outcomes: number }; nash: { outcome: (string | number)[] } | null };
}

describe('parley negotiate analyze', () => {
  it('prints the documented JSON for GENIUS files given in any order', async () => {
    const a = await json<Analysis>('negotiate', 'analyze', ...pizza);
    expect(Object.keys(a)).toEqual([
      'mode',
      'issues',
      'parties',
      'outcomes',
      'pareto',
      'nash',
      'kalaiSmorodinsky',
      'egalitarian',
      'maxWelfare',
      'withReservation',
    ]);
    expect(a.parties.map((p) => [p.id, p.reservation])).toEqual([
      ['buyer', 0.2],
      ['seller', 0.2],
    ]);
    // Every outcome is Pareto-optimal; sorted by the buyer's utility, descending.
    expect(a.pareto).toEqual([
      [1, 1 / 3],
      [2 / 3, 2 / 3],
      [1 / 3, 1],
    ]);
    expect(a.nash!.outcome).toEqual(['b']);
  });

  it('analyses one track of a scenario, with the status quo as the parties’ reservation', async () => {
    const a = await json<Analysis>(
      'negotiate',
      'analyze',
      trade,
      '--track',
      'talks',
      '--steps',
      '3',
    );
    expect(a.issues.map((i) => [i.id, i.values])).toEqual([
      ['x', [0, 50, 100]],
      ['y', [0, 50, 100]],
    ]);
    expect(a.parties.map((p) => p.id)).toEqual(['alpha', 'beta']);
    expect(a.parties[0]!.reservation).toBeCloseTo(3 / 7, 12);
    expect(a.parties[1]!.reservation).toBeCloseTo(1 / 3, 12);
    expect(a.outcomes).toBe(9);
  });

  it('seats the parties an architecture adds', async () => {
    const a = await json<Analysis>(
      'negotiate',
      'analyze',
      trade,
      '--track',
      'talks',
      '--architecture',
      'with_gamma',
    );
    expect(a.parties.map((p) => p.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('prints a readable summary without --json', async () => {
    const r = await runCli(['negotiate', 'analyze', trade, '--track', 'talks']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nash (d = r)');
    expect(r.stdout).toContain('talks (unanimity)');
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('cuts a too-wide solution table into bands that repeat the solution names', async () => {
    const r = await runCli(['negotiate', 'analyze', trade, '--width', '40']);
    expect(r.code).toBe(0);
    const heads = r.stdout.split('\n').filter((l) => l.startsWith('Solution'));
    // Three parties and two issues do not fit 40 columns: two bands, each with every solution.
    expect(heads.length).toBeGreaterThan(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Nash (d = 0)')).length).toBe(
      heads.length,
    );
  });

  it('rejects bad flags with exit 2 and a hint', async () => {
    const mode = await runCli(['negotiate', 'analyze', trade, '--mode', 'fast']);
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain('modes are textbook, genius');
    const track = await runCli(['negotiate', 'analyze', trade, '--track', 'talk']);
    expect(track.code).toBe(2);
    expect(track.stderr).toContain('did you mean `talks`?');
    const empty = await runCli(['negotiate', 'analyze', trade, '--track', 'chat']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('negotiates no issue');
    const arch = await runCli(['negotiate', 'analyze', trade, '--architecture', 'nope']);
    expect(arch.code).toBe(2);
    const genius = await runCli(['negotiate', 'analyze', ...pizza, '--track', 'talks']);
    expect(genius.code).toBe(2);
  });

  it('reports bad files with exit 1 and diagnostics', async () => {
    const missing = await runCli(['negotiate', 'analyze', 'nowhere.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('file not found');
    const broken = await runCli(['negotiate', 'analyze', files['broken.yaml']!]);
    expect(broken.code).toBe(1);
    const twoProfiles = await runCli([
      'negotiate',
      'analyze',
      files['buyer.xml']!,
      files['seller.xml']!,
    ]);
    expect(twoProfiles.code).toBe(1);
    expect(twoProfiles.stderr).toContain('expected one domain file, found 0');
  });

  it('names the XML error of a malformed file instead of calling it "not GENIUS"', async () => {
    const truncated = files['truncated.xml']!;
    const r = await runCli(['negotiate', 'analyze', files['pizza_domain.xml']!, truncated]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unclosed tag: objective');
    expect(r.stderr).toContain('truncated.xml:1:');
    expect(r.stderr).not.toContain('neither a GENIUS domain nor a profile');
    // The summary line names the file at fault, not the domain given first.
    expect(r.stderr).toMatch(/truncated\.xml: \d+ errors?\n$/);
  });
});

interface Run {
  mechanism: string;
  parties: { id: string; strategy: string | null }[];
  agreement: { outcome: number[]; utilities: number[] } | null;
  endedBy: string;
  nash: { outcome: number[] } | null;
  trace: { party: string; action: string; outcome: (string | number)[] | null }[];
}

describe('parley negotiate run', () => {
  it('plays one session with one strategy per seat and prints result and trace', async () => {
    const r = await json<Run>(
      'negotiate',
      'run',
      trade,
      '--track',
      'talks',
      '--strategies',
      'boulware,conceder',
    );
    expect(Object.keys(r)).toEqual([
      'mechanism',
      'table',
      'rule',
      'issues',
      'parties',
      'deadline',
      'seed',
      'agreement',
      'endedBy',
      'rounds',
      't',
      'utilities',
      'discountedUtilities',
      'nash',
      'trace',
      'provenance',
    ]);
    expect(r.parties.map((p) => [p.id, p.strategy])).toEqual([
      ['alpha', 'boulware'],
      ['beta', 'conceder'],
    ]);
    expect(r.trace[0]).toMatchObject({ party: 'alpha', action: 'offer' });
    expect(r.endedBy === 'agreement').toBe(r.agreement !== null);
  });

  it('is reproducible for a seed', async () => {
    const argv = ['negotiate', 'run', ...pizza, '--strategies', 'linear', '--seed', '9'];
    expect(await json<Run>(...argv)).toEqual(await json<Run>(...argv));
  });

  it('ends the Zeuthen protocol at the Nash point (Harsanyi 1956)', async () => {
    const r = await json<Run>('negotiate', 'run', ...pizza, '--mechanism', 'mcp');
    expect(r.mechanism).toBe('mcp');
    expect(r.agreement!.outcome).toEqual(r.nash!.outcome);
  });

  it('rejects a strategy count that fits no table, and strategies outside saop', async () => {
    const count = await runCli([
      'negotiate',
      'run',
      trade,
      '--track',
      'talks',
      '--strategies',
      'linear,linear,linear',
    ]);
    expect(count.code).toBe(2);
    expect(count.stderr).toContain('3 strategies for 2 seats');
    const snt = await runCli([
      'negotiate',
      'run',
      ...pizza,
      '--mechanism',
      'sntext',
      '--strategies',
      'linear',
    ]);
    expect(snt.code).toBe(2);
    const unknown = await runCli(['negotiate', 'run', ...pizza, '--strategies', 'boulwar']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean `boulware`?');
  });
});

describe('parley negotiate tournament', () => {
  it('plays every strategy in every seat and summarises per strategy', async () => {
    const t = await json<{ runs: unknown[]; strategies: { strategy: string; seats: number }[] }>(
      'negotiate',
      'tournament',
      ...pizza,
      '--strategies',
      'boulware,conceder',
      '--reps',
      '2',
    );
    // 2 strategies on 2 seats: 4 profiles, twice each; each strategy plays 8 of the 16 seats.
    expect(t.runs).toHaveLength(8);
    expect(t.strategies.map((s) => [s.strategy, s.seats])).toEqual([
      ['boulware', 8],
      ['conceder', 8],
    ]);
  });

  it('rejects a strategy listed twice', async () => {
    const r = await runCli(['negotiate', 'tournament', ...pizza, '--strategies', 'linear,linear']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a strategy is listed twice');
  });
});
