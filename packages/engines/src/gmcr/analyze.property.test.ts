import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyze,
  findSanction,
  improvementsFrom,
  movesFrom,
  type GmcrAnalysis,
} from './analyze.ts';
import { buildModel } from './model.ts';
import { CONCEPTS, type Move } from './types.ts';
import { NaiveGmcr } from './reference/naive.ts';
import { arbitraryGmcr } from './reference/arbitraryGmcr.ts';

/** A witness is legal: a chain from s1 by movers other than the focal one, never twice in a row. */
function isLegalChain(
  analysis: GmcrAnalysis,
  focal: number,
  s1: number,
  chain: Move[],
  credible: boolean,
): boolean {
  let at = s1;
  let last = -1;
  for (const move of chain) {
    if (move.from !== at || move.mover === focal || move.mover === last) return false;
    if (!movesFrom(analysis, move.mover, move.from).includes(move.to)) return false;
    if (credible && !improvementsFrom(analysis, move.mover, move.from).includes(move.to))
      return false;
    at = move.to;
    last = move.mover;
  }
  return chain.length > 0;
}

describe('the fast engine agrees with the naive reference implementation of the definitions', () => {
  it('on every concept, mover and state of random models, with and without coalitions', () => {
    fc.assert(
      fc.property(arbitraryGmcr, fc.boolean(), ({ input, coalitions }, grouped) => {
        const partition = grouped ? coalitions : undefined;
        const model = buildModel(input);
        const naive = new NaiveGmcr(input, partition);
        expect(Array.from(model.decimals)).toEqual(naive.states);
        const analysis = analyze(model, { coalitions: partition });
        analysis.movers.forEach((_, mover) => {
          for (let s = 0; s < model.stateCount; s++) {
            expect(movesFrom(analysis, mover, s).sort((a, b) => a - b)).toEqual(
              naive.moves(mover, s),
            );
            expect(improvementsFrom(analysis, mover, s).sort((a, b) => a - b)).toEqual(
              naive.improvements(mover, s),
            );
            for (const concept of CONCEPTS) {
              const expected = naive.stable(concept, mover, s) ? 1 : 0;
              expect({ concept, mover, s, stable: analysis.stability[concept][mover]![s] }).toEqual(
                {
                  concept,
                  mover,
                  s,
                  stable: expected,
                },
              );
            }
          }
        });
        for (const concept of CONCEPTS) {
          const expected = naive.states
            .map((_, s) => s)
            .filter((s) => analysis.movers.every((__, mover) => naive.stable(concept, mover, s)));
          expect(analysis.equilibria[concept]).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns a legal sanction witness exactly when the reference says a UI is sanctioned', () => {
    fc.assert(
      fc.property(arbitraryGmcr, fc.boolean(), ({ input, coalitions }, grouped) => {
        const partition = grouped ? coalitions : undefined;
        const model = buildModel(input);
        const naive = new NaiveGmcr(input, partition);
        const analysis = analyze(model, { coalitions: partition, concepts: [] });
        analysis.movers.forEach((_, mover) => {
          for (let s = 0; s < model.stateCount; s++) {
            for (const s1 of improvementsFrom(analysis, mover, s)) {
              for (const concept of CONCEPTS) {
                const witness = findSanction(analysis, concept, mover, s, s1);
                expect(witness !== null).toBe(naive.sanctioned(concept, mover, s, s1));
                if (witness === null || concept === 'sim') continue;
                expect(isLegalChain(analysis, mover, s1, witness, concept === 'seq')).toBe(true);
                expect(naive.sanction(mover, s, witness.at(-1)!.to)).toBe(true);
              }
            }
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
