/**
 * Test support (not exported from the package): a small valid scenario used across tests.
 *
 * Three options: `lift` (usa, bit 0), `freeze` (dprk, bit 1), `dismantle` (dprk, bit 2).
 * `dismantle & !freeze` is infeasible, which removes NNY (4) and YNY (5) and leaves six feasible
 * states: NNN, YNN, NYN, YYN, NYY, YYY.
 */
import type { Diagnostic } from '../diagnostic.ts';
import { ScenarioSchema, type ScenarioInput } from '../scenario/schema.ts';
import { validateScenario } from '../scenario/validateScenario.ts';

export const TOY_YAML = `# yaml-language-server: $schema=../schema/parley-scenario-v1.schema.json
parley: 1
id: toy-summit
title: Toy summit
asOf: 2018-06-12
sources:
  oped: {title: "An op-ed", date: "2018-06"}
actors:
  - id: usa
    name: United States
    capability: {value: 100, source: oped}
  - id: dprk
    name: North Korea
    capability: {value: 10, judgement: true, range: [5, 20]}
issues:
  - id: sanctions
    name: Sanctions relief
    scale: {low: None lifted, high: All lifted}
    positions:
      usa: {position: 10, salience: 80, source: oped}
      dprk: {position: 90, salience: 95, source: oped}
options:
  - {id: lift, owner: usa, label: Lift sanctions}
  - {id: freeze, owner: dprk, label: Freeze tests, statusQuo: true}
  - {id: dismantle, owner: dprk, label: Dismantle, reversibility: forward-only}
infeasible:
  - when: dismantle & !freeze
    reason: dismantling implies the freeze
preferences:
  usa:
    statements:
      - dismantle
      - freeze
      - "!lift"
  dprk:
    ranking: [YYN, [NYN, YYY], NYY, YNN, NNN]
`;

/** The same scenario as JSON, indented with tabs. */
export const TOY_JSON = `{
\t"parley": 1,
\t"id": "toy-summit",
\t"title": "Toy summit",
\t"asOf": "2018-06-12",
\t"sources": {"oped": {"title": "An op-ed", "date": "2018-06"}},
\t"actors": [
\t\t{"id": "usa", "name": "United States", "capability": {"value": 100, "source": "oped"}},
\t\t{"id": "dprk", "name": "North Korea", "capability": {"value": 10, "judgement": true, "range": [5, 20]}}
\t],
\t"issues": [{
\t\t"id": "sanctions", "name": "Sanctions relief",
\t\t"scale": {"low": "None lifted", "high": "All lifted"},
\t\t"positions": {
\t\t\t"usa": {"position": 10, "salience": 80, "source": "oped"},
\t\t\t"dprk": {"position": 90, "salience": 95, "source": "oped"}
\t\t}
\t}],
\t"options": [
\t\t{"id": "lift", "owner": "usa", "label": "Lift sanctions"},
\t\t{"id": "freeze", "owner": "dprk", "label": "Freeze tests", "statusQuo": true},
\t\t{"id": "dismantle", "owner": "dprk", "label": "Dismantle", "reversibility": "forward-only"}
\t],
\t"infeasible": [{"when": "dismantle & !freeze", "reason": "dismantling implies the freeze"}],
\t"preferences": {
\t\t"usa": {"statements": ["dismantle", "freeze", "!lift"]},
\t\t"dprk": {"ranking": ["YYN", ["NYN", "YYY"], "NYY", "YNN", "NNN"]}
\t}
}
`;

/** Replaces the first occurrence of `from` in the toy YAML (fails loudly if it is absent). */
export function toyWith(from: string, to: string, source = TOY_YAML): string {
  if (!source.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

/** The toy scenario as a fresh input object, to mutate in tests. */
export function toyInput(): ScenarioInput {
  return {
    parley: 1,
    id: 'toy-summit',
    title: 'Toy summit',
    asOf: '2018-06-12',
    sources: { oped: { title: 'An op-ed', date: '2018-06' } },
    actors: [
      { id: 'usa', name: 'United States', capability: { value: 100, source: 'oped' } },
      {
        id: 'dprk',
        name: 'North Korea',
        capability: { value: 10, judgement: true, range: [5, 20] },
      },
    ],
    issues: [
      {
        id: 'sanctions',
        name: 'Sanctions relief',
        scale: { low: 'None lifted', high: 'All lifted' },
        positions: {
          usa: { position: 10, salience: 80, source: 'oped' },
          dprk: { position: 90, salience: 95, source: 'oped' },
        },
      },
    ],
    options: [
      { id: 'lift', owner: 'usa', label: 'Lift sanctions' },
      { id: 'freeze', owner: 'dprk', label: 'Freeze tests', statusQuo: true },
      { id: 'dismantle', owner: 'dprk', label: 'Dismantle', reversibility: 'forward-only' },
    ],
    infeasible: [{ when: 'dismantle & !freeze', reason: 'dismantling implies the freeze' }],
    preferences: {
      usa: { statements: ['dismantle', 'freeze', '!lift'] },
      dprk: { ranking: ['YYN', ['NYN', 'YYY'], 'NYY', 'YNN', 'NNN'] },
    },
  };
}

/** Semantic diagnostics of a (mutated) toy input. */
export function validateInput(input: ScenarioInput): Diagnostic[] {
  return validateScenario(ScenarioSchema.parse(input));
}

/** `code@path` of each diagnostic, for compact assertions. */
export const codesAt = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((d) => `${d.code}@${d.path}`);
