/**
 * A small scenario for the forms' tests, with every part the forms edit: three actors, two
 * issues, three options, statements and a ranking, a condition, tracks, roles, a veto,
 * coalitions, a linkage and two architectures. Comments mark what an edit must keep.
 */
export const SUMMIT = `# Toy summit: a comment that must survive.
parley: 1
id: toy-summit
title: Toy summit
asOf: '2018-06'
actors:
  - id: usa
    name: United States
  - id: dprk
    name: North Korea
  - id: rok
    name: South Korea
issues:
  - id: relief
    name: Sanctions relief
    scale: { low: None, high: All }
    positions:
      usa: { position: 10, salience: 80 }
      dprk: { position: 90, salience: 90 }
  - id: steps
    name: Denuclearization steps
    scale: { low: None, high: Complete }
    positions:
      usa: { position: 90, salience: 90 }
      dprk: { position: 20, salience: 70 }
options:
  - id: lift
    owner: usa
    label: Lift sanctions
  - id: freeze
    owner: dprk
    label: Freeze the programme
  - id: test
    owner: dprk
    label: Test a missile
infeasible:
  - when: freeze & test
    reason: A freeze rules out tests.
preferences:
  usa:
    statements:
      - '!test' # the first priority
      - statement: freeze
        note: The freeze is the goal.
      - '!lift'
  dprk:
    ranking: [YNN, [NNN, YYN], NYN, NNY, YNY]
tracks:
  - id: talks
    name: US–DPRK talks
    issues: [relief, steps]
    parties: [usa, dprk]
    mediator: rok
roles:
  rok:
    - role: mediator
      track: talks
vetoes:
  - id: unsc
    name: Security Council veto
    holders: [usa]
    scope: { options: [lift] }
coalitions: [[usa, rok], [dprk]]
linkages:
  - id: package
    issues: [relief, steps]
architectures:
  - id: baseline
    name: As written
    baseline: true
  - id: freeze_for_relief
    name: Freeze for relief
    changes:
      fixOptions:
        freeze: true
`;
