import { describe, expect, it } from 'vitest';
import { makeCtx } from './context.ts';
import { progressReporter } from './progress.ts';

function setup(isTTY: boolean, quiet = false) {
  let stderr = '';
  let now = 0;
  const ctx = makeCtx(
    { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s), isTTY } },
    { quiet },
  );
  const progress = progressReporter(ctx, () => now);
  return { progress, tick: (ms: number) => (now += ms), stderr: () => stderr };
}

describe('progressReporter', () => {
  it('prints nothing for a run shorter than half a second', () => {
    const { progress, tick, stderr } = setup(true);
    tick(100);
    progress.update('analysing', 0.5);
    progress.done();
    expect(stderr()).toBe('');
  });

  it('redraws one line on a terminal and clears it when done', () => {
    const { progress, tick, stderr } = setup(true);
    tick(600);
    progress.update('analysing', 0.25);
    tick(200);
    progress.update('analysing', 0.5);
    progress.done();
    expect(stderr()).toBe('\r\u001b[2Kanalysing… 25%\r\u001b[2Kanalysing… 50%\r\u001b[2K');
  });

  it('prints a plain line every few seconds when stderr is not a terminal', () => {
    const { progress, tick, stderr } = setup(false);
    tick(600);
    progress.update('analysing', 0.1);
    tick(1000);
    progress.update('analysing', 0.2);
    tick(5000);
    progress.update('analysing', 0.9);
    progress.done();
    expect(stderr()).toBe('analysing… 10%\nanalysing… 90%\n');
  });

  it('is silent with --quiet', () => {
    const { progress, tick, stderr } = setup(true, true);
    tick(10_000);
    progress.update('analysing', 0.5);
    expect(stderr()).toBe('');
  });

  it('counts open-ended work instead of a percentage, with thousands separators', () => {
    const { progress, tick, stderr } = setup(false);
    tick(600);
    progress.count('enummixed', [
      [12, 'equilibria found'],
      [3400, 'bases visited'],
    ]);
    expect(stderr()).toBe('enummixed… 12 equilibria found, 3,400 bases visited\n');
  });

  it('shares the redraw limit between counts and percentages, and is silent with --quiet', () => {
    const { progress, tick, stderr } = setup(true);
    tick(600);
    progress.count('solving', [[1, 'path']]);
    tick(50);
    progress.update('solving', 0.5);
    expect(stderr()).toBe('\r\u001b[2Ksolving… 1 path');
    const quiet = setup(true, true);
    quiet.tick(10_000);
    quiet.progress.count('solving', [[1, 'path']]);
    expect(quiet.stderr()).toBe('');
  });
});
