/**
 * Test fixtures (written for these tests, not copied from GMCR+): small `.gmcr` models as
 * plain objects, loosely typed so tests can also build broken files.
 */
export interface DmFixture {
  name: string;
  options: unknown;
  preferences: unknown[];
  misperceptions?: unknown[];
  payoffs?: number[];
  preferenceRanking?: unknown;
}
export interface Fixture {
  decisionMakers: DmFixture[];
  options: { name: string; permittedDirection: string }[];
  infeasibles?: unknown[];
  coalitions?: unknown;
  useManualPreferenceRanking?: boolean;
  [key: string]: unknown;
}

/** A two-driver game of Chicken as GMCR+ saves it (fixture written for these tests). */
export const CHICKEN: Fixture = {
  decisionMakers: [
    {
      name: 'Driver 1',
      options: [0],
      preferences: [{ compound: true, members: [[[0, 'Y']], [[1, 'Y']]] }, [[1, 'Y']], [[0, 'N']]],
      payoffs: [1, 2, 4, 3],
      misperceptions: [],
    },
    {
      name: 'Driver 2',
      options: [1],
      preferences: [{ compound: true, members: [[[0, 'Y']], [[1, 'Y']]] }, [[0, 'Y']], [[1, 'N']]],
      payoffs: [1, 4, 2, 3],
      misperceptions: [],
    },
  ],
  coalitions: [0, 1],
  coalitionsFull: [],
  options: [
    { name: 'Driver 1 swerves', permittedDirection: 'both' },
    { name: 'Driver 2 swerves', permittedDirection: 'both' },
  ],
  infeasibles: [],
  useManualPreferenceRanking: false,
  program: 'gmcr-py',
  version: '0.4.1',
};

/**
 * Options NOT grouped by decision maker in the file: A owns file options 0 and 2, B owns 1.
 * GMCR+ regroups them to [a1, a2, b1]; with a1 & a2 infeasible the feasible decimals are
 * 0, 1, 2, 4, 5, 6 (states 1–6).
 */
export const UNGROUPED: Fixture = {
  options: [
    { name: 'a1', permittedDirection: 'fwd' },
    { name: 'b1', permittedDirection: 'back' },
    { name: 'a2', permittedDirection: 'both' },
  ],
  decisionMakers: [
    {
      name: 'A',
      options: [0, 2],
      preferences: [],
      misperceptions: [
        [
          [1, 'Y'],
          [2, 'N'],
        ],
      ],
      preferenceRanking: [2, 3, 1, [4, 5], 6],
    },
    { name: 'B', options: [1], preferences: [], preferenceRanking: [[6, 5, 4, 3, 2, 1]] },
  ],
  infeasibles: [
    [
      [0, 'Y'],
      [2, 'Y'],
    ],
  ],
  useManualPreferenceRanking: true,
};
