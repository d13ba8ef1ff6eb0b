/** Runs the CLI in-process with string buffers, for tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutStream } from '../context.ts';
import { run } from '../program.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function buffer(isTTY: boolean): OutStream & { text: string } {
  const stream = {
    text: '',
    isTTY,
    write(s: string) {
      stream.text += s;
      return true;
    },
  };
  return stream;
}

/** `parley …argv` in-process; no colour unless `tty` pretends the streams are terminals. */
export async function runCli(
  argv: string[],
  options: { env?: Record<string, string>; tty?: boolean } = {},
): Promise<CliResult> {
  const stdout = buffer(options.tty ?? false);
  const stderr = buffer(options.tty ?? false);
  const code = await run(argv, { stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Writes files into a fresh temporary directory and returns their paths by name. */
export function tempFiles(files: Record<string, string>): Record<string, string> & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], text);
  }
  return Object.assign(paths, { dir });
}
