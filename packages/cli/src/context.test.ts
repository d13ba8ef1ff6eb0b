import { describe, expect, it } from 'vitest';
import { wantsColor } from './context.ts';

const tty = { write: () => true, isTTY: true };
const pipe = { write: () => true, isTTY: false };

describe('wantsColor', () => {
  it('colours a terminal and never a pipe', () => {
    expect(wantsColor(tty, true, {})).toBe(true);
    expect(wantsColor(pipe, true, {})).toBe(false);
  });

  it('respects --no-color and NO_COLOR (https://no-color.org)', () => {
    expect(wantsColor(tty, false, {})).toBe(false);
    expect(wantsColor(tty, true, { NO_COLOR: '1' })).toBe(false);
  });

  it('FORCE_COLOR colours a pipe, unless NO_COLOR or --no-color says otherwise', () => {
    expect(wantsColor(pipe, true, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(pipe, true, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(pipe, false, { FORCE_COLOR: '1' })).toBe(false);
  });
});
