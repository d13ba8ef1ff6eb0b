import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from './model.ts';
import { analyze, movesFrom, prefers, type GmcrAnalysis } from './analyze.ts';
import { explain, simultaneousResult, type Explanation } from './explain.ts';
import { limitedMoveStability } from './limitedMove.ts';
import { CONCEPTS, type GmcrInput, type Move } from './types.ts';
import { arbitraryGmcrInput, chicken, prisonersDilemma } from './reference/postAnalysisFixtures.ts';

const analysisOf = (input: GmcrInput): GmcrAnalysis => analyze(buildModel(input));

/** Checks a sequential sanction: legal moves by others from s1, no mover twice in a row. */
function expectSequentialSanction(
  analysis: GmcrAnalysis,
  mover: number,
  s: number,
  s1: number,
  path: readonly Move[],
  improvementsOnly: boolean,
): void {
  expect(path.length).toBeGreaterThan(0);
  let at = s1;
  let last = mover;
  for (const m of path) {
    expect(m.from).toBe(at);
    expect(m.mover).not.toBe(last);
    expect(m.mover).not.toBe(mover);
    expect(movesFrom(analysis, m.mover, m.from)).toContain(m.to);
    if (improvementsOnly) expect(prefers(analysis, m.mover, m.to, m.from)).toBe(true);
    at = m.to;
    last = m.mover;
  }
  expect(prefers(analysis, mover, at, s)).toBe(false);
}

function expectValidWitnesses(analysis: GmcrAnalysis, e: Explanation): void {
  for (const item of e.improvements) {
    if (item.sanction === null) continue;
    if (e.concept === 'sim') {
      const movers = item.sanction.map((m) => m.mover);
      expect(new Set(movers).size).toBe(movers.length);
      for (const m of item.sanction) {
        expect(m.from).toBe(e.state);
        expect(m.mover).not.toBe(e.mover);
        expect(prefers(analysis, m.mover, m.to, m.from)).toBe(true);
      }
      const end = simultaneousResult(analysis, e.state, item.to, item.sanction);
      expect(end).toBeGreaterThanOrEqual(0);
      expect(prefers(analysis, e.mover, end, e.state)).toBe(false);
    } else if (e.concept !== 'limited') {
      expectSequentialSanction(
        analysis,
        e.mover,
        e.state,
        item.to,
        item.sanction,
        e.concept === 'seq',
      );
    }
    if (item.countermove) {
      expect(item.countermove.from).toBe(item.sanction[item.sanction.length - 1]!.to);
      expect(movesFrom(analysis, e.mover, item.countermove.from)).toContain(item.countermove.to);
      expect(prefers(analysis, e.mover, item.countermove.to, e.state)).toBe(true);
    }
  }
}

describe('explain on the Prisoner’s Dilemma', () => {
  const analysis = analysisOf(prisonersDilemma());

  it('says why mutual cooperation (state 1) is GMR-stable for Row: Column defects in turn', () => {
    const e = explain(analysis, 0, 0, 'gmr');
    expect(e.stable).toBe(true);
    expect(e.summary).toBe(
      'State 1 is GMR-stable for Row: its unilateral improvement is sanctioned.',
    );
    expect(e.improvements).toEqual([
      { to: 1, deterred: true, sanction: [{ from: 1, to: 3, mover: 1, improvement: true }] },
    ]);
    expect(e.lines).toEqual([
      'Row could move to state 2 (Row takes “defect”; Row prefers state 2 to state 1), but then Column takes “defect” ' +
        '(state 4), ending in state 4, which Row does not prefer to state 1.',
    ]);
  });

  it('says why mutual cooperation is not Nash-stable for Row', () => {
    const e = explain(analysis, 0, 0, 'nash');
    expect(e.stable).toBe(false);
    expect(e.summary).toContain('Row can move to state 2 (Row takes “defect”)');
  });

  it('says a state with no improvement is stable for that reason', () => {
    expect(explain(analysis, 3, 1, 'smr').summary).toBe(
      'State 4 is SMR-stable for Column: Column has no unilateral improvement from it.',
    );
  });

  it('explains limited-move stability with the anticipated response', () => {
    const e = explain(analysis, 0, 0, 'limited', { horizon: 2 });
    expect(e.stable).toBe(true);
    expect(e.improvements[0]).toMatchObject({ to: 1, deterred: true, anticipated: 3 });
    expect(e.lines[0]).toBe(
      'Row could move to state 2 (Row takes “defect”; Row prefers state 2 to state 1), and expects that then ' +
        'Column takes “defect” (state 4), ending in state 4, which Row does not prefer to state 1.',
    );
  });
});

