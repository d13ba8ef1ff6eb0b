/**
 * Inline inputs for CLI tests: the Prisoner's Dilemma as a Parley scenario and as a GMCR+ file.
 *
 * States by decimal (option 0 = Prisoner 1 confesses = least significant bit): id 1 = NN (both
 * silent), 2 = YN, 3 = NY, 4 = YY (both confess). Each prisoner ranks T > R > P > S: confess
 * alone > both silent > both confess > silent alone (Rapoport & Chammah 1965). Expected results
 * (Fang, Hipel & Kilgour 1993, ch. 3, the Prisoner's Dilemma): Nash = {4}; GMR, SMR, SEQ and SIM
 * = {1, 4}, because a unilateral confession from mutual silence is sanctioned by the other's
 * confession.
 */

export const PD_YAML = `parley: 1
id: pd
title: Prisoner's Dilemma
asOf: '1950'
summary: Two prisoners, one choice each.
sources:
  rc-1965:
    title: 'Prisoner''s Dilemma: A Study in Conflict and Cooperation'
    author: Anatol Rapoport, Albert M. Chammah
    date: '1965'
actors:
  - id: p1
    name: Prisoner 1
    capability: { value: 50, judgement: true }
  - id: p2
    name: Prisoner 2
    capability: { value: 50, source: rc-1965 }
options:
  - { id: c1, owner: p1, label: Prisoner 1 confesses }
  - { id: c2, owner: p2, label: Prisoner 2 confesses }
preferences:
  p1: { ranking: [YN, NN, YY, NY], source: rc-1965 }
  p2: { ranking: [NY, NN, YY, YN], source: rc-1965 }
`;

/** The same game in GMCR+'s save format, with prioritized statements instead of rankings. */
export const PD_GMCR = JSON.stringify({
  options: [
    { name: 'Prisoner 1 confesses', permittedDirection: 'both' },
    { name: 'Prisoner 2 confesses', permittedDirection: 'both' },
  ],
  decisionMakers: [
    // Weights 2, 1: NN 2, YN 3, NY 0, YY 1 → YN > NN > YY > NY.
    { name: 'Prisoner 1', options: [0], preferences: [[[1, 'N']], [[0, 'Y']]], misperceptions: [] },
    { name: 'Prisoner 2', options: [1], preferences: [[[0, 'N']], [[1, 'Y']]], misperceptions: [] },
  ],
  infeasibles: [],
  useManualPreferenceRanking: false,
  coalitions: [0, 1],
  program: 'gmcr-py',
  version: '0.4.1',
});

/** A scenario with a misspelt key (`capabilty`); the schema check stops there. */
export const BROKEN_YAML = `parley: 1
id: broken
title: Broken
asOf: '2018'
actors:
  - id: a
    name: A
    capabilty: 3
options:
  - { id: o, owner: nobody, label: Something }
`;

/** A scenario whose option is owned by an actor that does not exist. */
export const UNKNOWN_OWNER_YAML = BROKEN_YAML.replace('capabilty', 'capability');
