/**
 * Inline inputs for the server's tests (invented; not data about anything).
 *
 * HARBOUR has both GMCR options and issues, so every engine applies, plus one architecture
 * that fixes an option. The Prisoner's Dilemma is the textbook check of GMCR results: states by
 * decimal (option 0 = p1 confesses = least significant bit) 1 = NN, 2 = YN, 3 = NY, 4 = YY;
 * Nash = {4}, GMR = SMR = SEQ = SIM = {1, 4} (Fang, Hipel & Kilgour 1993, ch. 3).
 */

export const PD_YAML = `parley: 1
id: pd
title: Prisoner's Dilemma
asOf: '1950'
actors:
  - { id: p1, name: Prisoner 1 }
  - { id: p2, name: Prisoner 2 }
options:
  - { id: c1, owner: p1, label: Prisoner 1 confesses }
  - { id: c2, owner: p2, label: Prisoner 2 confesses }
preferences:
  p1: { ranking: [YN, NN, YY, NY] }
  p2: { ranking: [NY, NN, YY, YN] }
`;

export const HARBOUR_YAML = `# A harbour dispute, for tests.
parley: 1
id: harbour
title: Harbour dispute
asOf: '2018'
actors:
  - { id: port, name: Port, capability: { value: 40, range: [30, 50] } }
  - { id: city, name: City, capability: 30 }
  - { id: ships, name: Shippers, capability: 20 }
issues:
  - id: fees
    name: Harbour fees
    scale: { low: No fees, high: Full cost recovery }
    positions:
      port: { position: { value: 90, range: [70, 95] }, salience: 80 }
      city: { position: 60, salience: 50 }
      ships: { position: 10, salience: 90 }
  - id: dredging
    name: Dredging
    scale: { min: 0, max: 10, low: None, high: Deep channel }
    positions:
      port: { position: 9, salience: 60 }
      city: { position: 5, salience: 40 }
      ships: { position: 10, salience: 70 }
options:
  - { id: raise, owner: port, label: Port raises fees }
  - { id: boycott, owner: ships, label: Shippers boycott the port }
preferences:
  port: { ranking: [YN, NN, YY, NY] }
  ships: { ranking: [NN, NY, YY, YN] }
architectures:
  - id: capped
    name: Fees capped by the city
    changes:
      fixOptions: { raise: false }
`;

/** The harbour scenario as JSON (same content, no comment). */
export const HARBOUR_JSON = JSON.stringify({
  parley: 1,
  id: 'harbour-json',
  title: 'Harbour dispute (JSON)',
  asOf: '2018',
  actors: [
    { id: 'port', name: 'Port', capability: 40 },
    { id: 'ships', name: 'Shippers', capability: 20 },
  ],
  issues: [
    {
      id: 'fees',
      name: 'Harbour fees',
      scale: { low: 'No fees', high: 'Full cost recovery' },
      positions: { port: { position: 90, salience: 80 }, ships: { position: 10, salience: 90 } },
    },
  ],
});

/** A misspelt key (`capabilty`) on line 7, column 5. */
export const BROKEN_YAML = `parley: 1
id: broken
title: Broken
asOf: '2018'
actors:
  - id: a
    capabilty: 3
    name: A
`;

/** The Prisoner's Dilemma as a GMCR+ save file (prioritized statements, weights 2, 1). */
export const PD_GMCR = JSON.stringify({
  options: [
    { name: 'Prisoner 1 confesses', permittedDirection: 'both' },
    { name: 'Prisoner 2 confesses', permittedDirection: 'both' },
  ],
  decisionMakers: [
    { name: 'Prisoner 1', options: [0], preferences: [[[1, 'N']], [[0, 'Y']]], misperceptions: [] },
    { name: 'Prisoner 2', options: [1], preferences: [[[0, 'N']], [[1, 'Y']]], misperceptions: [] },
  ],
  infeasibles: [],
  useManualPreferenceRanking: false,
  coalitions: [0, 1],
  program: 'gmcr-py',
  version: '0.4.1',
});

/** Matching pennies as a Gambit .nfg file: the one equilibrium mixes ½–½ for both. */
export const PENNIES_NFG = `NFG 1 R "Matching pennies" { "Even" "Odd" } { 2 2 }

1 -1 -1 1 -1 1 1 -1
`;

export const BDM_CSV =
  'Actor,Capability,Position,Salience\nPort,40,90,80\nCity,30,60,50\nShippers,20,10,90\n';

export const KTAB_CSV = [
  'Harbour,Invented,3,2,',
  'Actor,Description,Power,Fees Position,Fees Salience,Dredging Position,Dredging Salience,',
  'Port,Port authority,120,20,60,70,30,',
  'City,City council,80,55,30,40,50,',
  'Shippers,Shipping lines,60,90,70,10,20,',
  '',
].join('\n');

/** A two-issue GENIUS domain and two linear additive profiles. */
export const GENIUS_DOMAIN = `<negotiation_template>
<utility_space number_of_issues="2">
<objective index="0" name="root" type="objective" etype="objective">
<issue index="1" name="price" type="discrete" etype="discrete" vtype="discrete">
<item index="1" value="low"/><item index="2" value="high"/>
</issue>
<issue index="2" name="delivery" type="discrete" etype="discrete" vtype="discrete">
<item index="1" value="early"/><item index="2" value="late"/>
</issue>
</objective>
</utility_space>
</negotiation_template>`;

const profile = (
  w1: number,
  w2: number,
  price: [number, number],
  delivery: [number, number],
) => `<utility_space>
<objective index="0" name="root" type="objective" etype="objective">
<issue index="1" name="price" type="discrete" etype="discrete" vtype="discrete">
<item index="1" value="low" evaluation="${price[0]}"/><item index="2" value="high" evaluation="${price[1]}"/>
</issue>
<weight index="1" value="${w1}"/>
<issue index="2" name="delivery" type="discrete" etype="discrete" vtype="discrete">
<item index="1" value="early" evaluation="${delivery[0]}"/><item index="2" value="late" evaluation="${delivery[1]}"/>
</issue>
<weight index="2" value="${w2}"/>
</objective>
</utility_space>`;

export const GENIUS_BUYER = profile(0.7, 0.3, [10, 1], [10, 5]);
export const GENIUS_SELLER = profile(0.6, 0.4, [1, 10], [3, 10]);
