/** How wide terminal text may be: the terminal's width on a TTY (within limits), else 100. */
import type { OutStream } from './context.ts';
import { UsageError } from './errors.ts';

export const DEFAULT_WIDTH = 100;

export function textWidth(stream: OutStream, flag?: string): number {
  if (flag !== undefined) {
    const w = Number(flag);
    if (!Number.isInteger(w) || w < 40 || w > 400) {
      throw new UsageError(
        `bad width "${flag}"`,
        'the width is a number of columns from 40 to 400',
      );
    }
    return w;
  }
  if (stream.isTTY === true && stream.columns !== undefined && stream.columns > 0) {
    return Math.max(60, Math.min(120, stream.columns));
  }
  return DEFAULT_WIDTH;
}
