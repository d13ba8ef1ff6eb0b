import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../testing/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.dispose());

describe('the OpenAPI document', () => {
  it('describes every route, generated from the schemas that validate requests', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.0.3');
    expect(doc.info).toMatchObject({ title: 'Parley API', version: '0.1.0' });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/scenarios',
        '/api/scenarios/{id}',
        '/api/scenarios/{id}/versions',
        '/api/scenarios/{id}/copy',
        '/api/scenarios/{id}/export',
        '/api/catalog',
        '/api/validate',
        '/api/schema',
        '/api/import',
        '/api/runs',
        '/api/runs/{id}',
        '/api/runs/{id}/result',
        '/api/runs/{id}/events',
      ]),
    );
    expect(Object.keys(doc.paths['/api/scenarios/{id}'])).toEqual(['get', 'put', 'delete']);
    const runRequest = JSON.stringify(doc.components.schemas.RunRequestInput);
    for (const engine of ['gmcr', 'forecast', 'negotiate', 'compare', 'games', 'view'])
      expect(runRequest).toContain(`"${engine}"`);
    const viewParams = JSON.stringify(doc.components.schemas.ViewParams);
    for (const kind of ['gmcr', 'forecast', 'games', 'negotiate', 'compare'])
      expect(viewParams).toContain(`"${kind}"`);
    expect(JSON.stringify(doc.components.schemas.Run)).toContain('"view"');
    expect(doc.paths['/api/runs'].post.responses).toHaveProperty('503');
    expect(Object.keys(doc.paths['/api/runs'].post.responses)).toEqual(
      expect.arrayContaining(['200', '202']),
    );
    expect(runRequest).toContain('"reuse"');
    expect(doc.components.schemas.Diagnostic.properties).toHaveProperty('line');
  });

  it('is browsable at /docs', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('swagger');
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
  });
});
