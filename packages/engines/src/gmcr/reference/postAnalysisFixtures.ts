/**
 * Small graph models for the post-analysis tests (status quo, limited move, explanations),
 * written directly as `GmcrInput`. Preferences are explicit rankings of state decimals (option 0
 * = bit 0), most preferred first.
 */
import fc from 'fast-check';
import type { Expr } from '@parley/model';
import type { DmPreference, GmcrInput, GmcrOptionInput, Reversibility } from '../types.ts';

const option = (k: number): Expr<number> => ({ kind: 'option', option: k });
const not = (operand: Expr<number>): Expr<number> => ({ kind: 'not', operand });
const and = (...operands: Expr<number>[]): Expr<number> => ({ kind: 'and', operands });
const ranking = (...groups: number[][]): DmPreference => ({ kind: 'ranking', ranking: groups });

function twoByTwo(labels: [string, string], first: DmPreference, second: DmPreference): GmcrInput {
  return {
    options: [
      { id: 'a', label: labels[0], owner: 0, reversibility: 'both' },
      { id: 'b', label: labels[1], owner: 1, reversibility: 'both' },
    ],
    decisionMakers: [
      { id: 'row', name: 'Row' },
      { id: 'col', name: 'Column' },
    ],
    infeasible: [],
    preferences: [first, second],
  };
}

/**
 * Prisoner's Dilemma as a 2×2 graph model: each player's option is "defect". States by decimal:
 * 0 = both cooperate, 1 = Row defects, 2 = Column defects, 3 = both defect. Ordinal payoffs
 * 4 > 3 > 2 > 1 = temptation, reward, punishment, sucker (Rapoport & Guyer 1966, game 12).
 */
export function prisonersDilemma(): GmcrInput {
  return twoByTwo(['defect', 'defect'], ranking([1], [0], [3], [2]), ranking([2], [0], [3], [1]));
}

/**
 * Chicken as a 2×2 graph model: each player's option is "stand firm" (not swerve). States as in
 * the Prisoner's Dilemma; payoffs: win 4, both swerve 3, lose 2, crash 1 (Rapoport & Guyer 1966,
 * game 66).
 */
export function chicken(): GmcrInput {
  return twoByTwo(
    ['stand firm', 'stand firm'],
    ranking([1], [0], [2], [3]),
    ranking([2], [0], [1], [3]),
  );
}

/**
 * Three decision makers whose options are chained by feasibility: Builder's `permit` needs
 * Council's `approve`, and Council's `approve` needs Lender's `fund`. From the status quo (nothing
 * done) the project (`permit`) is reachable only as Lender → Council → Builder.
 * Decimals: fund = 1, approve = 2, permit = 4.
 */
export function chainedProject(): GmcrInput {
  const options: GmcrOptionInput[] = [
    { id: 'fund', label: 'fund the project', owner: 0, reversibility: 'both' },
    { id: 'approve', label: 'approve the plan', owner: 1, reversibility: 'both' },
    { id: 'permit', label: 'start building', owner: 2, reversibility: 'forward-only' },
  ];
  return {
    options,
    decisionMakers: [
      { id: 'lender', name: 'Lender' },
      { id: 'council', name: 'Council' },
      { id: 'builder', name: 'Builder' },
    ],
    infeasible: [and(option(2), not(option(1))), and(option(1), not(option(0)))],
    // Feasible decimals: 0, 1, 3, 7 (state indices 0..3).
    preferences: [
      ranking([7], [3], [1], [0]),
      ranking([7], [0], [3], [1]),
      ranking([7], [0], [1], [3]),
    ],
  };
}

const reversibility: fc.Arbitrary<Reversibility> = fc.constantFrom(
  'both',
  'both',
  'forward-only',
  'backward-only',
);

function literal(optionCount: number): fc.Arbitrary<Expr<number>> {
  return fc
    .tuple(fc.integer({ min: 0, max: optionCount - 1 }), fc.boolean())
    .map(([k, negate]) => (negate ? not(option(k)) : option(k)));
}

/** `p & q` over two different options, so each condition removes at most a quarter of the states. */
function conjunctionOfTwo(optionCount: number): fc.Arbitrary<Expr<number>> {
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: optionCount - 1 }), { minLength: 2, maxLength: 2 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([[k1, k2], n1, n2]) =>
      and(n1 ? not(option(k1!)) : option(k1!), n2 ? not(option(k2!)) : option(k2!)),
    );
}

function statement(optionCount: number): fc.Arbitrary<Expr<number>> {
  const lit = literal(optionCount);
  return fc.oneof(
    lit,
    fc.tuple(lit, lit).map(([p, q]): Expr<number> => and(p, q)),
    fc.tuple(lit, lit).map(([p, q]): Expr<number> => ({ kind: 'or', operands: [p, q] })),
    fc
      .tuple(lit, lit)
      .map(([q, p]): Expr<number> => ({ kind: 'if', consequent: q, antecedent: p })),
  );
}

/**
 * Random small option-form models: 2–4 decision makers with 1–2 options each, mixed
 * reversibility, up to two infeasibility conditions of two literals (so at least half of the
 * states stay feasible), 1–5 prioritized statements per decision maker and an occasional
 * misperception.
 */
export function arbitraryGmcrInput(maxDms = 4): fc.Arbitrary<GmcrInput> {
  return fc
    .array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: maxDms })
    .chain((perDm) => {
      const owners = perDm.flatMap((count, dm) => Array.from({ length: count }, () => dm));
      const m = owners.length;
      const dms = perDm.length;
      return fc.record({
        options: fc.tuple(...owners.map(() => fc.tuple(reversibility, fc.boolean()))).map((specs) =>
          specs.map(([rev, sq], k): GmcrOptionInput => ({
            id: `o${k}`,
            label: `option ${k}`,
            owner: owners[k]!,
            reversibility: rev,
            statusQuo: sq,
          })),
        ),
        decisionMakers: fc.constant(
          Array.from({ length: dms }, (_, i) => ({ id: `dm${i}`, name: `DM${i}` })),
        ),
        infeasible: fc.array(conjunctionOfTwo(m), { maxLength: 2 }),
        preferences: fc.array(
          fc
            .array(statement(m), { minLength: 1, maxLength: 5 })
            .map((statements): DmPreference => ({ kind: 'statements', statements })),
          { minLength: dms, maxLength: dms },
        ),
        misperceived: fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.constant<Expr<number>[]>([]) },
            { weight: 1, arbitrary: conjunctionOfTwo(m).map((c) => [c]) },
          ),
          { minLength: dms, maxLength: dms },
        ),
      });
    });
}
