/** The template a new scenario starts from: valid, small, and showing each part of the format. */
export const NEW_SCENARIO = `# A new Parley scenario. The format is described in docs/scenario-format.md.
parley: 1
id: new-scenario
title: New scenario
asOf: '2026-01'
summary: Two parties, one issue, one option each.
actors:
  - id: a
    name: Party A
    capability: { value: 60, judgement: true }
  - id: b
    name: Party B
    capability: { value: 40, judgement: true }
issues:
  - id: terms
    name: Terms of the agreement
    scale: { min: 0, max: 100, low: Nothing conceded, high: Everything conceded }
    positions:
      a: { position: 20, salience: 80 }
      b: { position: 80, salience: 60 }
options:
  - id: a_concede
    owner: a
    label: Party A concedes
  - id: b_concede
    owner: b
    label: Party B concedes
preferences:
  a:
    statements: [b_concede, '!a_concede']
  b:
    statements: [a_concede, '!b_concede']
`;
