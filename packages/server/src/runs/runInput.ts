/**
 * Turns a run request into a job: resolves and parses its input (400 with diagnostics when the
 * text is invalid), fingerprints it, and preflights the parameters against the scenario.
 */
import { createHash } from 'node:crypto';
import { importGenius, readGambit } from '@parley/model';
import { invalidInput } from '../http/apiError.ts';
import type { JobInput, JobRequest } from '../jobs/jobTypes.ts';
import type { ScenarioService } from '../scenarios/scenarioService.ts';
import { preflight } from './preflight.ts';
import type { RunRequest } from './runRequest.ts';
import type { SubmitRun } from './runService.ts';

/** First 16 hex digits of SHA-256 over the input texts: tells inputs apart in provenance. */
export function hashTexts(...texts: string[]): string {
  const hash = createHash('sha256');
  for (const t of texts) hash.update(t).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function inputOf(
  body: RunRequest,
  scenarios: ScenarioService,
): Promise<{ input: JobInput; hash: string; scenarioId: string | null; version: number | null }> {
  if (body.scenarioId !== undefined) {
    const r = await scenarios.resolve(body.scenarioId, body.version);
    return {
      input: { kind: 'scenario', scenario: r.scenario },
      hash: hashTexts(r.text),
      scenarioId: r.id,
      version: r.version,
    };
  }
  if (body.text !== undefined) {
    const parsed = scenarios.parseRunText(body.text);
    if (!parsed.ok)
      throw invalidInput('invalid-scenario', 'the scenario text has errors', parsed.diagnostics);
    return {
      input: { kind: 'scenario', scenario: parsed.scenario },
      hash: hashTexts(body.text),
      scenarioId: null,
      version: null,
    };
  }
  if ('game' in body && body.game) {
    const { text, file } = body.game;
    const parsed = readGambit(text, file);
    if (!parsed.ok)
      throw invalidInput('invalid-game', 'the Gambit file has errors', parsed.diagnostics);
    return {
      input: { kind: 'gambit', text, ...(file ? { file } : {}) },
      hash: hashTexts(text),
      scenarioId: null,
      version: null,
    };
  }
  const genius = 'genius' in body ? body.genius! : undefined;
  if (!genius) throw new Error('RunRequest validation let a request without input through');
  const parsed = importGenius(
    genius.domain,
    genius.profiles,
    genius.files ? { files: { profiles: genius.files } } : {},
  );
  if (!parsed.ok)
    throw invalidInput('invalid-genius', 'the GENIUS files have errors', parsed.diagnostics);
  return {
    input: {
      kind: 'genius',
      domain: genius.domain,
      profiles: genius.profiles,
      ...(genius.files ? { files: genius.files } : {}),
    },
    hash: hashTexts(genius.domain, ...genius.profiles),
    scenarioId: null,
    version: null,
  };
}

/**
 * The input hash a run of `body` would record, without parsing the input: what a reuse lookup
 * needs (a stored succeeded run proves the same input parsed then). Throws 404 for an unknown
 * scenario or version, as the run itself would.
 */
export async function inputHashOf(body: RunRequest, scenarios: ScenarioService): Promise<string> {
  if (body.scenarioId !== undefined)
    return hashTexts(await scenarios.textOf(body.scenarioId, body.version));
  if (body.text !== undefined) return hashTexts(body.text);
  if ('game' in body && body.game) return hashTexts(body.game.text);
  const genius = 'genius' in body ? body.genius : undefined;
  if (!genius) throw new Error('RunRequest validation let a request without input through');
  return hashTexts(genius.domain, ...genius.profiles);
}

export async function runInput(body: RunRequest, scenarios: ScenarioService): Promise<SubmitRun> {
  const { input, hash, scenarioId, version } = await inputOf(body, scenarios);
  const request = { engine: body.engine, input, params: body.params } as JobRequest;
  const problems = preflight(request);
  if (problems.length > 0)
    throw invalidInput('invalid-params', 'the run cannot start on this input', problems);
  return { request, params: body.params, scenarioId, scenarioVersion: version, inputHash: hash };
}
