/**
 * A server on a fresh temporary data directory, with a small catalog of its own, for tests.
 * `inject` sends a request without a socket (Fastify's light-my-request).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ParleyServer } from '../createServer.ts';
import type { ServerOptions } from '../options.ts';
import { HARBOUR_YAML, PD_YAML } from './fixtures.ts';

export interface TestServer extends ParleyServer {
  dir: string;
  /** Closes the server and removes its directory. */
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'parley-server-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A catalog directory holding the Prisoner's Dilemma and the harbour scenario. */
export function testCatalog(dir: string): string {
  const catalog = join(dir, 'catalog');
  mkdirSync(catalog, { recursive: true });
  writeFileSync(join(catalog, 'prisoners-dilemma.yaml'), PD_YAML);
  writeFileSync(join(catalog, 'harbour.yaml'), HARBOUR_YAML);
  return catalog;
}

export async function testServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = tempDir();
  const server = await createServer({
    dataDir: join(dir, 'data'),
    catalogDir: testCatalog(dir),
    port: 0,
    workers: 1,
    maxQueue: 8,
    ...options,
  });
  return {
    ...server,
    dir,
    async dispose() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
