import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic.ts';
import { toyWith } from '../testing/fixtures.ts';
import { parseScenario } from './parseScenario.ts';

/** Every diagnostic of a broken toy scenario, as `code at path`. */
function problems(text: string): string[] {
  const result = parseScenario(text, { file: 'toy.yaml' });
  expect(result.ok).toBe(false);
  return result.diagnostics.map((d: Diagnostic) => `${d.code} at ${d.path}`);
}

/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('parseScenario reports shape and meaning problems in one run', () => {
  it('lists a misspelt key, a position outside the scale and an unknown option together', () => {
    let text = toyWith('    capability: {value: 100', '    capabilty: {value: 100');
    text = toyWith('usa: {position: 10,', 'usa: {position: 150,', text);
    text = toyWith('      - freeze\n', '      - freez\n', text);
    expect(problems(text)).toEqual([
      'unknown-key at actors[0].capabilty',
      'position-out-of-scale at issues[0].positions.usa.position',
      'unknown-option at preferences.usa.statements[1]',
    ]);
  });

  it('places meaning problems after a removed list item at their own line', () => {
    let text = toyWith('issues:\n', 'issues:\n  - id: first\n    name: First\n    positions: {}\n');
    text = toyWith('dprk: {position: 90,', 'dprk: {position: 190,', text);
    const result = parseScenario(text, { file: 'toy.yaml' });
    const out = result.diagnostics.find((d) => d.code === 'position-out-of-scale');
    expect(out).toMatchObject({
      path: 'issues[1].positions.dprk.position',
      line: lineOf(text, 'dprk: {position: 190'),
    });
  });

  it('still checks the meaning when the title is missing', () => {
    const text = toyWith('title: Toy summit\n', '', toyWith('      - freeze\n', '      - freez\n'));
    expect(problems(text)).toEqual([
      'missing-key at ',
      'unknown-option at preferences.usa.statements[1]',
    ]);
  });
});

describe('parseScenario leaves out problems that only echo a shape error', () => {
  it('does not call a removed actor unknown, but still reports a real unknown actor', () => {
    let text = toyWith('    name: North Korea\n', '');
    text = toyWith('owner: usa', 'owner: usx', text);
    expect(problems(text)).toEqual([
      'missing-key at actors[1]',
      'unknown-actor at options[0].owner',
    ]);
  });

  it('does not say a preference has no statements when `statements` is misspelt', () => {
    const text = toyWith('  usa:\n    statements:', '  usa:\n    statments:');
    expect(problems(text)).toEqual(['unknown-key at preferences.usa.statments']);
  });

  it('does not call every option unknown when the `options` key is misspelt', () => {
    expect(problems(toyWith('options:', 'optons:'))).toEqual(['unknown-key at optons']);
  });

  it('does not report a missing preference for an actor whose preference is malformed', () => {
    const text = toyWith('  usa:\n    statements:', '  usa: 5\n  xx:\n    statements:');
    expect(problems(text)).toEqual([
      'wrong-type at preferences.usa',
      'unknown-actor at preferences.xx',
    ]);
  });

  it('does not check rankings or feasibility against options that lost a value', () => {
    let text = toyWith('statusQuo: true', 'statusQuo: yes');
    text = toyWith('      - freeze\n', '      - freez\n', text);
    expect(problems(text)).toEqual([
      'wrong-type at options[1].statusQuo',
      'unknown-option at preferences.usa.statements[1]',
    ]);
  });

  it('does not report references to an option whose id is invalid', () => {
    expect(problems(toyWith('  - {id: lift,', '  - {id: 9lift,'))).toEqual([
      'invalid-id at options[0].id',
    ]);
  });

  it('does not report a ranking as incomplete when one of its entries was removed', () => {
    expect(problems(toyWith('ranking: [YYN,', 'ranking: [5, YYN,'))).toEqual([
      'wrong-type at preferences.dprk.ranking[0]',
    ]);
  });

  it('keeps the warnings when only misspelt keys were removed', () => {
    let text = toyWith(
      '  oped: {title: "An op-ed", date: "2018-06"}',
      '  oped: {title: "An op-ed", date: "June 2018"}',
    );
    text = toyWith('    capability: {value: 100', '    capabilty: {value: 100', text);
    expect(problems(text)).toEqual([
      'not-iso-date at sources.oped.date',
      'unknown-key at actors[0].capabilty',
    ]);
  });

  it('reports only the shape when there is no usable list of actors', () => {
    const text = toyWith('actors:\n', 'actors: 5\nxactors:\n', toyWith('- freeze\n', '- freez\n'));
    expect(problems(text)).toEqual(['wrong-type at actors', 'unknown-key at xactors']);
  });
});
