import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostic.ts';
import { DOMAIN, GUEST, HOST } from './fixtures/partyPlanning.ts';
import { geniusFileKind, importGenius } from './importGenius.ts';
import type { GeniusImport } from './geniusTypes.ts';

const files = { domain: 'party_domain.xml', profiles: ['party_host.xml', 'party_guest.xml'] };

function imported(domain = DOMAIN, profiles = [HOST, GUEST]): GeniusImport {
  const result = importGenius(domain, profiles, { files });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

function problems(domain: string, profiles: string[]): Diagnostic[] {
  return importGenius(domain, profiles, { files }).diagnostics;
}

describe('importGenius: GENIUS 10.4 semantics (research/negotiation.md §b)', () => {
  it('orders issues as GENIUS enumerates them: nested objectives first, then the level’s own issues', () => {
    const { domain, issueIndices } = imported();
    expect(domain.issues.map((i) => i.name)).toEqual(['Music', 'Venue', 'Budget']);
    expect(issueIndices).toEqual([9, 5, 2]);
    expect(domain.issues[2]).toEqual({
      id: 'Budget',
      name: 'Budget',
      kind: 'integer',
      values: [1, 2, 3, 4, 5],
    });
  });

  it('matches weights to issues by index, ignores the objective weight and does not renormalise', () => {
    const host = imported().domain.parties[0]!;
    expect(host.id).toBe('party_host');
    expect(host.weights).toEqual([0.3, 0.5, 0.25]); // sum 1.05; NegMAS would map by position
  });

  it('divides discrete evaluations by the largest one (NegMAS keeps the raw 8, 4, 2)', () => {
    const host = imported().domain.parties[0]!;
    expect(host.evaluations[0]).toEqual([0.5, 1]);
    expect(host.evaluations[1]).toEqual([0.5, 1, 0.25]);
  });

  it('shifts integer values by the lower bound and clips to [0, 1] (NegMAS does neither)', () => {
    const host = imported().domain.parties[0]!;
    // clip(0.3·(x − 1) − 0.1): −0.1 → 0, 0.2, 0.5, 0.8, 1.1 → 1 (up to the doubles' rounding)
    expect(host.evaluations[2]![0]).toBe(0);
    expect(host.evaluations[2]![1]).toBeCloseTo(0.2, 15);
    expect(host.evaluations[2]![4]).toBe(1);
  });

  it('reads the reservation value, and turns a discount factor of 0 into 1 (no discount)', () => {
    const { domain, profiles } = imported();
    expect(domain.parties[0]!.reservation).toBe(0.35);
    expect(domain.parties[0]!.discount).toBe(1);
    expect(profiles[0]).toEqual({
      party: 'party_host',
      file: 'party_host.xml',
      reservationGiven: true,
      discountGiven: true,
      uncertain: false,
    });
  });

  it('treats a missing reservation as 0 and keeps a valid discount factor', () => {
    const { domain, profiles } = imported();
    expect(domain.parties[1]!.reservation).toBe(0);
    expect(domain.parties[1]!.discount).toBe(0.8);
    expect(profiles[1]!.reservationGiven).toBe(false);
  });

  it('accepts weights before their issues and a zero weight (the issue still gets an evaluator)', () => {
    const guest = imported().domain.parties[1]!;
    expect(guest.weights).toEqual([0, 0.6, 0.4]);
    expect(guest.evaluations[2]).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it('caps the utility at 1 through the party cap', () => {
    expect(imported().domain.parties.map((p) => p.cap)).toEqual([1, 1]);
  });
});

describe('importGenius diagnostics', () => {
  it('reports malformed XML with its line and column', () => {
    const [d] = problems(DOMAIN, [
      HOST.replace('<reservation value="0.35"/>', '<reservation value="0.35">'),
    ]);
    expect(d).toMatchObject({ code: 'xml-syntax', severity: 'error', file: 'party_host.xml' });
    expect(d!.line).toBeGreaterThan(20);
  });

  it('reports a domain value without an evaluation at the issue element', () => {
    const diagnostics = problems(DOMAIN, [
      HOST.replace('    <item index="3" value="Boat" evaluation="2"/>\n', ''),
      GUEST,
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'genius/missing-evaluation',
        file: 'party_host.xml',
        line: 3,
        col: 3,
        path: 'issue[5]',
      }),
    ]);
  });

  it('reports an issue without a weight: GENIUS gives it no evaluator', () => {
    const diagnostics = problems(DOMAIN, [
      HOST.replace('  <weight index="2" value="0.25"/>\n', ''),
      GUEST,
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['genius/missing-weight']);
    expect(diagnostics[0]!.message).toMatch(/Budget/);
  });

  it('points at the attribute of a non-integer index', () => {
    const diagnostics = problems(DOMAIN.replace('<issue index="2"', '<issue index="two"'), [HOST]);
    expect(diagnostics[0]).toMatchObject({
      code: 'genius/bad-index',
      file: 'party_domain.xml',
      line: 15,
      col: 10,
    });
  });

  it('warns that GENIUS ignores vtype when type is absent', () => {
    const domain = DOMAIN.replace(
      'name="Budget" type="integer" etype="integer" vtype="integer"',
      'name="Budget" vtype="integer"',
    );
    const codes = problems(domain, [HOST]).map((d) => `${d.severity} ${d.code}`);
    expect(codes).toContain('warning genius/vtype-ignored');
    expect(codes).toContain('error genius/no-values'); // read as a discrete issue without items
  });

  it('refuses an evaluator whose type differs from the domain’s issue', () => {
    const host = HOST.replace(
      'name="Budget" type="integer" etype="integer"',
      'name="Budget" type="discrete" etype="discrete"',
    );
    expect(problems(DOMAIN, [host]).map((d) => d.code)).toContain('genius/evaluator-mismatch');
  });

  it('refuses nonlinear profiles and asks for at least one profile', () => {
    expect(problems(DOMAIN, ['<utility_space type="nonlinear"/>']).map((d) => d.code)).toEqual([
      'genius/unsupported-profile',
    ]);
    expect(problems(DOMAIN, []).map((d) => d.code)).toEqual(['genius/no-profiles']);
  });

  it('skips an unreadable reservation with a warning, as GENIUS catches the exception', () => {
    const result = importGenius(DOMAIN, [HOST.replace('value="0.35"', 'value="n/a"')], { files });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['genius/bad-number']);
    if (result.ok) expect(result.value.domain.parties[0]!.reservation).toBe(0);
  });
});

describe('geniusFileKind', () => {
  it('tells domains from profiles by the root element', () => {
    expect([DOMAIN, HOST, '<other/>', '<broken'].map(geniusFileKind)).toEqual([
      'domain',
      'profile',
      undefined,
      undefined,
    ]);
  });
});
