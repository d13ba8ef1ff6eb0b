import { describe, expect, it } from 'vitest';
import { conceptsOf, prioritizedEquilibria, type ConceptResult } from './statePriority.ts';

const concepts: ConceptResult[] = [
  { concept: 'nash', name: 'Nash', equilibria: [9] },
  { concept: 'gmr', name: 'GMR', equilibria: [1, 2, 5, 9] },
  { concept: 'seq', name: 'SEQ', equilibria: [2, 9] },
  { concept: 'sim', name: 'SIM', equilibria: [5, 9] },
];

describe('prioritizedEquilibria', () => {
  it('puts states stable under more concepts first, SEQ before SIM at equal counts, then by id', () => {
    expect(prioritizedEquilibria(concepts, -1)).toEqual([9, 2, 5, 1]);
  });

  it('puts the status quo first when it is an equilibrium', () => {
    expect(prioritizedEquilibria(concepts, 1)).toEqual([1, 9, 2, 5]);
  });

  it('names the concepts a state is stable under', () => {
    expect(conceptsOf(concepts, 5)).toEqual(['GMR', 'SIM']);
  });
});
