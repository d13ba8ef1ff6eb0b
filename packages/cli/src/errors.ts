/**
 * How a command fails. Commands throw these; `run` turns them into messages and exit codes:
 * a UsageError (bad flag value, exit 2) or an InputError (diagnostics about a file, exit 1).
 * Anything else is a bug in Parley (exit 3).
 */
import type { Diagnostic } from '@parley/model';

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/** A command-line argument or flag value that cannot be used. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** What to type instead, e.g. "concepts are nash, gmr, smr, seq, sim". */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Problems in an input file, already collected as diagnostics. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly diagnostics: Diagnostic[],
    /** The file the diagnostics are about, for the summary line. */
    readonly file?: string,
  ) {
    super(`${diagnostics.length} problem(s) in ${file ?? 'the input'}`);
  }
}
