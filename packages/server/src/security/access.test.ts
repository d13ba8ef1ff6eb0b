import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, resolveOptions } from '../options.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';
import { isLoopbackAddress } from './loopback.ts';
import { tokenMatches } from './access.ts';

const TOKEN = 'correct-horse-battery-staple';

describe('binding and tokens', () => {
  it('binds 127.0.0.1 by default and refuses another address without a token', () => {
    expect(resolveOptions({ dataDir: 'd' }).host).toBe('127.0.0.1');
    expect(() => resolveOptions({ dataDir: 'd', host: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => resolveOptions({ dataDir: 'd', host: '192.168.1.5', token: 'short' })).toThrow(
      /16 characters/,
    );
    expect(resolveOptions({ dataDir: 'd', host: '0.0.0.0', token: TOKEN }).token).toBe(TOKEN);
  });

  it('knows the loopback addresses', () => {
    expect(['127.0.0.1', '127.8.0.1', '::1', '[::1]', 'localhost'].every(isLoopbackAddress)).toBe(
      true,
    );
    expect(
      ['0.0.0.0', '10.0.0.1', '::', 'example.com', '127.0.0.1.evil.com'].some(isLoopbackAddress),
    ).toBe(false);
  });

  it('accepts only the exact bearer token', () => {
    expect(tokenMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(tokenMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(tokenMatches(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokenMatches(TOKEN, TOKEN)).toBe(false);
    expect(tokenMatches(undefined, TOKEN)).toBe(false);
  });
});

describe('a server with a token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer({ token: TOKEN });
  });
  afterAll(() => server.dispose());
  const get = (url: string, authorization?: string) =>
    server.app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });

  it('answers 401 with a Bearer challenge to requests without the token', async () => {
    const res = await get('/api/scenarios');
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="parley"');
    expect((await get('/api/scenarios', 'Bearer wrong-token-of-some-length')).statusCode).toBe(401);
    expect((await get('/openapi.json')).statusCode).toBe(401);
    expect((await get('/docs')).statusCode).toBe(401);
  });

  it('serves requests that carry it, and leaves the health probe open', async () => {
    expect((await get('/api/scenarios', `Bearer ${TOKEN}`)).statusCode).toBe(200);
    expect(
      (await get('/openapi.json', `Bearer ${TOKEN}`)).json().components.securitySchemes.bearer
        .scheme,
    ).toBe('bearer');
    expect((await get('/api/health')).statusCode).toBe(200);
  });
});

describe('a loopback server without a token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.dispose());
  const get = (host: string) =>
    server.app.inject({ method: 'GET', url: '/api/scenarios', headers: { host } });

  it('serves requests addressed to a loopback name', async () => {
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'localhost']) {
      expect((await get(host)).statusCode).toBe(200);
    }
  });

  it('refuses requests addressed to another name (DNS rebinding)', async () => {
    const res = await get('attacker.example:8080');
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('bad-host');
  });

  it('sends a strict Content-Security-Policy and no-sniff on API responses', async () => {
    const res = await get('localhost');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('limits request bodies', async () => {
    const small = await testServer({ bodyLimit: 2048 });
    try {
      const res = await small.app.inject({
        method: 'POST',
        url: '/api/validate',
        payload: { text: 'x'.repeat(5000) },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toBe('body-too-large');
    } finally {
      await small.dispose();
    }
  });
});
