/**
 * ANSI styling for terminal output. Written out rather than imported so the report package
 * stays free of Node-specific dependencies; the caller decides whether colour is on.
 */
import type { Tone } from '../layout/blocks.ts';

const CODES: Record<Exclude<Tone, 'plain'>, [number, number]> = {
  strong: [1, 22],
  muted: [2, 22],
  yes: [32, 39],
  no: [2, 22],
  good: [32, 39],
  bad: [31, 39],
  accent: [36, 39],
};

export type Styler = (text: string, tone: Tone) => string;

/** A styler that adds ANSI codes, or leaves text untouched when colour is off. */
export function styler(color: boolean): Styler {
  if (!color) return (text) => text;
  return (text, tone) => {
    if (tone === 'plain' || text === '') return text;
    const [open, close] = CODES[tone];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

/** Removes ANSI escape sequences (for measuring and tests). */
// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
