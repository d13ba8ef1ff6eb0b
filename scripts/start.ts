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
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FLAGSHIP = 'korean-peninsula-2018';
const SCENARIO = join('catalog', `${FLAGSHIP}.yaml`);
const CLI = join(root, 'packages/cli/dist/parley.js');
const WEB = join(root, 'packages/web/dist');
const DEFAULT_PORT = 5170;

/** Newest modification time under `path` (files and folders, skipping node_modules and dist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    time = Math.max(time, newest(join(path, entry)));
  }
  return time;
}

const shared = ['model', 'engines', 'report'].map((p) => join(root, 'packages', p, 'src'));

function stale(output: string, sources: string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => newest(s) > built);
}

function run(label: string, command: string, args: string[]): void {
  process.stderr.write(`${label}…\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`npm start: ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
}

function buildCli(): void {
  const sources = [
    ...shared,
    join(root, 'packages/cli/src'),
    join(root, 'packages/cli/tsup.config.ts'),
  ];
  if (stale(CLI, sources))
    run('building the CLI (tsup)', 'npm', ['run', 'build', '--silent', '-w', '@parley/cli']);
}

function buildWeb(): void {
  const web = join(root, 'packages/web');
  const sources = [
    ...shared,
    join(web, 'src'),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
  ];
  if (stale(join(WEB, 'index.html'), sources))
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
