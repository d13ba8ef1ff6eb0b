#!/usr/bin/env node
/**
 * `parley-server`: starts the HTTP server.
 *
 *     parley-server --data ./data --port 8080
 *     PARLEY_TOKEN=… parley-server --host 0.0.0.0 --port 8080
 *
 * Exit codes: 0 after a clean shutdown (SIGINT/SIGTERM), 2 for bad settings, 3 for anything else.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from './createServer.ts';
import { MigrationError } from './db/openDatabase.ts';
import { ConfigError, type ServerOptions } from './options.ts';

const HELP = `Usage: parley-server [options]

  --data DIR          database directory (default ./data, or PARLEY_DATA)
  --port N            port (default 8080; 0 = any free port)
  --host ADDR         address to bind (default 127.0.0.1; others need a token)
  --token TOKEN       access token (better: the PARLEY_TOKEN environment variable)
  --catalog DIR       built-in scenarios (default: the catalog/ of this checkout)
  --web DIR           web app files to serve at /
  --workers N         worker threads for analyses (default CPU count - 1, at most 4)
  --max-queue N       runs that may wait beyond the running ones (default 32)
  --job-timeout S     time limit of one run in seconds (default 600)
  --quiet             log warnings and errors only
  -h, --help          this text

API: http://HOST:PORT/docs (Swagger UI), /openapi.json; guide in docs/api.md.`;

const defaultCatalog = () => fileURLToPath(new URL('../../../catalog', import.meta.url));

function whole(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new ConfigError(`--${name} takes a whole number, not "${text}"`);
  return Number(text);
}

export function optionsFromArgs(argv: string[], env: NodeJS.ProcessEnv): ServerOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      catalog: { type: 'string' },
      web: { type: 'string' },
      workers: { type: 'string' },
      'max-queue': { type: 'string' },
      'job-timeout': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const timeout = whole('job-timeout', values['job-timeout']);
  const token = values.token ?? env.PARLEY_TOKEN;
  const options: ServerOptions = {
    dataDir: values.data ?? env.PARLEY_DATA ?? 'data',
    catalogDir: values.catalog ?? defaultCatalog(),
    logger: { level: values.quiet ? 'warn' : 'info' },
  };
  const port = whole('port', values.port);
  const workers = whole('workers', values.workers);
  const maxQueue = whole('max-queue', values['max-queue']);
  if (port !== undefined) options.port = port;
  if (workers !== undefined) options.workers = workers;
  if (maxQueue !== undefined) options.maxQueue = maxQueue;
  if (timeout !== undefined) options.jobTimeoutMs = timeout * 1000;
  if (values.host !== undefined) options.host = values.host;
  if (values.web !== undefined) options.webDir = values.web;
  if (token !== undefined && token !== '') options.token = token;
  return options;
}

async function main(): Promise<number> {
  let options;
  try {
    options = optionsFromArgs(process.argv.slice(2), process.env);
  } catch (e) {
    process.stderr.write(`parley-server: ${(e as Error).message}\nhint: parley-server --help\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let server;
  try {
    server = await createServer(options);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof MigrationError) {
      process.stderr.write(`parley-server: ${e.message}\n`);
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (
      code === 'EACCES' ||
      code === 'ENOTDIR' ||
      code === 'SQLITE_CANTOPEN' ||
      code === 'SQLITE_NOTADB'
    ) {
      process.stderr.write(
        `parley-server: cannot open the database in ${options.dataDir}: ${(e as Error).message}\n`,
      );
      return 2;
    }
    throw e;
  }
  const url = await server.listen();
  process.stderr.write(`parley server listening on ${url} (API docs: ${url}/docs)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `parley-server: internal error: ${(error as Error).stack ?? String(error)}\n`,
      );
      process.exit(3);
    },
  );
}
