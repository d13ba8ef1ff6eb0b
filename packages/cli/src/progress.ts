/**
 * Progress for long runs, on stderr: one updating line on a terminal, a line every few seconds
 * otherwise (logs stay readable), nothing with --quiet. Short runs print nothing at all.
 */
import type { Ctx } from './context.ts';

/** Runs shorter than this show no progress. */
const SHOW_AFTER_MS = 500;
/** How often a non-terminal gets a progress line. */
const LOG_EVERY_MS = 5000;
/** A terminal line is redrawn at most this often. */
const REDRAW_MS = 100;

export interface ProgressReporter {
  /** Reports the fraction (0 … 1) done of the named phase. */
  update(phase: string, fraction: number): void;
  /**
   * Count mode, for open-ended work with no known total: prints the counts as they stand
   * (`count('enummixed', [[12, 'equilibria found'], [3400, 'bases visited']])` shows
   * "enummixed… 12 equilibria found, 3,400 bases visited").
   */
  count(phase: string, counts: readonly (readonly [number, string])[]): void;
  /** Clears the progress line. */
  done(): void;
}

export function progressReporter(ctx: Ctx, clock: () => number = Date.now): ProgressReporter {
  if (ctx.quiet) return { update() {}, count() {}, done() {} };
  const tty = ctx.io.stderr.isTTY === true;
  const start = clock();
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const show = (line: () => string): void => {
    const now = clock();
    if (now - start < SHOW_AFTER_MS || now - last < (tty ? REDRAW_MS : LOG_EVERY_MS)) return;
    last = now;
    if (tty) {
      ctx.err(`\r\u001b[2K${line()}`);
      drawn = true;
    } else ctx.err(`${line()}\n`);
  };
  return {
    update(phase, fraction) {
      show(() => `${phase}… ${Math.floor(100 * Math.min(1, Math.max(0, fraction)))}%`);
    },
    count(phase, counts) {
      show(
        () =>
          `${phase}… ${counts.map(([n, what]) => `${n.toLocaleString('en-US')} ${what}`).join(', ')}`,
      );
    },
    done() {
      if (drawn) ctx.err('\r\u001b[2K');
      drawn = false;
    },
  };
}
