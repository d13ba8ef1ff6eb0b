/**
 * Parsed scenarios by key (`sc_x@3`, `catalog:chicken`), least recently used first out.
 * Parsing the flagship takes ~100–250 ms; analyses of a saved version reuse the parse.
 */
import type { Scenario } from '@parley/model';

export class ParseCache {
  private readonly entries = new Map<string, Scenario>();

  constructor(private readonly capacity = 32) {}

  get(key: string): Scenario | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, scenario: Scenario): void {
    this.entries.delete(key);
    this.entries.set(key, scenario);
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }

  /** Forgets every version of a scenario (after a delete). */
  forget(prefix: string): void {
    for (const key of [...this.entries.keys()])
      if (key.startsWith(prefix)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
