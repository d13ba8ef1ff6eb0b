/**
 * What a command runs against: output streams, environment and the global flags. `run` takes
 * these as arguments so tests drive the CLI in-process with string buffers.
 */

/** A writable text stream; `process.stdout` satisfies it, and so does a test buffer. */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  env?: Record<string, string | undefined>;
}

/** The global flags plus the streams, as every command sees them. */
export interface Ctx {
  io: CliIo;
  env: Record<string, string | undefined>;
  /** Colour on stdout. */
  color: boolean;
  /** Colour on stderr. */
  colorErr: boolean;
  /** No progress output. */
  quiet: boolean;
  out(text: string): void;
  err(text: string): void;
}

/**
 * Colour only on a terminal, never with `--no-color` or NO_COLOR (https://no-color.org);
 * FORCE_COLOR turns it on anywhere (useful in CI logs).
 */
export function wantsColor(
  stream: OutStream,
  flag: boolean,
  env: Record<string, string | undefined>,
): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export function makeCtx(io: CliIo, flags: { color?: boolean; quiet?: boolean }): Ctx {
  const env = io.env ?? {};
  const color = flags.color !== false;
  return {
    io,
    env,
    color: wantsColor(io.stdout, color, env),
    colorErr: wantsColor(io.stderr, color, env),
    quiet: flags.quiet === true,
    out: (text) => io.stdout.write(text),
    err: (text) => io.stderr.write(text),
  };
}
