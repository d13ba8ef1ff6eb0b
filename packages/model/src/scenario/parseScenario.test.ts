import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic.ts';
import { TOY_JSON, TOY_YAML, toyWith } from '../testing/fixtures.ts';
import { parseScenario } from './parseScenario.ts';

function problems(text: string): Diagnostic[] {
  const result = parseScenario(text, { file: 'toy.yaml' });
  expect(result.ok).toBe(false);
  return result.diagnostics;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, skip = 0): { line: number; col: number } {
  const offset = text.indexOf(needle) + skip;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

describe('parseScenario: valid input', () => {
  it('reads the toy scenario with no diagnostics and applies the defaults', () => {
    const result = parseScenario(TOY_YAML);
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) return;
    expect(result.value.options[0]!.reversibility).toBe('both');
    expect(result.value.options[0]!.statusQuo).toBe(false);
    expect(result.value.issues[0]!.scale).toMatchObject({ min: 0, max: 100 });
  });

  it('reads the same scenario written as tab-indented JSON to the same value', () => {
    const yaml = parseScenario(TOY_YAML);
    const json = parseScenario(TOY_JSON);
    expect(json.ok).toBe(true);
    expect(json.ok && json.value).toEqual(yaml.ok && yaml.value);
  });

  it('reads Windows line endings and still places statement problems exactly', () => {
    expect(parseScenario(TOY_YAML.replace(/\n/g, '\r\n')).diagnostics).toEqual([]);
    const text = toyWith('      - freeze\n', '      - freez\n').replace(/\n/g, '\r\n');
    expect(problems(text)[0]).toMatchObject({
      code: 'unknown-option',
      ...positionOf(text, '- freez', 2),
    });
  });

  it('returns warnings alongside the value', () => {
    const text = toyWith(
      '  oped: {title: "An op-ed", date: "2018-06"}',
      '  oped: {title: "An op-ed", date: "June 2018"}',
    );
    const result = parseScenario(text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['not-iso-date']);
  });
});

describe('parseScenario: YAML problems', () => {
  it('reports a syntax error with the parser position', () => {
    const [d] = problems('parley: 1\nactors: [a, b\nid: x\n');
    expect(d).toMatchObject({
      code: 'yaml-syntax',
      severity: 'error',
      file: 'toy.yaml',
      line: 3,
      col: 1,
    });
    expect(d!.hint).toBeTruthy();
  });

  it('reports duplicate keys at the second key, with its path', () => {
    const text = toyWith('    name: North Korea', '    name: North Korea\n    name: DPRK');
    const dup = problems(text).find((d) => d.code === 'duplicate-key')!;
    expect(dup.message).toBe('key `name` appears more than once in actors[1]');
    expect(dup.path).toBe('actors[1].name');
    expect(dup).toMatchObject(positionOf(text, 'name: DPRK'));
  });

  it('reports duplicate keys in JSON input too', () => {
    expect(problems('{"parley": 1, "parley": 1}').map((d) => d.code)).toContain('duplicate-key');
  });

  it('reports an alias whose anchor is missing', () => {
    const [d] = problems(toyWith('title: Toy summit', 'title: *name'));
    expect(d).toMatchObject({
      code: 'yaml-syntax',
      message: 'unknown alias `*name`',
      line: 4,
      col: 8,
    });
  });

  it('refuses alias bombs instead of expanding them', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let k = 1; k < 10; k++)
      lines.push(
        `${'abcdefghij'[k]}: &${'abcdefghij'[k]} [${Array(10)
          .fill(`*${'abcdefghij'[k - 1]}`)
          .join(', ')}]`,
      );
    const [d] = problems(lines.join('\n'));
    expect(d!.code).toBe('yaml-syntax');
  });

  it('reports an empty document and a document that is not a mapping', () => {
    expect(problems('# nothing here\n')[0]).toMatchObject({
      code: 'empty-document',
      line: 1,
      col: 1,
    });
    expect(problems('- a\n- b\n')[0]).toMatchObject({
      code: 'wrong-type',
      path: '',
      message: 'expected a mapping (`key: value` lines or `{…}`), found a list',
    });
  });
});

