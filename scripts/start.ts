/**
 * `npm start`: builds what is missing or stale, prints the short summary of the flagship
 * scenario, then serves the workbench (API + web app) on 127.0.0.1 until Ctrl-C.
 *
 *     npm start                      # summary + workbench at http://127.0.0.1:5170/#/s/…
 *     PARLEY_PORT=8000 npm start     # another port (a taken port falls back to a free one)
 *     npm start -- --no-serve        # only the full terminal report, no server, no browser
 *
 * Builds run only when an output is older than its newest source, so a second start is quick.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cliSources, repoRoot, stale, webSources } from './staleness.ts';

const root = repoRoot;
const FLAGSHIP = 'korean-peninsula-2018';
const SCENARIO = join('catalog', `${FLAGSHIP}.yaml`);
const CLI = join(root, 'packages/cli/dist/parley.js');
const WEB = join(root, 'packages/web/dist');
const DEFAULT_PORT = 5170;

function run(label: string, command: string, args: string[]): void {
  process.stderr.write(`${label}…\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`npm start: ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
}

function buildCli(): void {
  if (stale(CLI, cliSources()))
    run('building the CLI (tsup)', 'npm', ['run', 'build', '--silent', '-w', '@parley/cli']);
}

function buildWeb(): void {
  if (stale(join(WEB, 'index.html'), webSources()))
    run('building the web app (vite)', 'npm', ['run', 'build', '--silent', '-w', '@parley/web']);
}

function cli(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** True when nothing listens on 127.0.0.1:port. */
function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  const text = process.env.PARLEY_PORT;
  const wanted = text !== undefined && /^\d+$/.test(text) ? Number(text) : DEFAULT_PORT;
  if (wanted === 0 || (await free(wanted))) return wanted;
  process.stderr.write(`port ${wanted} is taken; using a free port instead\n`);
  return 0;
}

/** Starts the server from source and resolves with its URL once it listens. */
async function serve(port: number): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'packages/server/src/main.ts'),
      ...['--host', '127.0.0.1', '--port', String(port), '--quiet'],
      ...['--data', join(root, '.parley/data'), '--web', WEB],
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] },
  );
  let seen = '';
  let url: string | undefined;
  child.stderr!.on('data', (chunk: Buffer) => {
    if (url !== undefined) return void process.stderr.write(chunk);
    seen += chunk.toString();
    const match = /listening on (http:\/\/\S+)/.exec(seen);
    if (!match) return;
    url = match[1]!.replace(/\/$/, '');
    const hash = `#/s/${encodeURIComponent(`catalog:${FLAGSHIP}`)}/edit`;
    process.stdout.write(`\nParley workbench: ${url}/${hash}\n`);
    process.stdout.write(`API docs: ${url}/docs · stop with Ctrl-C\n`);
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 0)));
  if (url === undefined) process.stderr.write(seen);
  process.exitCode = code;
}

async function main(): Promise<void> {
  const noServe = process.argv.slice(2).includes('--no-serve');
  buildCli();
  if (noServe) return cli(['report', SCENARIO]);
  buildWeb();
  cli(['report', SCENARIO, '--summary']);
  await serve(await choosePort());
}

await main();
