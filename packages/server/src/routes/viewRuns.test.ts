import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '@parley/model';
import { EngineHost, decodeView, type EngineRequest } from '@parley/views';
import { HARBOUR_YAML, PD_YAML } from '../testing/fixtures.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';
import { waitForRun } from '../testing/waitForRun.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ workers: 2, maxQueue: 8 });
});
afterAll(() => server.dispose());

const inject = (method: 'GET' | 'POST', url: string, payload?: object) =>
  server.app.inject({ method, url, ...(payload ? { payload } : {}) });

function parsed(text: string): Scenario {
  const result = parseScenario(text);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.value;
}

/** The view as the browser's engine worker computes it, in this process. */
function inProcess(text: string, params: Record<string, unknown>): unknown {
  const request = { ...params, scenario: parsed(text) } as EngineRequest;
  return new EngineHost().handle(request, () => {}).result;
}

async function viewRun(body: object) {
  const res = await inject('POST', '/api/runs', { engine: 'view', ...body });
  expect(res.statusCode, res.body).toBe(202);
  const run = res.json() as { id: string; engine: string; links: { result: string } };
  const done = await waitForRun(server.app, run.id, 60_000);
  expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
  const result = await inject('GET', run.links.result);
  expect(result.headers['content-type']).toContain('application/json');
  return { run, done, text: result.body };
}

// Each case: the catalog scenario it runs on, its text (for the in-process run) and the params.
const CASES = [
  ['gmcr', 'catalog:prisoners-dilemma', PD_YAML, { kind: 'gmcr' }],
  [
    'gmcr with coalitions',
    'catalog:harbour',
    HARBOUR_YAML,
    {
      kind: 'gmcr',
      coalitions: [['port', 'ships']],
      architecture: 'capped',
    },
  ],
  [
    'forecast with Monte Carlo',
    'catalog:harbour',
    HARBOUR_YAML,
    {
      kind: 'forecast',
      runs: 40,
      seed: 7,
    },
  ],
  [
    'games',
    'catalog:harbour',
    HARBOUR_YAML,
    { kind: 'games', options: ['raise', 'boycott'], payoff: 'score' },
  ],
  [
    'negotiate',
    'catalog:harbour',
    HARBOUR_YAML,
    {
      kind: 'negotiate',
      steps: 5,
      strategies: ['boulware', 'conceder'],
      rounds: 40,
      seed: 3,
    },
  ],
  ['compare', 'catalog:harbour', HARBOUR_YAML, { kind: 'compare', runs: 4, seed: 2 }],
] as const;

