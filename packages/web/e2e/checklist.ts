/**
 * The workbench test's checks: each one prints a line (✓ or ✗, what it checked, how long it
 * took) and counts toward the final verdict. A failed check does not stop the run unless the
 * steps after it depend on it (`step`).
 */
export class Checklist {
  passed = 0;
  failures: string[] = [];

  /** Runs a check; a thrown error or a false/string result is a failure. Never throws. */
  async check(name: string, body: () => Promise<void | string | boolean>): Promise<boolean> {
    const started = performance.now();
    let problem: string | null = null;
    try {
      const result = await body();
      if (result === false) problem = 'failed';
      else if (typeof result === 'string') problem = result;
    } catch (error) {
      problem = (error as Error).message.split('\n').slice(0, 6).join('\n    ');
    }
    const ms = Math.round(performance.now() - started);
    if (problem === null) {
      this.passed++;
      console.log(`✓ ${name} (${ms} ms)`);
      return true;
    }
    this.failures.push(`${name}: ${problem}`);
    console.log(`✗ ${name} (${ms} ms)\n    ${problem}`);
    return false;
  }

  /** A check the rest of the run needs: its failure stops the run. */
  async step(name: string, body: () => Promise<void | string | boolean>): Promise<void> {
    if (!(await this.check(name, body))) throw new StepFailed(name);
  }

  /** Fails with both values when they differ (compared as JSON). */
  static same(what: string, actual: unknown, expected: unknown): string | true {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    return a === e ? true : `${what}:\n      shown    ${clip(a)}\n      expected ${clip(e)}`;
  }
}

export class StepFailed extends Error {
  constructor(step: string) {
    super(`stopped after "${step}" failed`);
    this.name = 'StepFailed';
  }
}

const clip = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}…` : s);
