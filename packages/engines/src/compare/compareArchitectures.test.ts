import { describe, expect, it } from 'vitest';
import { compareArchitectures } from './compareArchitectures.ts';
import { compareFixture } from './testing/compareFixtures.ts';

const scenario = compareFixture();
const result = compareArchitectures(scenario, { runs: 60, seed: 7 });
const arch = (id: string) => result.architectures.find((a) => a.id === id)!;
const actor = (id: string, who: string) => arch(id).negotiation.actors.find((a) => a.id === who)!;

describe('compareArchitectures on the three-party fixture', () => {
  it('puts the baseline first and compares every architecture against it', () => {
    expect(result.baseline).toBe('bilateral');
    expect(result.architectures.map((a) => a.id)).toEqual([
      'bilateral',
      'with_gamma',
      'split',
      'linked',
    ]);
    expect(result.deltas.map((d) => d.architecture)).toEqual(['with_gamma', 'split', 'linked']);
  });

  it('is deterministic: the same seed gives the same JSON, another seed other runs', () => {
    const again = compareArchitectures(scenario, { runs: 60, seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    const other = compareArchitectures(scenario, { runs: 60, seed: 8 });
    expect(JSON.stringify(other.architectures[0]!.negotiation)).not.toBe(
      JSON.stringify(result.architectures[0]!.negotiation),
    );
  });

  it('lets an outside veto holder block deals that hurt it, and stops it blocking once seated', () => {
    // Gamma's veto over x bites from outside the table (see the fixture's arithmetic) …
    expect(arch('bilateral').negotiation.blocked).toBeGreaterThan(0.05);
    expect(arch('bilateral').negotiation.units[0]!.blockers.map((b) => b.actor)).toEqual(['gamma']);
    // … and never once Gamma must consent at the table.
    expect(arch('with_gamma').negotiation.blocked).toBe(0);
  });

  it('moves the deal toward the newly seated party: Gamma gains from its seat', () => {
    expect(actor('with_gamma', 'gamma').gain).toBeGreaterThan(actor('bilateral', 'gamma').gain);
    const delta = result.deltas[0]!.actors.find((a) => a.actor === 'gamma')!;
    expect(delta.verdict).toBe('gains');
  });

  it('keeps each actor’s reservation value the same under every architecture', () => {
    const reservations = result.architectures.map((a) =>
      a.negotiation.actors.map((x) => x.reservation),
    );
    for (const r of reservations)
      reservations[0]!.forEach((v, i) => expect(r[i]).toBeCloseTo(v, 12));
  });

  it('convenes a later sequenced table only after the earlier one is carried out', () => {
    const [first, second] = arch('split').negotiation.units;
    // One issue per table is a pure conflict with no zone of agreement but the status quo:
    // the first table never agrees, so the second never meets — splitting kills the trade.
    expect(first!.zopa).toBe(1);
    expect(second!.convened).toBeLessThanOrEqual(first!.implemented);
    expect(arch('split').negotiation.fullAgreement).toBe(0);
  });

  it('negotiates a linked package as the one table it replaces: the same rates within noise', () => {
    const linked = arch('linked').negotiation.units[0]!;
    const single = arch('bilateral').negotiation.units[0]!;
    expect(linked.issues).toEqual(single.issues);
    expect(linked.zopa).toBe(single.zopa);
    expect(Math.abs(linked.agreement - single.agreement)).toBeLessThan(0.1);
  });

  it('reports the graph model under fixed options', () => {
    expect(arch('bilateral').gmcr).toMatchObject({ feasibleStates: 4, changes: [] });
    expect(arch('linked').gmcr).toMatchObject({
      feasibleStates: 2,
      changes: ['fixes alpha_gives = taken'],
      statusQuo: { yn: 'YN' },
    });
  });

  it('summarises in words and lists its caveats', () => {
    expect(result.summary[0]).toMatch(
      /^Under the baseline \(“Bilateral”\), .* Gamma blocks Talks in \d+% of runs\.$/,
    );
    expect(result.summary[1]).toMatch(/^Gamma seated: Talks seats Gamma\./);
    expect(result.summary.at(-1)).toMatch(
      /^Implementation vetoes block agreements under bilateral/,
    );
    expect(result.caveats.length).toBeGreaterThanOrEqual(5);
  });

  it('compares only the architectures asked for, always with the baseline, and rejects unknown ids', () => {
    const two = compareArchitectures(scenario, { runs: 5, architectures: ['split'] });
    expect(two.architectures.map((a) => a.id)).toEqual(['bilateral', 'split']);
    expect(() => compareArchitectures(scenario, { architectures: ['nope'] })).toThrow(
      /no architecture nope/,
    );
    expect(() => compareArchitectures(scenario, { strategies: ['nope'] })).toThrow(
      /no strategy nope/,
    );
  });

  it('gives the baseline the same numbers whatever else is compared (common random numbers)', () => {
    const alone = compareArchitectures(scenario, { runs: 60, seed: 7, architectures: [] });
    expect(alone.architectures[0]!.negotiation).toEqual(result.architectures[0]!.negotiation);
  });

  it('reports progress up to the total and honours cancellation', () => {
    const seen: number[] = [];
    compareArchitectures(scenario, { runs: 3, onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    expect(() => compareArchitectures(scenario, { runs: 3, signal: controller.signal })).toThrow();
  });
});

describe('compareArchitectures against a reference', () => {
  it('with the Zeuthen protocol, ends the bilateral table at its Nash point (Harsanyi 1956)', () => {
    const mcp = compareArchitectures(scenario, { runs: 1, mechanism: 'mcp', architectures: [] });
    const unit = mcp.architectures[0]!.negotiation.units[0]!;
    expect(unit.agreements).toHaveLength(1);
    expect(unit.agreements[0]!.outcome).toEqual(unit.nash!.outcome);
  });
});
