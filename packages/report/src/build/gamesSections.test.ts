import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gmcr } from '@parley/engines';
import { parseScenario, type Scenario } from '@parley/model';
import { prisonersDilemma } from '../testing/prisonersDilemma.ts';
import { buildGmcrReport } from './buildReport.ts';
import { gamesSection } from './gamesSections.ts';

const analysisOf = (scenario: Scenario) =>
  gmcr.analyze(gmcr.buildModel(gmcr.gmcrInputFromScenario(scenario)));

function catalog(file: string): Scenario {
  const url = new URL(`../../../../catalog/${file}`, import.meta.url);
  const parsed = parseScenario(readFileSync(url, 'utf8'), { file });
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value;
}

describe("the game view of the Prisoner's Dilemma", () => {
  const section = gamesSection(analysisOf(prisonersDilemma()))!;

  it('shows the textbook matrix, T = 4 > R = 3 > P = 2 > S = 1 (Rapoport & Chammah 1965)', () => {
    expect(section.players.map((p) => p.strategies)).toEqual([
      ['—', 'c1'],
      ['—', 'c2'],
    ]);
    expect(section.matrix).toEqual({
      cells: [
        [
          ['3', '3'],
          ['1', '4'],
        ],
        [
          ['4', '1'],
          ['2', '2'],
        ],
      ],
      nash: [[1, 1]],
      statusQuo: [0, 0],
    });
  });

  it('puts mutual silence (GMR, SMR, SEQ, SIM) beside mutual confession (every concept)', () => {
    const rows = section.outcomes.map((o) => [o.strategies.join(' '), o.gameNash, o.subModel]);
    expect(rows).toContainEqual(['— —', false, ['gmr', 'smr', 'seq', 'sim']]);
    expect(rows).toContainEqual(['c1 c2', true, ['nash', 'gmr', 'smr', 'seq', 'sim']]);
  });

  it('explains mutual silence by the other prisoner’s confession (Fang, Hipel & Kilgour 1993, ch. 3)', () => {
    expect(section.differences).toEqual([
      expect.stringMatching(
        /^\(—, —\) is SEQ-stable but no equilibrium of the game: Prisoner 1 would gain by playing c1, which pays it 4 instead of 3, but if Prisoner 2 plays c2, Prisoner 1 ends with 2/,
      ),
    ]);
  });

  it('finds no mixed equilibrium, and a QRE branch that ends in mutual confession', () => {
    expect(section.mixed?.equilibria.map((e) => e.pure)).toEqual([true]);
    expect(section.qre?.limit.mixes.map((m) => m.support)).toEqual([
      [{ strategy: 'c1', probability: '1' }],
      [{ strategy: 'c2', probability: '1' }],
    ]);
    expect(section.qre?.rows[0]?.probabilities[0]).toBe(0.5);
  });

  it('is part of the GMCR report when asked for, after the GMCR sections', () => {
    const scenario = prisonersDilemma();
    const kinds = buildGmcrReport(scenario, analysisOf(scenario), { games: {} }).sections.map(
      (s) => s.kind,
    );
    expect(kinds.slice(-3)).toEqual(['gmcr-explanations', 'games', 'sources']);
  });
});

describe('the game view of the flagship (Korean Peninsula 2018)', () => {
  const analysis = analysisOf(catalog('korean-peninsula-2018.yaml'));
  const section = gamesSection(analysis)!;

  it('plays sanctions and the end-of-war declaration against dismantlement and testing', () => {
    expect(section.options.map((o) => o.id)).toEqual([
      'us_max_pressure',
      'us_end_of_war',
      'dprk_dismantle',
      'dprk_test',
    ]);
    expect(section.players.map((p) => p.strategies)).toEqual([
      ['—', 'max_pressure', 'end_of_war', 'max_pressure+end_of_war'],
      ['—', 'dismantle', 'test'],
    ]);
  });

  it('has one equilibrium, pure: sanctions kept and tests resumed — the 2017 standoff', () => {
    expect(section.matrix?.nash).toEqual([[1, 2]]);
    expect(section.mixed?.equilibria).toHaveLength(1);
    const sq = section.outcomes.find((o) => o.statusQuo)!;
    expect(sq).toMatchObject({ stateId: 1942, gameNash: false, subModel: [] });
    expect(sq.fullModel).toContain('seq');
  });

  it('explains the extra GMCR Nash states by the irreversible declaration and dismantlement', () => {
    expect(section.differences[0]).toContain('cannot be withdrawn once taken');
    expect(section.differences.filter((d) => d.includes('Nash-stable'))).toHaveLength(2);
  });
});

describe('the game view of the Cuban Missile Crisis', () => {
  const section = gamesSection(analysisOf(catalog('cuban-missile-crisis-1962.yaml')))!;

  it('has no pure equilibrium and one mixed one, found exactly', () => {
    expect(section.matrix?.nash).toEqual([]);
    const mixed = section.mixed!.equilibria;
    expect(mixed).toHaveLength(1);
    expect(mixed[0]!.mixes.map((m) => m.support.map((x) => x.probability))).toEqual([
      ['3/4', '1/4'],
      ['1/4', '3/4'],
    ]);
    expect(mixed[0]!.regret).toBe('0');
  });
});

describe('gamesSection options', () => {
  const analysis = analysisOf(catalog('korean-peninsula-2018.yaml'));

  it('takes the options it is given, and more of the heaviest with coreCount', () => {
    expect(
      gamesSection(analysis, { options: ['dprk_test', 'cn_evasion'] })!.players.map((p) => p.name),
    ).toEqual(['North Korea (DPRK)', 'China']);
    const five = gamesSection(analysis, { coreCount: 5 })!;
    expect(five.options.map((o) => o.id)).toContain('us_drills_suspended');
    expect(five.profileCount).toBe(24);
  });
});
