/**
 * Fuzzing importGmcr (fixed seeds, each property time-boxed): random JSON, and valid files
 * mutated character by character or node by node. Only diagnostics may come out — no
 * exception — and whenever the import succeeds, the scenario passes parseScenario's validation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Diagnostic } from '../../diagnostic.ts';
import { parseScenario } from '../../scenario/parseScenario.ts';
import { importGmcr } from './importGmcr.ts';

/** Seed files (written for these tests): statements, a manual ranking, misperceptions, coalitions. */
const SEEDS: unknown[] = [
  {
    decisionMakers: [
      {
        name: 'Driver 1',
        options: [0],
        preferences: [{ compound: true, members: [[[0, 'Y']], [[1, 'Y']]] }, [[1, 'Y']]],
        misperceptions: [],
      },
      {
        name: 'Driver 2',
        options: [1],
        preferences: [[[0, 'Y']], [[1, 'N']]],
        misperceptions: [
          [
            [0, 'Y'],
            [1, 'Y'],
          ],
        ],
      },
    ],
    coalitions: [0, 1],
    options: [
      { name: 'Driver 1 swerves', permittedDirection: 'both' },
      { name: 'Driver 2 swerves', permittedDirection: 'fwd' },
    ],
    infeasibles: [],
    useManualPreferenceRanking: false,
    program: 'gmcr-py',
    version: '0.4.1',
  },
  {
    options: [
      { name: 'a1', permittedDirection: 'fwd' },
      { name: 'b1', permittedDirection: 'back' },
      { name: 'a2', permittedDirection: 'both' },
      { name: 'c1', permittedDirection: 'both' },
    ],
    decisionMakers: [
      {
        name: 'A',
        options: [0, 2],
        preferences: [],
        preferenceRanking: [2, 3, 1, [4, 5], 6, 7, 8, [9, 10, 11, 12]],
      },
      {
        name: 'B',
        options: [1],
        preferences: [],
        preferenceVector: [[12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]],
      },
      {
        name: 'C',
        options: [3],
        preferences: [],
        preferenceRanking: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      },
    ],
    infeasibles: [
      [
        [0, 'Y'],
        [2, 'Y'],
      ],
    ],
    coalitions: [[0, 2], 1],
    useManualPreferenceRanking: true,
  },
];

function expectOnlyDiagnostics(text: string): boolean {
  let result;
  try {
    result = importGmcr(text, { file: 'fuzz.gmcr' });
  } catch (error) {
    throw new Error(`importGmcr threw on ${JSON.stringify(text)}`, { cause: error });
  }
  result.diagnostics.forEach(checkDiagnostic);
  if (!result.ok) {
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    return true;
  }
  const reparsed = parseScenario(stringify(result.value), { file: 'imported.yaml' });
  if (!reparsed.ok)
    throw new Error(`${text}\n→ invalid scenario: ${JSON.stringify(reparsed.diagnostics)}`);
  return true;
}

function checkDiagnostic(d: Diagnostic): void {
  expect(typeof d.code).toBe('string');
  expect(d.message.length).toBeGreaterThan(0);
  expect(d.file).toBe('fuzz.gmcr');
  if (d.line !== undefined) expect(d.line >= 1 && (d.col ?? 0) >= 1).toBe(true);
}

/** Applies node-level edits to a parsed seed: replace or delete the k-th node. */
function mutate(value: unknown, edits: [number, unknown, boolean][]): unknown {
  const root = { root: structuredClone(value) };
  for (const [k, replacement, remove] of edits) {
    const slots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (parent: Record<string, unknown> | unknown[]) => {
      for (const key of Array.isArray(parent) ? parent.keys() : Object.keys(parent)) {
        slots.push([parent, key]);
        const child = (parent as Record<string | number, unknown>)[key];
        if (child !== null && typeof child === 'object') walk(child as Record<string, unknown>);
      }
    };
    walk(root);
    if (slots.length === 0) break;
    const [parent, key] = slots[k % slots.length] as (typeof slots)[number];
    if (remove && Array.isArray(parent)) parent.splice(key as number, 1);
    else if (remove) delete (parent as Record<string, unknown>)[key];
    else (parent as Record<string | number, unknown>)[key] = replacement;
  }
  return root.root;
}

const TIME = { interruptAfterTimeLimit: 2500, markInterruptAsFailure: false };

describe('importGmcr fuzz: only diagnostics come out', () => {
  it('on random JSON text', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), expectOnlyDiagnostics), {
      seed: 1,
      numRuns: 2000,
      ...TIME,
    });
  });

  it('on valid files with random node replacements and deletions', () => {
    const edit = fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean());
    const arb = fc.tuple(fc.constantFrom(...SEEDS), fc.array(edit, { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(arb, ([seed, edits]) =>
        expectOnlyDiagnostics(JSON.stringify(mutate(seed, edits)) ?? 'null'),
      ),
      { seed: 2, numRuns: 3000, ...TIME },
    );
  });

  it('on valid files with random character edits', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }));
    const arb = fc.tuple(fc.constantFrom(...SEEDS), fc.array(edit, { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(arb, ([seed, edits]) => {
        let text = JSON.stringify(seed, null, 1);
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        return expectOnlyDiagnostics(text);
      }),
      { seed: 3, numRuns: 3000, ...TIME },
    );
  });
});
