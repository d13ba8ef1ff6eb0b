import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../testing/testServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ workers: 1, maxQueue: 3 });
});
afterAll(() => server.dispose());

describe('/api/health', () => {
  it('reports the version, the job load and the catalog size', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      version: '0.1.0',
      workers: 1,
      running: 0,
      queued: 0,
      maxQueue: 3,
      catalog: 2,
    });
  });

  it('sends the API docs to visitors of /', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/docs');
  });
});
