/**
 * Outcomes are integers: a mixed-radix number whose digit k is the value index on issue k, with
 * the FIRST issue varying fastest (`index = Σ_k v_k · stride_k`, `stride_0 = 1`). That is the
 * order in which GENIUS's `BidIterator` enumerates bids, so ties broken "by outcome index" break
 * as GENIUS breaks them.
 */
import { EngineError } from '../shared/engineError.ts';
import type { NegotiationDomain, NegotiationIssue } from './types.ts';

/** Beyond this many outcomes a space is not enumerated (typed arrays of this length per party). */
export const MAX_OUTCOMES = 2 ** 26;

export interface OutcomeSpace {
  /** Number of values per issue. */
  readonly radices: Int32Array;
  /** Index step of one value change on each issue. */
  readonly strides: Float64Array;
  /** Number of outcomes (product of the radices). */
  readonly size: number;
}

/** The outcome space of a list of issues. Throws when it is empty or too large to enumerate. */
export function outcomeSpace(issues: readonly NegotiationIssue[]): OutcomeSpace {
  const radices = Int32Array.from(issues, (issue) => issue.values.length);
  const strides = new Float64Array(issues.length);
  let size = 1;
  for (let k = 0; k < issues.length; k++) {
    strides[k] = size;
    const r = radices[k]!;
    if (r < 1)
      throw new EngineError('negotiate/empty-issue', `issue ${issues[k]!.id} has no values`);
    size *= r;
    if (size > MAX_OUTCOMES) {
      throw new EngineError(
        'negotiate/outcome-space-too-large',
        `more than ${MAX_OUTCOMES} outcomes; use fewer values per issue`,
      );
    }
  }
  return { radices, strides, size };
}

/** Digit k of an outcome index: its value index on issue k. */
export function valueIndexOf(space: OutcomeSpace, outcome: number, issue: number): number {
  return Math.floor(outcome / space.strides[issue]!) % space.radices[issue]!;
}

/** The value index on every issue of an outcome. */
export function valueIndices(space: OutcomeSpace, outcome: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < space.radices.length; k++) out.push(valueIndexOf(space, outcome, k));
  return out;
}

/** The outcome index of a value index per issue. */
export function outcomeIndex(space: OutcomeSpace, indices: readonly number[]): number {
  let o = 0;
  for (let k = 0; k < space.radices.length; k++) {
    const v = indices[k]!;
    if (!Number.isInteger(v) || v < 0 || v >= space.radices[k]!) {
      throw new EngineError(
        'negotiate/bad-value-index',
        `value index ${v} out of range on issue ${k}`,
      );
    }
    o += v * space.strides[k]!;
  }
  return o;
}

/** The issue values of an outcome, in issue order. */
export function outcomeValues(
  domain: NegotiationDomain,
  space: OutcomeSpace,
  outcome: number,
): (string | number)[] {
  return domain.issues.map((issue, k) => issue.values[valueIndexOf(space, outcome, k)]!);
}
