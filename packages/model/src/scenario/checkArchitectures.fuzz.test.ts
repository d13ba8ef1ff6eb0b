/**
 * Fuzzing the structure checks: the tracked toy with random edits to its tracks, roles, vetoes,
 * sequencing and architectures — keys dropped, ids swapped for other ids (declared or not),
 * values replaced by junk — always comes back from parseScenario as diagnostics, never an
 * exception, and a scenario that parses applies under every architecture.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { trackedInput } from './architectureFixtures.ts';
import { applyArchitecture, listArchitectures } from './architectures.ts';
import { parseScenario } from './parseScenario.ts';

const STRUCTURE_KEYS = ['tracks', 'roles', 'vetoes', 'sequencing', 'architectures'];
const WORDS = ['usa', 'dprk', 'china', 'sanctions', 'peace', 'lift', 'freeze', 'dismantle'];
const IDS = [...WORDS, 'nuclear', 'peace_talks', 'unsc', 'inclusive', 'baseline', 'nobody'];

type Node = Record<string | number, unknown>;

/** Every path below the structural keys. */
function structuralPaths(root: Node): (string | number)[][] {
  const out: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  for (const key of STRUCTURE_KEYS) if (key in root) visit(root[key], [key]);
  return out;
}

const parentOf = (root: Node, path: (string | number)[]): Node =>
  path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, root);

const junkArb = fc.oneof(
  fc.constantFrom(...IDS),
  fc.constantFrom(null, true, 3, [], {}, ['usa', 'usa'], { kind: 'linked' }),
);

describe('structure checks under random edits', () => {
  it('report problems as diagnostics and never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(3), junkArb), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const input = trackedInput() as unknown as Node;
          for (const [pick, kind, junk] of edits) {
            const paths = structuralPaths(input).filter((p) => p.length > 1);
            if (paths.length === 0) break;
            const path = paths[pick % paths.length]!;
            const parent = parentOf(input, path);
            const key = path[path.length - 1]!;
            if (kind === 0 && Array.isArray(parent)) parent.splice(Number(key), 1);
            else if (kind === 0) delete parent[key];
            else if (kind === 1 && typeof parent[key] === 'string')
              parent[key] = IDS[pick % IDS.length];
            else parent[key] = junk;
          }
          const result = parseScenario(stringify(input), { file: 'fuzz.yaml' });
          for (const d of result.diagnostics) {
            expect(d.code).toMatch(/^[a-z-]+$/);
            expect(d.message.length).toBeGreaterThan(0);
          }
          if (!result.ok) return;
          for (const a of listArchitectures(result.value))
            expect(() => applyArchitecture(result.value, a.id)).not.toThrow();
        },
      ),
      { seed: 19092005, numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });
});