describe('view runs (engine: "view")', () => {
  it.each(CASES)(
    'computes the %s view exactly as EngineHost does in the browser',
    async (_name, scenarioId, text, params) => {
      const { run, done, text: body } = await viewRun({ scenarioId, params });
      expect(run.engine).toBe('view');
      expect(decodeView(body)).toEqual(inProcess(text, params));
      expect(done.provenance).toMatchObject({
        engine: params.kind,
        method: `workbench view (${params.kind})`,
        parameters: params,
        scenario: { id: scenarioId, version: 1 },
      });
    },
  );

  it('keeps typed arrays through the stored JSON (GMCR stability as Uint8Array)', async () => {
    const { text } = await viewRun({ text: PD_YAML, params: { kind: 'gmcr' } });
    expect(text).toContain('"$typed":"Uint8Array"');
    const data = decodeView<{ stability: { nash: Uint8Array[] }; equilibria: { nash: number[] } }>(
      text,
    );
    expect(data.stability.nash[0]).toBeInstanceOf(Uint8Array);
    // Fang, Hipel & Kilgour 1993, ch. 3: mutual confession (state 4, index 3) is the Nash equilibrium.
    expect(data.equilibria.nash).toEqual([3]);
  });

  it('records the seed and the warnings the view data carries', async () => {
    const { done } = await viewRun({
      scenarioId: 'catalog:harbour',
      params: { kind: 'negotiate', steps: 3, strategies: ['linear'], seed: 11 },
    });
    expect(done.provenance).toMatchObject({ seed: 11 });
    expect(Array.isArray((done.provenance as { warnings: unknown }).warnings)).toBe(true);
    const forecast = await viewRun({ scenarioId: 'catalog:harbour', params: { kind: 'forecast' } });
    expect(forecast.done.provenance).not.toHaveProperty('seed');
  });

  it('lists view runs, and filters runs by engine', async () => {
    const { run } = await viewRun({
      scenarioId: 'catalog:prisoners-dilemma',
      params: { kind: 'gmcr' },
    });
    const listed = (await inject('GET', '/api/runs?engine=view&limit=500')).json() as {
      runs: { id: string; engine: string }[];
    };
    expect(listed.runs.map((r) => r.id)).toContain(run.id);
    expect(new Set(listed.runs.map((r) => r.engine))).toEqual(new Set(['view']));
  });

  it('refuses bad view parameters with 400 and the path of each problem', async () => {
    const post = (params: unknown) =>
      inject('POST', '/api/runs', { engine: 'view', scenarioId: 'catalog:harbour', params });
    const unknownKind = await post({ kind: 'explain', state: 1 });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().error).toBe('invalid-request');
    expect(unknownKind.json().diagnostics[0].path).toBe('body.params.kind');
    const missing = await inject('POST', '/api/runs', { engine: 'view', text: PD_YAML });
    expect(missing.statusCode).toBe(400);
    const runs = await post({ kind: 'forecast', runs: 100_001 });
    expect(runs.json().diagnostics[0].path).toBe('body.params.runs');
    const compareRuns = await post({ kind: 'compare', runs: 10_001 });
    expect(compareRuns.json().diagnostics[0].path).toBe('body.params.runs');
    const extra = await post({ kind: 'compare', architecture: 'capped' });
    expect(extra.statusCode).toBe(400);
    const strategy = await post({ kind: 'negotiate', strategies: ['boulwar'] });
    expect(strategy.json().diagnostics[0].path).toBe('body.params.strategies[0]');
    const tooMany = await post({
      kind: 'games',
      options: Array.from({ length: 21 }, (_, i) => `o${i}`),
    });
    expect(tooMany.json().diagnostics[0].path).toBe('body.params.options');
  });

  it('checks view parameters against the scenario before queueing, with did-you-mean hints', async () => {
    const post = (params: unknown, scenarioId = 'catalog:harbour') =>
      inject('POST', '/api/runs', { engine: 'view', scenarioId, params });
    const architecture = await post({ kind: 'forecast', architecture: 'caped' });
    expect(architecture.statusCode).toBe(400);
    expect(architecture.json()).toMatchObject({ error: 'invalid-params' });
    expect(architecture.json().diagnostics[0]).toMatchObject({
      code: 'unknown-architecture',
      path: 'params.architecture',
      hint: 'did you mean `capped`?',
    });
    const option = await post({ kind: 'games', options: ['raise', 'boycot'] });
    expect(option.json().diagnostics[0]).toMatchObject({
      code: 'unknown-option',
      path: 'params.options[1]',
      hint: 'did you mean `boycott`?',
    });
    const actor = await post({ kind: 'gmcr', coalitions: [['port', 'shps']] });
    expect(actor.json().diagnostics[0]).toMatchObject({
      code: 'unknown-actor',
      path: 'params.coalitions[0][1]',
    });
    const twice = await post({ kind: 'gmcr', coalitions: [['port'], ['port', 'ships']] });
    expect(twice.json().diagnostics[0]).toMatchObject({
      code: 'duplicate-decision-maker',
      path: 'params.coalitions[1][0]',
    });
    const noIssues = await post({ kind: 'negotiate' }, 'catalog:prisoners-dilemma');
    expect(noIssues.json().diagnostics[0].code).toBe('no-issues');
  });
});
