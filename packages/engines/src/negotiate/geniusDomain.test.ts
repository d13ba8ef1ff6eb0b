/**
 * The GENIUS importer (model package) produces the engine's domain shape, and the engine
 * computes GENIUS's utilities from it: the importer's fixture scenario, end to end.
 * (Imported by relative path until @parley/model re-exports formats/genius.)
 */
import { describe, expect, it } from 'vitest';
import { DOMAIN, GUEST, HOST } from '../../../model/src/formats/genius/fixtures/partyPlanning.ts';
import { importGenius } from '../../../model/src/formats/genius/importGenius.ts';
import { analyzeNegotiation } from './analyzeNegotiation.ts';
import { outcomeIndex } from './outcomeSpace.ts';
import type { NegotiationDomain } from './types.ts';
import { utilityTable } from './utilityTable.ts';

function partyDomain(): NegotiationDomain {
  const result = importGenius(DOMAIN, [HOST, GUEST]);
  if (!result.ok) throw new Error('fixture does not import');
  const domain: NegotiationDomain = result.value.domain; // the shapes must stay assignable
  return domain;
}

describe('GENIUS profiles in the engine', () => {
  it('give GENIUS’s utilities: Σ w·e in GENIUS’s issue order, capped at 1', () => {
    const table = utilityTable(partyDomain());
    // Issues: Music, Venue, Budget. (Band, Hall, 3) for the host: 0.3·½ + 0.5·½ + 0.25·clip(0.3·2 − 0.1).
    const x = outcomeIndex(table.space, [0, 0, 2]);
    expect(table.utilities[0]![x]).toBe(0 + 0.3 * 0.5 + 0.5 * 0.5 + 0.25 * (0.3 * 2 + -0.1));
    // (DJ, Garden, 5): 0.3 + 0.5 + 0.25 = 1.05, capped at 1.
    expect(table.utilities[0]![outcomeIndex(table.space, [1, 1, 4])]).toBe(1);
    // The guest ignores music (weight 0) and prefers the hall and a small budget.
    expect(table.utilities[1]![outcomeIndex(table.space, [1, 0, 0])]).toBe(
      0 + 0 * 1 + 0.6 * 1 + 0.4 * 1,
    );
  });

  it('analyse in both modes, with outcomes written as GENIUS values', () => {
    const domain = partyDomain();
    const textbook = analyzeNegotiation(domain);
    const genius = analyzeNegotiation(domain, { mode: 'genius' });
    expect(textbook.outcomes).toBe(30);
    expect(textbook.issues.map((i) => i.name)).toEqual(['Music', 'Venue', 'Budget']);
    expect(textbook.nash!.outcome).toHaveLength(3);
    expect(genius.pareto).toEqual(textbook.pareto);
    expect(textbook.withReservation.reservation).toEqual([0.35, 0]);
  });
});