describe('explain on Chicken with limited moves', () => {
  it('names the strategic move that is not itself an improvement', () => {
    // State index 2: Column stands firm, Row swerves; with horizon 2 Row stands firm too, expecting Column to swerve.
    const e = explain(analysisOf(chicken()), 2, 0, 'limited', { horizon: 2 });
    expect(e.stable).toBe(false);
    expect(e.choice?.anticipated).toBe(1);
    expect(e.summary).toContain('although that move alone is not an improvement');
    expect(e.summary).toContain('Column abandons “stand firm” (state 2)');
  });
});

describe('explain agrees with the analysis on random models', () => {
  it('for every state, mover and concept: stable iff every improvement is deterred, with valid witnesses', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(), (input) => {
        const analysis = analysisOf(input);
        for (const concept of CONCEPTS) {
          analysis.movers.forEach((_, mover) => {
            for (let s = 0; s < analysis.model.stateCount; s++) {
              const e = explain(analysis, s, mover, concept);
              expect(e.stable).toBe(analysis.stability[concept][mover]![s] === 1);
              expect(e.stable).toBe(e.improvements.every((item) => item.deterred));
              if (concept !== 'nash')
                for (const item of e.improvements)
                  if (item.deterred) expect(item.sanction).not.toBeNull();
              expect(e.lines.length).toBe(e.improvements.length);
              expectValidWitnesses(analysis, e);
            }
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('also when two decision makers act as one coalition', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(), (input) => {
        const dms = input.decisionMakers.length;
        const coalitions = [[0, 1], ...Array.from({ length: dms - 2 }, (_, k) => [k + 2])];
        const analysis = analyze(buildModel(input), { coalitions });
        for (const concept of CONCEPTS) {
          analysis.movers.forEach((_, mover) => {
            for (let s = 0; s < analysis.model.stateCount; s++) {
              const e = explain(analysis, s, mover, concept);
              expect(e.stable).toBe(analysis.stability[concept][mover]![s] === 1);
              expect(e.stable).toBe(e.improvements.every((item) => item.deterred));
              expectValidWitnesses(analysis, e);
            }
          });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('for limited moves: stable as limitedMoveStability says, with a legal anticipated line when unstable', () => {
    fc.assert(
      fc.property(arbitraryGmcrInput(), fc.integer({ min: 1, max: 4 }), (input, horizon) => {
        const analysis = analysisOf(input);
        const { stability } = limitedMoveStability(analysis, horizon);
        analysis.movers.forEach((_, mover) => {
          for (let s = 0; s < analysis.model.stateCount; s++) {
            const e = explain(analysis, s, mover, 'limited', { horizon });
            expect(e.stable).toBe(stability[mover]![s] === 1);
            if (e.stable) continue;
            const line = e.choice!.line;
            expect(line[0]!.from).toBe(s);
            expect(line[0]!.mover).toBe(mover);
            expect(line.length).toBeLessThanOrEqual(horizon);
            line.forEach((m, k) => {
              if (k > 0) expect(m.from).toBe(line[k - 1]!.to);
              if (k > 0) expect(m.mover).not.toBe(line[k - 1]!.mover);
              expect(movesFrom(analysis, m.mover, m.from)).toContain(m.to);
            });
            expect(line[line.length - 1]!.to).toBe(e.choice!.anticipated);
            expect(prefers(analysis, mover, e.choice!.anticipated, s)).toBe(true);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
