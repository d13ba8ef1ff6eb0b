/**
 * Inputs for the negotiation and comparison CLI tests (written for these tests).
 *
 * TRADE_YAML: Alpha and Beta trade two issues at one table; Gamma, outside, holds a veto over
 * `x` (the three-party fixture of engines/compare/testing/compareFixtures.ts, as a file).
 * With 3 values per issue (0, 50, 100) and the status quo (0, 0) as everyone's outside option:
 * Alpha (x ideal 0, weight 3/7; y ideal 100, weight 4/7) has reservation 3/7, Beta (x ideal
 * 100, weight 2/3; y ideal 0, weight 1/3) has 1/3.
 *
 * PIZZA_*: a GENIUS domain with one discrete issue (a, b, c) and two opposed profiles —
 * buyer a = 1/3, b = 2/3, c = 1; seller the reverse; reservation 0.2 each. Every outcome is
 * Pareto-optimal, and the Nash product (d = 0) is largest at b: (2/3)² = 4/9 > 1/3.
 */
export const TRADE_YAML = `parley: 1
id: three-party-trade
title: Three-party trade
asOf: '2020'
actors:
  - { id: alpha, name: Alpha, capability: 50 }
  - { id: beta, name: Beta, capability: 30 }
  - { id: gamma, name: Gamma, capability: 20 }
issues:
  - id: x
    name: Issue X
    scale: { low: none, high: all }
    statusQuo: 0
    positions:
      alpha: { position: 0, salience: 60 }
      beta: { position: 100, salience: 80 }
      gamma: { position: 100, salience: 60 }
  - id: y
    name: Issue Y
    scale: { low: none, high: all }
    statusQuo: 0
    positions:
      alpha: { position: 100, salience: 80 }
      beta: { position: 0, salience: 40 }
      gamma: { position: 0, salience: 40 }
options:
  - { id: alpha_gives, owner: alpha, label: Alpha gives }
  - { id: beta_gives, owner: beta, label: Beta gives }
preferences:
  alpha: { statements: [beta_gives, '!alpha_gives'] }
  beta: { statements: [alpha_gives, '!beta_gives'] }
tracks:
  - { id: talks, name: Talks, issues: [x, y], parties: [alpha, beta] }
  - { id: chat, name: Chat, parties: [alpha, gamma] }
vetoes:
  - { id: council, name: Council veto, holders: [gamma], scope: { issues: [x] } }
architectures:
  - { id: bilateral, name: Bilateral, baseline: true }
  - id: with_gamma
    name: Gamma seated
    changes: { tracks: { modify: { talks: { addParties: [gamma] } } } }
`;

export const PIZZA_DOMAIN = `<negotiation_template>
<utility_space number_of_issues="1">
<objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="Pizza" type="discrete" etype="discrete">
    <item index="1" value="a"/>
    <item index="2" value="b"/>
    <item index="3" value="c"/>
  </issue>
</objective>
</utility_space>
</negotiation_template>
`;

const profile = (evaluations: [number, number, number]) => `<utility_space>
<objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="Pizza" type="discrete" etype="discrete">
    <item index="1" value="a" evaluation="${evaluations[0]}"/>
    <item index="2" value="b" evaluation="${evaluations[1]}"/>
    <item index="3" value="c" evaluation="${evaluations[2]}"/>
  </issue>
  <weight index="1" value="1"/>
</objective>
<reservation value="0.2"/>
</utility_space>
`;

export const PIZZA_BUYER = profile([1, 2, 3]);
export const PIZZA_SELLER = profile([3, 2, 1]);