describe('parseScenario: shape problems', () => {
  it('points at a misspelt key and suggests the right one', () => {
    const text = toyWith('    capability: {value: 100', '    capabilty: {value: 100');
    const [d] = problems(text);
    expect(d).toMatchObject({
      code: 'unknown-key',
      path: 'actors[0].capabilty',
      message: 'unknown key `capabilty` in actors[0]',
      hint: 'did you mean `capability`?',
      ...positionOf(text, 'capabilty'),
    });
  });

  it('says what type was expected and what was found, at the value', () => {
    const text = toyWith('capability: {value: 100, source: oped}', 'capability: high');
    const [d] = problems(text);
    expect(d).toMatchObject({
      code: 'wrong-type',
      path: 'actors[0].capability',
      ...positionOf(text, 'high'),
    });
    expect(d!.message).toBe(
      'expected a number or a mapping (`key: value` lines or `{…}`), found the text "high"',
    );
    expect(d!.hint).toContain('{value: 42');
  });

  it('suggests removing quotes from a quoted number', () => {
    const text = toyWith('position: 10,', 'position: "10",');
    expect(problems(text)[0]!.hint).toBe('remove the quotes: write 10, not "10"');
  });

  it('reports a missing key at the mapping that lacks it', () => {
    const text = toyWith('    name: North Korea\n', '');
    const [d] = problems(text);
    expect(d).toMatchObject({
      code: 'missing-key',
      path: 'actors[1]',
      message: 'missing key `name` in actors[1]',
    });
    expect(d!.line).toBe(positionOf(text, 'id: dprk').line);
  });

  it('reports the misspelt key inside a quantity rather than "expected a number"', () => {
    const codes = problems(toyWith('{value: 10, judgement', '{vale: 10, judgement')).map(
      (d) => d.code,
    );
    expect(codes).toEqual(['missing-key', 'unknown-key']);
  });

  it('names the unsupported format version', () => {
    const [d] = problems(toyWith('parley: 1', 'parley: 2'));
    expect(d).toMatchObject({ code: 'unsupported-version', line: 2, col: 9 });
    expect(d!.message).toBe('unsupported scenario format version 2: this Parley reads `parley: 1`');
  });

  it('explains invalid ids and invalid enumeration values', () => {
    const bad = problems(toyWith('id: toy-summit', 'id: 9lives'))[0]!;
    expect(bad).toMatchObject({
      code: 'invalid-id',
      message: 'the text "9lives" is not a valid id',
    });
    const reversibility = problems(
      toyWith('reversibility: forward-only', 'reversibility: forward'),
    )[0]!;
    expect(reversibility.code).toBe('invalid-value');
    expect(reversibility.message).toContain('`forward-only`');
  });

  it('collects every shape problem, not only the first', () => {
    let text = toyWith('title: Toy summit', 'titel: Toy summit');
    text = toyWith('    capability: {value: 100', '    capability: {value: "lots"', text);
    text = toyWith('statusQuo: true', 'statusQuo: yes', text);
    const codes = problems(text).map((d) => d.code);
    expect(codes).toEqual(['missing-key', 'unknown-key', 'wrong-type', 'wrong-type']);
  });
});

describe('parseScenario: semantic problems carry file positions', () => {
  it('places a statement syntax error on the character inside the statement', () => {
    const text = toyWith('      - dismantle\n', '      - dismantle &\n');
    const [d] = problems(text);
    expect(d).toMatchObject({ code: 'statement-syntax', path: 'preferences.usa.statements[0]' });
    expect(d!.message).toBe("expected an option id after '&' (column 12 of “dismantle &”)");
    expect(d).toMatchObject(positionOf(text, '- dismantle &', '- dismantle &'.length));
  });

  it('maps the column through escapes in double-quoted statements', () => {
    const text = toyWith('- "!lift"', '- "\\u0021lift & frez"');
    const [d] = problems(text);
    expect(d).toMatchObject({
      code: 'unknown-option',
      message: 'unknown option `frez`',
      hint: 'did you mean `freeze`?',
      ...positionOf(text, 'frez'),
    });
  });

  it('locates a problem in a condition written in long form at its `when` text', () => {
    const text = toyWith('when: dismantle & !freeze', 'when: dismantle & !freez');
    expect(problems(text)[0]).toMatchObject({
      path: 'infeasible[0].when',
      ...positionOf(text, '!freez', 1),
    });
  });

  it('points at an unknown actor key in preferences', () => {
    const text = toyWith('  usa:\n    statements', '  us:\n    statements');
    const ds = problems(text);
    const unknown = ds.find((d) => d.code === 'unknown-actor')!;
    expect(unknown).toMatchObject({
      path: 'preferences.us',
      hint: 'did you mean `usa`?',
      ...positionOf(text, 'us:\n    statements'),
    });
    expect(ds.map((d) => d.code)).toContain('missing-preference');
  });

  it('sorts diagnostics by position', () => {
    let text = toyWith('owner: usa', 'owner: usx');
    text = toyWith('source: oped}', 'source: op}', text);
    const lines = problems(text).map((d) => d.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
