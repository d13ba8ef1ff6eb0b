/**
 * The uncertain inputs of a forecast and how they are drawn. Each number written with a range
 * [low, high] (Quantity.range) is drawn from the triangular distribution with that range and its
 * stated value as the mode (the value is clamped into the range); saliences stay in [0, 100],
 * capabilities above zero.
 *
 * Triangular inverse CDF with F(mode) = c = (m − a)/(b − a):
 *   u < c:  a + sqrt(u (b − a)(m − a))      u ≥ c:  b − sqrt((1 − u)(b − a)(b − m))
 */
import type { ForecastProblem } from '../forecastProblem.ts';
import type { ForecastInput, Interval } from '../types.ts';

export type UncertainKind = 'capability' | 'position' | 'salience';

export interface UncertainInput {
  actor: number;
  kind: UncertainKind;
  /** Dimension index; -1 for capability. */
  dim: number;
  low: number;
  mode: number;
  high: number;
  /** Index into the problem array it overwrites. */
  slot: number;
}

/** Every input of `input` that carries a range, in a fixed order (actor, then field, then dimension). */
export function uncertainInputs(input: ForecastInput): UncertainInput[] {
  const nDims = input.dimensions.length;
  const out: UncertainInput[] = [];
  const add = (
    actor: number,
    kind: UncertainKind,
    dim: number,
    value: number,
    range: Interval | null | undefined,
    slot: number,
  ) => {
    if (!range || value === null) return;
    const low = Math.min(range[0], range[1]);
    const high = Math.max(range[0], range[1]);
    if (!(high > low)) return;
    out.push({ actor, kind, dim, low, high, mode: Math.min(high, Math.max(low, value)), slot });
  };
  input.actors.forEach((actor, a) => {
    add(a, 'capability', -1, actor.capability, actor.ranges?.capability, a);
    for (let d = 0; d < nDims; d++) {
      const x = actor.position[d];
      const s = actor.salience[d];
      if (x == null || s == null) continue;
      add(a, 'position', d, x, actor.ranges?.position?.[d], a * nDims + d);
      add(a, 'salience', d, s, actor.ranges?.salience?.[d], a * nDims + d);
    }
  });
  return out;
}

/** Inverse CDF of the triangular distribution (a, m, b) at u ∈ [0, 1). */
export function triangular(u: number, a: number, m: number, b: number): number {
  const span = b - a;
  const c = (m - a) / span;
  return u < c ? a + Math.sqrt(u * span * (m - a)) : b - Math.sqrt((1 - u) * span * (b - m));
}

/** Writes one draw of every uncertain input into `target` (a copy of the base problem). */
export function applyDraw(
  target: ForecastProblem,
  inputs: readonly UncertainInput[],
  values: ArrayLike<number>,
): void {
  inputs.forEach((v, k) => {
    const x = values[k]!;
    if (v.kind === 'capability') target.capability[v.slot] = Math.max(x, 1e-12);
    else if (v.kind === 'position') target.position[v.slot] = x;
    else target.salience[v.slot] = Math.min(100, Math.max(0, x));
  });
}
