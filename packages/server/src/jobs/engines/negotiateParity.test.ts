import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario } from '@parley/model';
// Test-only: the CLI is the reference whose `negotiate run --json` the server must reproduce.
import { runCli, tempFiles } from '../../../../cli/src/testing/runCli.ts';
import { HARBOUR_YAML } from '../../testing/fixtures.ts';
import type { JobInput } from '../jobTypes.ts';
import type { NegotiateParams } from '../params.ts';
import { runEngine } from './runEngine.ts';

const KOREA = fileURLToPath(
  new URL('../../../../../catalog/korean-peninsula-2018.yaml', import.meta.url),
);
const files = tempFiles({ 'harbour.yaml': HARBOUR_YAML });
afterAll(() => rmSync(files.dir, { recursive: true, force: true }));

function input(path: string): JobInput {
  const parsed = parseScenario(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  return { kind: 'scenario', scenario: parsed.value };
}

/** The server's session, through JSON as the worker stores it. */
function serverSession(path: string, params: NegotiateParams): unknown {
  const { result } = runEngine({ engine: 'negotiate', input: input(path), params }, () => {});
  return JSON.parse(JSON.stringify((result as { session: unknown }).session));
}

async function cliSession(path: string, flags: string[]): Promise<unknown> {
  const out = await runCli(['negotiate', 'run', path, '--json', ...flags]);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

describe('a negotiate run’s session equals `parley negotiate run --json`', () => {
  it('with the defaults of both (SAOP, boulware for every seat, 100 rounds, seed 1)', async () => {
    const cli = await cliSession(files['harbour.yaml']!, []);
    expect(serverSession(files['harbour.yaml']!, { session: {} })).toEqual(cli);
    expect(cli).toMatchObject({ mechanism: 'sao', deadline: 100, seed: 1, table: 'all' });
  });

  it('with one strategy per seat, a deadline, a seed and steps', async () => {
    const cli = await cliSession(files['harbour.yaml']!, [
      '--strategies',
      'conceder,boulware,linear',
      '--deadline',
      '30',
      '--seed',
      '5',
      '--steps',
      '5',
    ]);
    const server = serverSession(files['harbour.yaml']!, {
      steps: 5,
      session: { strategies: ['conceder', 'boulware', 'linear'], rounds: 30, seed: 5 },
    });
    expect(server).toEqual(cli);
    expect((cli as { trace: unknown[] }).trace.length).toBeGreaterThan(0);
  });

  it('on one track of the flagship under the single negotiating text, from its first draft', async () => {
    const flags = ['--track', 'us_dprk', '--mechanism', 'sntext', '--steps', '4', '--seed', '3'];
    const cli = await cliSession(KOREA, flags);
    const server = serverSession(KOREA, {
      track: 'us_dprk',
      steps: 4,
      session: { mechanism: 'snt', seed: 3 },
    });
    expect(server).toEqual(cli);
    expect(cli).toMatchObject({ mechanism: 'snt', table: 'us_dprk' });
  });

  it('under monotonic concession, on a track with an architecture applied', async () => {
    const flags = ['--track', 'us_dprk', '--architecture', 'us_led', '--mechanism', 'mcp'];
    const cli = await cliSession(KOREA, [...flags, '--steps', '4']);
    const server = serverSession(KOREA, {
      track: 'us_dprk',
      architecture: 'us_led',
      steps: 4,
      session: { mechanism: 'mcp' },
    });
    expect(server).toEqual(cli);
    expect((cli as { parties: { strategy: unknown }[] }).parties[0]!.strategy).toBeNull();
  });
});
