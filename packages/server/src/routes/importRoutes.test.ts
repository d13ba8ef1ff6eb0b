import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BDM_CSV,
  BROKEN_YAML,
  GENIUS_BUYER,
  GENIUS_DOMAIN,
  GENIUS_SELLER,
  KTAB_CSV,
  PD_GMCR,
  PD_YAML,
  PENNIES_NFG,
} from '../testing/fixtures.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.dispose());

const post = (url: string, payload: object) => server.app.inject({ method: 'POST', url, payload });

describe('/api/validate', () => {
  it('accepts a valid scenario and describes it', async () => {
    const res = await post('/api/validate', { text: PD_YAML });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      valid: true,
      diagnostics: [],
      meta: { key: 'pd', options: 2 },
    });
  });

  it('lists every problem with path, file and line:col, still with 200', async () => {
    const res = await post('/api/validate', { text: BROKEN_YAML, file: 'talks.yaml' });
    expect(res.statusCode).toBe(200);
    expect(res.json().valid).toBe(false);
    expect(res.json().diagnostics[0]).toMatchObject({
      file: 'talks.yaml',
      line: 7,
      col: 5,
      code: 'unknown-key',
    });
  });

  it('reports YAML syntax errors with their position', async () => {
    const res = await post('/api/validate', { text: 'parley: 1\nid: [unclosed\n' });
    const [first] = res.json().diagnostics;
    expect(first.line).toBeGreaterThanOrEqual(2);
    expect(first.severity).toBe('error');
  });

  it('checks import formats too', async () => {
    const res = await post('/api/validate', { format: 'gmcr', text: PD_GMCR });
    expect(res.json()).toMatchObject({ valid: true, meta: { options: 2 } });
    const bad = await post('/api/validate', { format: 'nfg', text: 'NFG 1 R "x" {' });
    expect(bad.json().valid).toBe(false);
  });
});

describe('/api/schema', () => {
  it('serves the scenario format’s JSON Schema for editors', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/schema' });
    expect(res.headers['content-type']).toContain('application/schema+json');
    expect(res.json()).toMatchObject({ $id: 'urn:parley:schema:scenario:v1' });
  });
});

describe('/api/import', () => {
  it('converts a GMCR+ file into Parley YAML that validates', async () => {
    const res = await post('/api/import', { format: 'gmcr', text: PD_GMCR, file: 'pd.gmcr' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.kind).toBe('scenario');
    expect(body.text).toMatch(/^# Imported from pd\.gmcr \(gmcr\)/);
    expect(body.meta.options).toBe(2);
    expect((await post('/api/validate', { text: body.text })).json().valid).toBe(true);
  });

  it('saves an imported scenario on request, with its origin', async () => {
    const res = await post('/api/import', {
      format: 'bdm-csv',
      text: BDM_CSV,
      file: 'actors.csv',
      save: true,
    });
    expect(res.statusCode).toBe(201);
    const { scenario } = res.json();
    expect(scenario).toMatchObject({ origin: 'import:bdm-csv', readOnly: false });
    expect(res.headers.location).toBe(`/api/scenarios/${scenario.id}`);
    const stored = await server.app.inject({ method: 'GET', url: `/api/scenarios/${scenario.id}` });
    expect(stored.json().meta.actors).toBe(3);
  });

  it('reads KTAB CSV (and picks the reader by content for format ktab), as JSON on request', async () => {
    const res = await post('/api/import', { format: 'ktab', text: KTAB_CSV, output: 'json' });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.json().text).issues).toHaveLength(2);
  });

  it('reads GENIUS files into a negotiation domain', async () => {
    const res = await post('/api/import', {
      format: 'genius',
      genius: { domain: GENIUS_DOMAIN, profiles: [GENIUS_BUYER, GENIUS_SELLER] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().kind).toBe('negotiation-domain');
    expect(res.json().domain.issues.map((i: { name: string }) => i.name)).toEqual([
      'price',
      'delivery',
    ]);
  });

  it('reads a Gambit game, and says when the format does not match', async () => {
    const res = await post('/api/import', { format: 'nfg', text: PENNIES_NFG });
    expect(res.json()).toMatchObject({
      kind: 'game',
      game: { kind: 'nfg', players: ['Even', 'Odd'] },
    });
    const wrong = await post('/api/import', { format: 'efg', text: PENNIES_NFG });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().diagnostics[0].code).toBe('wrong-format');
  });

  it('refuses a broken file with 400 and its diagnostics', async () => {
    const res = await post('/api/import', { format: 'gmcr', text: '{"decisionMakers": 3}' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid-file');
    expect(res.json().diagnostics.length).toBeGreaterThan(0);
    const missing = await post('/api/import', { format: 'genius' });
    expect(missing.json().diagnostics[0]).toMatchObject({ code: 'missing-input', path: 'genius' });
  });
});
