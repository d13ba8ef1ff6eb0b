import { describe, expect, it } from 'vitest';
import { tokenizeStatement } from './tokenizeStatement.ts';

describe('tokenizeStatement', () => {
  it('splits symbols, ids and reserved words, recording each start offset', () => {
    const r = tokenizeStatement('(a.b-1&!c)|d IF e iff f');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tokens.map((t) => `${t.kind}:${t.text}@${t.start}`)).toEqual([
      'lparen:(@0',
      'id:a.b-1@1',
      'and:&@6',
      'not:!@7',
      'id:c@8',
      'rparen:)@9',
      'or:|@10',
      'id:d@11',
      'if:IF@13',
      'id:e@16',
      'iff:iff@18',
      'id:f@22',
    ]);
  });

  it('treats words that merely start with if as ids', () => {
    const r = tokenizeStatement('iffy ifs');
    expect(r.ok && r.tokens.map((t) => t.kind)).toEqual(['id', 'id']);
  });

  it('reports a foreign implication arrow with the Parley spelling as hint', () => {
    const r = tokenizeStatement('p -> q');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => d.col)).toEqual([3, 4]);
    expect(r.diagnostics[1]!.hint).toContain('q if p');
  });
});
