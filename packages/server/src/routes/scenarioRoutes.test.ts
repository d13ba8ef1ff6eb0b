import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_YAML, HARBOUR_JSON, HARBOUR_YAML, PD_YAML } from '../testing/fixtures.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.dispose());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  server.app.inject({ method, url, ...(payload ? { payload } : {}) });

async function create(text: string, note?: string) {
  const res = await inject('POST', '/api/scenarios', { text, ...(note ? { note } : {}) });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number; text: string };
}

describe('/api/scenarios', () => {
  it('saves a scenario verbatim (comments included) as version 1 and says where it lives', async () => {
    const res = await inject('POST', '/api/scenarios', { text: HARBOUR_YAML, note: 'first draft' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(res.headers.location).toBe(`/api/scenarios/${body.id}`);
    expect(body).toMatchObject({ version: 1, readOnly: false, format: 'yaml', text: HARBOUR_YAML });
    expect(body.meta).toMatchObject({
      key: 'harbour',
      actors: 3,
      issues: 2,
      options: 2,
      architectures: ['baseline', 'capped'],
    });
    expect(body.meta.engines).toEqual(['gmcr', 'forecast', 'negotiate', 'compare', 'games']);
  });

  it('stores JSON scenarios as JSON', async () => {
    const saved = await create(HARBOUR_JSON);
    const res = await inject('GET', `/api/scenarios/${saved.id}`);
    expect(res.json()).toMatchObject({ format: 'json', text: HARBOUR_JSON });
    expect(res.json().meta.engines).toEqual(['forecast', 'negotiate', 'compare']);
  });

  it('refuses an invalid scenario with 400 and every diagnostic, with path and line:col', async () => {
    const res = await inject('POST', '/api/scenarios', { text: BROKEN_YAML });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('invalid-scenario');
    expect(body.diagnostics[0]).toMatchObject({
      severity: 'error',
      path: 'actors[0].capabilty',
      line: 7,
      col: 5,
    });
    expect(body.diagnostics[0].hint).toContain('capability');
  });

  it('keeps every version: an update adds one, the history lists them newest first', async () => {
    const saved = await create(PD_YAML, 'v1');
    const edited = PD_YAML.replace("title: Prisoner's Dilemma", 'title: Dilemma, edited');
    const put = await inject('PUT', `/api/scenarios/${saved.id}`, {
      text: edited,
      baseVersion: 1,
      note: 'retitled',
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ version: 2, title: 'Dilemma, edited', text: edited });
    const history = (await inject('GET', `/api/scenarios/${saved.id}/versions`)).json().versions;
    expect(history.map((v: { version: number; note: string }) => [v.version, v.note])).toEqual([
      [2, 'retitled'],
      [1, 'v1'],
    ]);
    const first = await inject('GET', `/api/scenarios/${saved.id}?version=1`);
    expect(first.json()).toMatchObject({ version: 1, text: PD_YAML });
  });

  it('answers 409 when the edit started from an older version, and saves nothing', async () => {
    const saved = await create(PD_YAML);
    await inject('PUT', `/api/scenarios/${saved.id}`, { text: PD_YAML, baseVersion: 1 });
    const stale = await inject('PUT', `/api/scenarios/${saved.id}`, {
      text: PD_YAML,
      baseVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('version-conflict');
    expect((await inject('GET', `/api/scenarios/${saved.id}`)).json().version).toBe(2);
  });

  it('refuses an invalid update with 400 and keeps the current version', async () => {
    const saved = await create(PD_YAML);
    const res = await inject('PUT', `/api/scenarios/${saved.id}`, { text: BROKEN_YAML });
    expect(res.statusCode).toBe(400);
    expect((await inject('GET', `/api/scenarios/${saved.id}`)).json().version).toBe(1);
  });

  it('deletes a scenario with its history', async () => {
    const saved = await create(PD_YAML);
    expect((await inject('DELETE', `/api/scenarios/${saved.id}`)).statusCode).toBe(204);
    expect((await inject('GET', `/api/scenarios/${saved.id}`)).statusCode).toBe(404);
    expect((await inject('GET', `/api/scenarios/${saved.id}/versions`)).statusCode).toBe(404);
    expect((await inject('DELETE', `/api/scenarios/${saved.id}`)).statusCode).toBe(404);
  });

  it('lists saved scenarios first, then the read-only catalog', async () => {
    const list = (await inject('GET', '/api/scenarios')).json().scenarios as {
      id: string;
      readOnly: boolean;
    }[];
    const catalog = list.filter((s) => s.readOnly).map((s) => s.id);
    expect(catalog).toEqual(['catalog:harbour', 'catalog:prisoners-dilemma']);
    expect(list.findIndex((s) => s.readOnly)).toBe(list.length - 2);
    expect((await inject('GET', '/api/catalog')).json().scenarios).toHaveLength(2);
  });

  it('keeps catalog scenarios read-only, and copies them into editable ones', async () => {
    const put = await inject('PUT', '/api/scenarios/catalog:harbour', { text: PD_YAML });
    expect(put.statusCode).toBe(403);
    expect(put.json().hint).toContain('/copy');
    expect((await inject('DELETE', '/api/scenarios/catalog:harbour')).statusCode).toBe(403);
    const copy = await inject('POST', '/api/scenarios/catalog:harbour/copy');
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      readOnly: false,
      origin: 'catalog:harbour',
      text: HARBOUR_YAML,
      version: 1,
    });
    const edit = await inject('PUT', `/api/scenarios/${copy.json().id}`, { text: HARBOUR_YAML });
    expect(edit.statusCode).toBe(200);
  });

  it('exports YAML verbatim, JSON parsed, and a GMCR+ file', async () => {
    const saved = await create(HARBOUR_YAML);
    const yaml = await inject('GET', `/api/scenarios/${saved.id}/export?format=yaml`);
    expect(yaml.body).toBe(HARBOUR_YAML);
    expect(yaml.headers['content-type']).toContain('application/yaml');
    expect(yaml.headers['content-disposition']).toBe('attachment; filename="harbour.yaml"');
    const json = await inject('GET', `/api/scenarios/${saved.id}/export?format=json`);
    expect(JSON.parse(json.body)).toMatchObject({ id: 'harbour', parley: 1 });
    const gmcr = await inject('GET', `/api/scenarios/catalog:prisoners-dilemma/export?format=gmcr`);
    expect(gmcr.statusCode).toBe(200);
    expect(JSON.parse(gmcr.body).decisionMakers.map((d: { name: string }) => d.name)).toEqual([
      'Prisoner 1',
      'Prisoner 2',
    ]);
    const bad = await inject('GET', `/api/scenarios/${saved.id}/export?format=docx`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().diagnostics[0].path).toBe('query.format');
  });

  it('answers 404 for unknown ids and versions', async () => {
    expect((await inject('GET', '/api/scenarios/sc_nope')).statusCode).toBe(404);
    expect((await inject('GET', '/api/scenarios/catalog:nope')).statusCode).toBe(404);
    const saved = await create(PD_YAML);
    expect((await inject('GET', `/api/scenarios/${saved.id}?version=7`)).statusCode).toBe(404);
  });
});
