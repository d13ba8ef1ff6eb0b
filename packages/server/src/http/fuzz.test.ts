/**
 * Fuzzing the HTTP API (fast-check as a time-boxed fuzzer, fixed seed so failures replay):
 * whatever the body, the server answers with JSON — a 4xx with diagnostics when it is wrong —
 * and never a 500. Scenario texts are the fixtures with random edits; other bodies are arbitrary
 * JSON values and strings.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_YAML, PD_GMCR, PD_YAML, PENNIES_NFG } from '../testing/fixtures.ts';
import { testServer, type TestServer } from '../testing/testServer.ts';
import { VIEW_KINDS } from '../jobs/viewParams.ts';

const SEED = 20_181_009;
/** Per property, ms; `PARLEY_FUZZ_MS=60000` makes a long run that reports its request counts. */
const TIME_LIMIT = Number(process.env.PARLEY_FUZZ_MS ?? 1000);
const report = (name: string, n: number) => {
  if (process.env.PARLEY_FUZZ_MS)
    process.stderr.write(`fuzz: ${name}: ${n} requests, none answered 500\n`);
};

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ workers: 1, maxQueue: 1000 });
});
afterAll(() => server.dispose());

/** A text with up to 6 random edits: deletions, insertions of YAML-significant characters, swaps. */
const mutated = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: text.length }),
        kind: fc.constantFrom('delete', 'insert', 'swap'),
        chars: fc.oneof(
          fc.constantFrom(
            ':',
            '-',
            ' ',
            '\n',
            '{',
            '[',
            '"',
            "'",
            '&a',
            '*a',
            '!',
            '#',
            '\t',
            '%',
            '|',
          ),
          fc.string({ maxLength: 4 }),
        ),
      }),
      { maxLength: 6 },
    )
    .map((edits) =>
      edits.reduce((t, e) => {
        const at = Math.min(e.at, t.length);
        if (e.kind === 'delete') return t.slice(0, at) + t.slice(at + 1 + e.chars.length);
        if (e.kind === 'insert') return t.slice(0, at) + e.chars + t.slice(at);
        return t.slice(0, at) + e.chars + t.slice(at + e.chars.length);
      }, text),
    );

/** Requests sent, so each property can show it really ran. */
let sent = 0;

async function answer(method: 'POST' | 'PUT', url: string, payload: unknown, raw = false) {
  sent += 1;
  const res = await server.app.inject({
    method,
    url,
    ...(raw
      ? { body: payload as string, headers: { 'content-type': 'application/json' } }
      : { payload: payload as object }),
  });
  if (res.statusCode >= 500 && !(res.statusCode === 503 && res.json().error === 'queue-full')) {
    throw new Error(
      `${method} ${url} → ${res.statusCode} ${res.body.slice(0, 300)} for ${JSON.stringify(payload).slice(0, 300)}`,
    );
  }
  expect(typeof res.json()).toBe('object');
  return res;
}

const options = { seed: SEED, numRuns: 100_000, interruptAfterTimeLimit: TIME_LIMIT };

describe('fuzzed requests never get a 500', () => {
  it('arbitrary JSON bodies on every write route', async () => {
    const saved = (await answer('POST', '/api/scenarios', { text: PD_YAML })).json().id as string;
    const routes: ['POST' | 'PUT', string][] = [
      ['POST', '/api/scenarios'],
      ['PUT', `/api/scenarios/${saved}`],
      ['POST', '/api/validate'],
      ['POST', '/api/import'],
      ['POST', '/api/runs'],
      ['POST', `/api/scenarios/${saved}/copy`],
    ];
    const before = sent;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async ([method, url], body) => {
        await answer(method, url, body);
      }),
      options,
    );
    expect(sent - before).toBeGreaterThan(20);
    report('arbitrary JSON', sent - before);
  });

  it('request-shaped bodies with wrong values', async () => {
    const body = fc.record(
      {
        engine: fc.oneof(
          fc.constantFrom('gmcr', 'forecast', 'negotiate', 'compare', 'games', 'view'),
          fc.string(),
        ),
        scenarioId: fc.oneof(
          fc.constantFrom('catalog:harbour', 'catalog:prisoners-dilemma'),
          fc.string(),
        ),
        version: fc.oneof(fc.integer(), fc.double()),
        params: fc
          .tuple(
            fc.dictionary(
              fc.constantFrom(
                'runs',
                'seed',
                'models',
                'statusQuo',
                'coalitions',
                'steps',
                'architecture',
                'options',
                'method',
                'horizon',
                'strategies',
                'rounds',
                'payoff',
                'session',
              ),
              fc.jsonValue(),
            ),
            // View runs: a known kind most of the time, so the other parameters get checked.
            fc.option(fc.oneof(fc.constantFrom(...VIEW_KINDS), fc.jsonValue())),
          )
          .map(([params, kind]) => (kind === null ? params : { ...params, kind })),
      },
      { requiredKeys: ['engine'] },
    );
    const before = sent;
    await fc.assert(
      fc.asyncProperty(body, async (b) => void (await answer('POST', '/api/runs', b))),
      options,
    );
    expect(sent - before).toBeGreaterThan(20);
    report('request-shaped', sent - before);
  });

  it('malformed JSON text', async () => {
    const before = sent;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), mutated(JSON.stringify({ text: PD_YAML }))),
        async (text) => {
          const res = await answer('POST', '/api/validate', text, true);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      options,
    );
    expect(sent - before).toBeGreaterThan(20);
    report('malformed JSON', sent - before);
  });

  it('mutated scenario files: 201 or 400 with diagnostics that have a code, path and message', async () => {
    const before = sent;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(HARBOUR_YAML), mutated(PD_YAML)), async (text) => {
        const res = await answer('POST', '/api/scenarios', { text });
        if (res.statusCode === 400 && res.json().error === 'invalid-scenario') {
          for (const d of res.json().diagnostics) {
            expect(d.code).toBeTypeOf('string');
            expect(d.path).toBeTypeOf('string');
            expect(d.message).toBeTypeOf('string');
          }
        } else if (res.statusCode !== 400) expect(res.statusCode).toBe(201);
      }),
      options,
    );
    expect(sent - before).toBeGreaterThan(20);
    report('mutated scenarios', sent - before);
  });

  it('mutated files in every import format', async () => {
    const files = fc.oneof(
      mutated(PD_GMCR).map((text) => ({ format: 'gmcr', text })),
      mutated(PENNIES_NFG).map((text) => ({ format: 'nfg', text })),
      fc.string().map((text) => ({ format: 'efg', text })),
      fc.string().map((text) => ({ format: 'ktab', text })),
      fc.string().map((text) => ({ format: 'bdm-csv', text })),
      fc.string().map((text) => ({ format: 'genius', genius: { domain: text, profiles: [text] } })),
    );
    const before = sent;
    await fc.assert(
      fc.asyncProperty(files, async (body) => void (await answer('POST', '/api/import', body))),
      options,
    );
    expect(sent - before).toBeGreaterThan(20);
    report('mutated import files', sent - before);
  });
});
