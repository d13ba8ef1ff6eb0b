import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, testServer, type TestServer } from '../testing/testServer.ts';
import { resolveUnder, safeSegments } from './staticFiles.ts';

describe('resolving request paths under the web root', () => {
  it('keeps ordinary paths', () => {
    expect(resolveUnder('/srv/web', '/assets/app.js')).toBe('/srv/web/assets/app.js');
    expect(resolveUnder('/srv/web', '/')).toBe('/srv/web');
    expect(safeSegments('/a%20b/c.txt')).toEqual(['a b', 'c.txt']);
  });

  it('refuses every form of traversal, hidden files, NUL and bad encodings', () => {
    for (const path of [
      '/../etc/passwd',
      '/a/../../etc/passwd',
      '/%2e%2e/etc/passwd',
      '/%2E%2E%2Fetc%2Fpasswd',
      '/..%2f..%2fetc/passwd',
      '/..%5c..%5cwindows',
      '/.env',
      '/a/.git/config',
      '/x%00.html',
      '/%E0%A4%A',
      '/C:/windows',
    ]) {
      expect(resolveUnder('/srv/web', path), path).toBeUndefined();
    }
  });
});

describe('serving the web app', () => {
  const outside = tempDir('parley-outside-');
  const web = join(tempDir('parley-web-'), 'web');
  let server: TestServer;
  beforeAll(async () => {
    writeFileSync(join(outside, 'secret.txt'), 'top secret');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Parley</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(web, '.env'), 'TOKEN=x');
    symlinkSync(outside, join(web, 'escape'));
    server = await testServer({ webDir: web });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(outside, { recursive: true, force: true });
    rmSync(dirname(web), { recursive: true, force: true });
  });
  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it('serves files with their type and the CSP, and index.html for app routes', async () => {
    const js = await get('/assets/app.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log(1)');
    const page = await get('/');
    expect(page.body).toContain('<title>Parley</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await get('/scenarios/sc_1/edit')).body).toContain('<title>Parley</title>');
  });

  it('never serves anything outside the root', async () => {
    for (const url of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/.env',
      '/escape/secret.txt',
      '/%00',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('top secret');
      expect(res.body, url).not.toContain('TOKEN');
    }
  });

  it('answers 404 for missing files, and JSON 404 for unknown API paths', async () => {
    expect((await get('/assets/missing.js')).statusCode).toBe(404);
    const api = await get('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json().error).toBe('not-found');
  });
});
