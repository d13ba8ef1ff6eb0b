/**
 * Invented inputs for `parley forecast` tests (not data about anything): a two-issue scenario
 * with ranges for Monte Carlo, the same actors as a BDM actor table, and a small KTAB CSV and
 * XML file.
 */

export const FORECAST_YAML = `parley: 1
id: harbour
title: Harbour dispute
asOf: '2018'
actors:
  - { id: port, name: Port, capability: { value: 40, range: [30, 50] } }
  - { id: city, name: City, capability: 30 }
  - { id: ships, name: Shippers, capability: 20 }
  - { id: green, name: Greens, capability: 10 }
issues:
  - id: fees
    name: Harbour fees
    scale: { low: No fees, high: Full cost recovery }
    positions:
      port: { position: { value: 90, range: [70, 95] }, salience: 80 }
      city: { position: 60, salience: 50 }
      ships: { position: 10, salience: 90 }
      green: { position: 70, salience: 30 }
  - id: dredging
    name: Dredging
    scale: { min: 0, max: 10, low: None, high: Deep channel }
    positions:
      port: { position: 9, salience: 60 }
      city: { position: 5, salience: 40 }
      ships: { position: 10, salience: 70 }
      green: { position: 1, salience: { value: 90, range: [60, 100] } }
`;

export const BDM_CSV =
  'Actor,Capability,Position,Salience\nPort,40,90,80\nCity,30,60,50\nShippers,20,10,90\nGreens,10,70,30\n';

export const KTAB_CSV = [
  'Harbour,Invented,3,2,',
  'Actor,Description,Power,Fees Position,Fees Salience,Dredging Position,Dredging Salience,',
  'Port,Port authority,120,20,60,70,30,',
  'City,City council,80,55,30,40,50,',
  'Shippers,Shipping lines,60,90,70,10,20,',
  '',
].join('\n');

const actor = (name: string, cap: number, pos: number[], sal: number[]) =>
  `<Actor><name>${name}</name><description>${name}</description><capability>${cap}</capability>` +
  `<Position>${pos.map((p) => `<dCoord>${p}</dCoord>`).join('')}</Position>` +
  `<Salience>${sal.map((s) => `<dSal>${s}</dSal>`).join('')}</Salience></Actor>`;

export const KTAB_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Scenario>
  <name>Harbour</name>
  <desc>Invented</desc>
  <prngSeed>12345</prngSeed>
  <ModelParameters>
    <VictoryProbModel>Linear</VictoryProbModel>
    <PCEModel>Conditional</PCEModel>
    <StateTransitions>Deterministic</StateTransitions>
    <VotingRule>Binary</VotingRule>
    <BigRAdjust>OneThird</BigRAdjust>
    <BigRRange>Mid</BigRRange>
    <ThirdPartyCommit>SemiCommit</ThirdPartyCommit>
    <InterVecBrgn>S2P2</InterVecBrgn>
    <BargnModel>InitOnlyInterp</BargnModel>
  </ModelParameters>
  <Dimensions><dName>Fees</dName><dName>Dredging</dName></Dimensions>
  <Actors>${actor('Port', 120, [20, 70], [60, 30])}${actor('City', 80, [55, 40], [30, 50])}${actor('Shippers', 60, [90, 10], [70, 20])}</Actors>
</Scenario>
`;
