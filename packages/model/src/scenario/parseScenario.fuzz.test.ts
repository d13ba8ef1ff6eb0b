/**
 * Fuzzing parseScenario: random text, random JSON/YAML values, structurally mutated valid
 * scenarios and text-level edits of a valid file must all come back as a Parsed result —
 * never an exception or a hang — whose error diagnostics each have a code, a message and a
 * path, and whose line:col (when present) lies inside the text. Seeds are fixed so CI is
 * deterministic; each property is time-boxed so the suite stays well under 30 s.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { TOY_YAML, toyInput } from '../testing/fixtures.ts';
import { parseScenario } from './parseScenario.ts';

const TIME_LIMIT_MS = 3_000;
const run = (seed: number) => ({ seed, numRuns: 5_000, interruptAfterTimeLimit: TIME_LIMIT_MS });

function checkResult(text: string): void {
  const result = parseScenario(text, { file: 'fuzz.yaml' });
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of result.diagnostics) {
    expect(d.code).toMatch(/^[a-z-]+$/);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.message.length).toBeGreaterThan(0);
    expect(typeof d.path).toBe('string');
    expect(d.file).toBe('fuzz.yaml');
    if (d.line !== undefined) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines.length);
      expect(d.col).toBeGreaterThanOrEqual(1);
      expect(d.col).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    }
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(result.ok).toBe(errors.length === 0);
  if (result.ok) expect(result.value.parley).toBe(1);
}

/** Every path to a value inside `value`. */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsIn(v, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsIn(v, [...path, k]));
  }
  return out;
}

type Container = Record<string | number, unknown>;
const parentOf = (root: unknown, path: (string | number)[]): Container =>
  path.slice(0, -1).reduce<Container>((node, key) => node[key] as Container, root as Container);

type Mutation = (root: unknown, path: (string | number)[], junk: unknown, word: string) => void;

const MUTATIONS: Mutation[] = [
  // drop the key or list item
  (root, path) => {
    const parent = parentOf(root, path);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  // change the value's type
  (root, path, junk) => {
    parentOf(root, path)[path[path.length - 1]!] = junk;
  },
  // rename the key (a typo or an unrelated word)
  (root, path, _junk, word) => {
    const parent = parentOf(root, path);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) return;
    parent[word] = parent[key];
    delete parent[key];
  },
  // replace a string (an id, a reference, a statement) with another word
  (root, path, _junk, word) => {
    const parent = parentOf(root, path);
    const key = path[path.length - 1]!;
    if (typeof parent[key] === 'string') parent[key] = word;
  },
];

const word = fc.oneof(
  fc.constantFrom(
    'usa',
    'dprk',
    'oped',
    'lift',
    'freeze & !lift',
    'YNY',
    'if',
    'capabilty',
    '1x',
    '',
  ),
  fc.string({ maxLength: 8 }),
);

const mutatedToy = fc
  .array(fc.tuple(fc.nat(), fc.nat(MUTATIONS.length - 1), fc.jsonValue({ maxDepth: 2 }), word), {
    minLength: 1,
    maxLength: 4,
  })
  .map((edits) => {
    const root = toyInput() as unknown;
    for (const [pick, mutation, junk, w] of edits) {
      const paths = pathsIn(root).filter((p) => p.length > 0);
      if (paths.length === 0) break;
      MUTATIONS[mutation]!(root, paths[pick % paths.length]!, junk, w);
    }
    return root;
  });

const serialize = (value: unknown, asJson: boolean): string =>
  asJson ? JSON.stringify(value, null, 2) : stringify(value);

describe('parseScenario fuzz', () => {
  it('returns diagnostics, never throws, for arbitrary text (seed 101)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkResult), run(101));
  });

  it('handles text made of YAML punctuation (seed 102)', () => {
    const yamlish = fc
      .array(
        fc.constantFrom(
          'a',
          ':',
          ' ',
          '\n',
          '- ',
          '[',
          ']',
          '{',
          '}',
          ',',
          '"',
          "'",
          '&x',
          '*x',
          '!',
          '#',
          '?',
          '|',
          '>',
          '\t',
          '---',
          '1',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(fc.property(yamlish, checkResult), run(102));
  });

  it('handles arbitrary JSON values written as JSON or YAML (seed 103)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, asJson) =>
        checkResult(serialize(value, asJson)),
      ),
      run(103),
    );
  });

  it('handles valid scenarios with keys dropped, renamed, retyped and references broken (seed 104)', () => {
    fc.assert(
      fc.property(mutatedToy, fc.boolean(), (value, asJson) =>
        checkResult(serialize(value, asJson)),
      ),
      run(104),
    );
  });

  it('handles text edits of a valid file: deletions, insertions, duplicated lines (seed 105)', () => {
    const edit = fc.tuple(fc.nat(TOY_YAML.length), fc.nat(20), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = TOY_YAML;
        for (const [at, removed, inserted] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + inserted + text.slice(i + removed);
        }
        checkResult(text);
      }),
      run(105),
    );
  });

  it('refuses, quickly, documents built to exhaust the parser', () => {
    const started = performance.now();
    const hostile = [
      '['.repeat(20_000) + ']'.repeat(20_000),
      '? '.repeat(300) + 'a',
      Array.from({ length: 500 }, (_, i) => ' '.repeat(i) + 'a:').join('\n'),
      'a: &a [' + '*a, '.repeat(1000) + ']',
      `parley: 1\nid: x\ntitle: t\nasOf: "2018"\nactors: [{id: a, name: A}]\npreferences: {a: {statements: ["${'('.repeat(5000)}"]}}\n`,
    ];
    for (const text of hostile) checkResult(text);
    expect(parseScenario(hostile[0]!).diagnostics[0]!.code).toBe('too-deep');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
